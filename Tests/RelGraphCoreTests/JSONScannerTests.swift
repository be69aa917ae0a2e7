import Testing

@testable import RelGraphCore

@Suite struct JSONScannerTests {
    /// The first byte at or after `k` that is a quote, a backslash or below 0x20, one byte at a time.
    func slowRunEnd(_ bytes: [UInt8], from k: Int) -> Int {
        bytes[k...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? bytes.count
    }

    @Test func plainRunEndStopsAtTheFirstSpecialByteInEveryLane() {
        // Each special byte at each offset of runs long enough for several 8-byte words, after
        // bytes that could fool a bytewise test: 0x21, 0x23, 0x5B, 0x5D, 0x20, 0x7F and 0x80...0xFF.
        let fillers: [UInt8] = [0x41, 0x21, 0x23, 0x5B, 0x5D, 0x20, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for special: UInt8 in [0x22, 0x5C, 0x00, 0x0A, 0x1F] {
            for filler in fillers {
                for length in 0..<20 {
                    for at in 0...length {
                        var bytes = [UInt8](repeating: filler, count: length)
                        if at < length { bytes[at] = special }
                        bytes.withUnsafeBufferPointer { buf in
                            let s = JSONScanner(buf)
                            for from in 0...length {
                                #expect(s.plainRunEnd(from: from) == slowRunEnd(bytes, from: from))
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func scansAndDecodesStringsAcrossWordBoundaries() throws {
        for pad in 0..<12 {
            let head = String(repeating: "é", count: pad)
            let text = #""\#(head)a\"b\\c\u00e9\n\#(head)d" , "#
            let bytes = Array(text.utf8)
            let decoded = try bytes.withUnsafeBufferPointer { buf throws(JSONScanner.SyntaxError) -> String in
                var s = JSONScanner(buf)
                let (range, escaped) = try s.scanString()
                #expect(escaped)
                #expect(s.i == range.upperBound + 1)
                #expect(buf[s.i] == 0x20)
                return s.decode(range, escaped: escaped)
            }
            #expect(decoded == "\(head)a\"b\\cé\n\(head)d")
        }
    }
}
