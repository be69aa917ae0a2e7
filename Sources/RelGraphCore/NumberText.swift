/// Numbers as text, independent of the locale, in one place so that every table, export and
/// diagram writes them the same way.
package enum NumberText {
    /// `x` with exactly `decimals` digits after a `.` and no exponent, rounded half away from
    /// zero (`fixed(2.345, 2)` = `"2.35"`, `fixed(-0.0001, 2)` = `"0.00"`: no negative zero).
    /// Magnitudes above 10¹⁸ / 10^`decimals` are capped so the digits fit in 64 bits. NaN is
    /// `"nan"` and infinities are `"inf"` / `"-inf"`.
    /// - Complexity: O(`decimals` + number of digits).
    package static func fixed(_ x: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        appendFixed(x, decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``fixed(_:_:)`` of `x` to `out` as UTF-8 (no `String` made: tables of thousands
    /// of numbers are written this way).
    /// - Complexity: O(`decimals` + number of digits).
    package static func appendFixed(_ x: Double, _ decimals: Int, to out: inout [UInt8]) {
        guard x.isFinite else {
            out.append(contentsOf: (x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf")).utf8)
            return
        }
        var factor: UInt64 = 1
        for _ in 0..<decimals { factor *= 10 }
        let limit = 1e18 / Double(factor)
        let scaled = UInt64((min(abs(x), limit) * Double(factor)).rounded())
        if x < 0 && scaled != 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(scaled / factor, to: &out)
        guard decimals > 0 else { return }
        out.append(UInt8(ascii: "."))
        // Exactly `decimals` digits, leading zeros included, filled from the right.
        var fraction = scaled % factor
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals))
        var i = out.count - 1
        while fraction > 0 {
            out[i] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
            i -= 1
        }
    }

    /// Appends the decimal digits of `n` (as `String(n)` writes them) to `out`.
    /// - Complexity: O(number of digits).
    package static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(n.magnitude), to: &out)
    }

    /// Writes the decimal digits of `value` (as `String(value)` writes them, with a minus sign
    /// when it is negative) at `out`, which must have room for 20 bytes; returns how many it
    /// wrote. For writers that fill a buffer of their own.
    /// - Complexity: O(number of digits).
    package static func writeInteger(_ value: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var start = 0
        if value < 0 {
            out[0] = UInt8(ascii: "-")
            start = 1
        }
        var v = value.magnitude
        var digits = 1
        var t = v
        while t >= 10 {
            t /= 10
            digits += 1
        }
        var k = start + digits
        repeat {
            k -= 1
            out[k] = UInt8(ascii: "0") + UInt8(v % 10)
            v /= 10
        } while v > 0
        return start + digits
    }

    private static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
        var n = value
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // up to 20 digits, reversed
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            } while n > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
    }

    /// `x` as an integer when it is a whole number below 10¹² in magnitude, else with two
    /// decimals: how weights are shown to people (`3`, `2.50`).
    package static func compact(_ x: Double) -> String {
        x.isFinite && x == x.rounded() && abs(x) < 1e12 ? fixed(x, 0) : fixed(x, 2)
    }
}
