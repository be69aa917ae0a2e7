/// Numbers as text, independent of the locale, in one place so that every table, export and
/// diagram writes them the same way.
package enum NumberText {
    /// `x` with exactly `decimals` digits after a `.` and no exponent, rounded half away from
    /// zero (`fixed(2.345, 2)` = `"2.35"`, `fixed(-0.0001, 2)` = `"0.00"`: no negative zero).
    /// Magnitudes above 10¹⁸ / 10^`decimals` are capped so the digits fit in 64 bits. NaN is
    /// `"nan"` and infinities are `"inf"` / `"-inf"`.
    /// - Complexity: O(`decimals` + number of digits).
    package static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        var factor: UInt64 = 1
        for _ in 0..<decimals { factor *= 10 }
        let limit = 1e18 / Double(factor)
        let scaled = UInt64((min(abs(x), limit) * Double(factor)).rounded())
        let negative = x < 0 && scaled != 0
        var text = (negative ? "-" : "") + String(scaled / factor)
        if decimals > 0 {
            let fraction = String(scaled % factor)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// `x` as an integer when it is a whole number below 10¹² in magnitude, else with two
    /// decimals: how weights are shown to people (`3`, `2.50`).
    package static func compact(_ x: Double) -> String {
        x.isFinite && x == x.rounded() && abs(x) < 1e12 ? fixed(x, 0) : fixed(x, 2)
    }
}
