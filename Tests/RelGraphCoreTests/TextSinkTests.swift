import Foundation
import GraphTestSupport
import Testing

@testable import RelGraphCore

@Suite struct TextSinkTests {
    @Test func typedWritesGiveTheText() {
        let text = TextSink.collect { sink in
            sink += "a"
            sink.write("é" as StaticString)
            sink.write(byte: 0x2C)
            for v in [0, 7, -7, 10, 1_234_567, Int.max, Int.min] {
                sink.write(v)
                sink.write(byte: 0x20)
            }
            sink.writeXML("plain")
            sink.writeXML("<a & 'b'>")
        }
        #expect(text == "aé,0 7 -7 10 1234567 \(Int.max) \(Int.min) plain" + TextEscaping.xml("<a & 'b'>"))
    }

    @Test func doublesAreWrittenAsTheirDescription() {
        var rng = SeededRandom(seed: 3)
        var values: [Double] = [0, -0.0, 4, -5, 0.1, 1e15 - 1, 1e15, 1e16, -1e300, 5e-324, .pi, 9_007_199_254_740_993]
        for _ in 0..<5_000 {
            values.append(Double(Int.random(in: -1_000_000...1_000_000, using: &rng)))
            values.append(Double.random(in: -1e6...1e6, using: &rng))
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng)))
        }
        for v in values where v.isFinite {
            #expect(TextSink.collect { $0.write(v) } == v.description, "\(v)")
        }
    }

    @Test func drainsInOrderInChunksOfAtMost64KiB() {
        var chunks: [Int] = []
        var all: [UInt8] = []
        let sink = TextSink { bytes in
            chunks.append(bytes.count)
            all.append(contentsOf: bytes)
        }
        // Pieces of every size up to three chunks, then numbers across chunk ends.
        var expected: [UInt8] = []
        for n in [1, 100, TextSink.chunkBytes - 3, TextSink.chunkBytes, 3 * TextSink.chunkBytes + 5] {
            let piece = String(repeating: "x", count: n - 1) + "\n"
            sink += piece
            expected += Array(piece.utf8)
        }
        for v in 0..<20_000 {
            sink.write(v)
            expected += Array(String(v).utf8)
        }
        #expect(chunks.allSatisfy { $0 <= TextSink.chunkBytes })
        sink.finish()
        #expect(all == expected)
        #expect(chunks.dropLast().allSatisfy { $0 > TextSink.chunkBytes - 20 })
    }

    @Test func streamsAFileAtomically() throws {
        try TestPaths.withTemporaryFolder("sink") { dir in
            let path = dir.appendingPathComponent("out.txt").path
            try AtomicFile.stream(to: path) { sink in
                for k in 0..<50_000 { sink.write(k) }
            }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text == (0..<50_000).map(String.init).joined())
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
        }
        // A folder that cannot exist (under a regular file): a clear error, nothing written.
        #expect(throws: GraphError.self) { try AtomicFile.stream(to: "/dev/null/x/out.txt") { $0 += "x" } }
    }

    @Test func keepsTheFirstFailureAndDropsLaterWrites() {
        var calls = 0
        let sink = TextSink { (_: UnsafeBufferPointer<UInt8>) throws(GraphError) in
            calls += 1
            throw .unwritableFile(path: "out/x.graphml", reason: "disk full")
        }
        sink += String(repeating: "y", count: 3 * TextSink.chunkBytes)
        sink.finish()
        #expect(calls == 1)
        #expect(sink.failure == .unwritableFile(path: "out/x.graphml", reason: "disk full"))
    }
}
