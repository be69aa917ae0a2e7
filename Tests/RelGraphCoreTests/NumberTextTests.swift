import GraphTestSupport
import Testing

@testable import RelGraphCore

/// The byte writers of ``NumberText`` and ``TextEscaping/appendCSV(_:to:)`` against the
/// `String` forms people read.
@Suite struct NumberTextTests {
    /// `fixed` as it was written with `String` arithmetic, the reference for the byte writer.
    static func reference(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var factor: UInt64 = 1
        for _ in 0..<decimals { factor *= 10 }
        let scaled = UInt64((min(abs(x), 1e18 / Double(factor)) * Double(factor)).rounded())
        var text = (x < 0 && scaled != 0 ? "-" : "") + String(scaled / factor)
        if decimals > 0 {
            let fraction = String(scaled % factor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    @Test func fixedByHand() {
        #expect(NumberText.fixed(0.125, 2) == "0.13")
        #expect(NumberText.fixed(-0.0001, 2) == "0.00")
        #expect(NumberText.fixed(-3.5, 0) == "-4")
        #expect(NumberText.fixed(0.000_7, 4) == "0.0007")
        #expect(NumberText.fixed(12_345.678, 1) == "12345.7")
        #expect(NumberText.fixed(1e30, 2) == "10000000000000000.00")
        #expect(NumberText.fixed(.nan, 2) == "nan" && NumberText.fixed(-.infinity, 1) == "-inf")
    }

    @Test func fixedMatchesTheStringForm() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<20_000 {
            let magnitude = [1e-6, 1e-3, 1, 1e3, 1e9, 1e17][Int(random.next() % 6)]
            let x = (Double(random.next() % 2_000_001) / 1_000_000 - 1) * magnitude
            let decimals = Int(random.next() % 7)
            #expect(NumberText.fixed(x, decimals) == Self.reference(x, decimals), "\(x) \(decimals)")
        }
    }

    @Test func integers() {
        for n in [0, 7, -7, 10, 99, 100, -1_000_001, Int.max, Int.min] {
            var bytes: [UInt8] = []
            NumberText.appendInteger(n, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(n))
        }
    }

    @Test func integersWrittenThroughAPointer() {
        for n: Int64 in [0, 7, -7, 10, 99, 100, -1_000_001, .max, .min] {
            let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                let k = NumberText.writeInteger(n, to: buffer.baseAddress!)
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<k]), as: UTF8.self)
            }
            #expect(text == String(n))
        }
    }

    @Test func csvCellsAsBytes() {
        let cells = [
            "", "Joe Biden", "a,b", "say \"hi\"", " lead", "trail ", "tab\there", "line\u{2028}sep",
            "Wáng Yì", "nbsp\u{00A0}", "\u{3000}ideographic", "new\nline", "NATO",
        ]
        for cell in cells {
            var bytes: [UInt8] = []
            TextEscaping.appendCSV(cell, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == TextEscaping.csv(cell), "\(cell)")
        }
        #expect(TextEscaping.csv("a,b") == "\"a,b\"" && TextEscaping.csv("Joe Biden") == "Joe Biden")
        #expect(TextEscaping.csv("line\u{2028}sep") == "\"line\u{2028}sep\"")
        #expect(TextEscaping.csv("\u{3000}ideographic") == "\"\u{3000}ideographic\"")
    }
}
