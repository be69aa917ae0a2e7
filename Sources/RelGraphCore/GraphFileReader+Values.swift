extension GraphFileReader.Parser {
    typealias Failure = GraphFileReader.Failure

    /// A member key: its bytes between the quotes, and whether they hold escapes.
    struct Key {
        var range: Range<Int>
        var escaped: Bool
    }

    /// Whether `key` is `name` (compared byte by byte unless it holds escapes).
    func key(_ key: Key, is name: StaticString) -> Bool {
        if key.escaped { return s.decode(key.range, escaped: true) == name.description }
        let n = name.utf8CodeUnitCount
        guard key.range.count == n else { return false }
        let p = name.utf8Start
        let base = key.range.lowerBound
        for k in 0..<n where s.bytes[base + k] != p[k] { return false }
        return true
    }

    /// Calls `body` for each member of the object at the scanner (which is at `{`), with the
    /// scanner at the member's value; `body` must consume the value.
    mutating func members(_ body: (inout Self, Key) throws(Failure) -> Void) throws(Failure) {
        s.i += 1
        s.skipSpace()
        if s.current == UInt8(ascii: "}") {
            s.i += 1
            return
        }
        while true {
            s.skipSpace()
            guard s.current == UInt8(ascii: "\"") else { throw .syntax(s.error()) }
            let (range, escaped) = try scan { (s) throws(JSONScanner.SyntaxError) in try s.scanString() }
            s.skipSpace()
            guard s.current == UInt8(ascii: ":") else { throw .syntax(s.error()) }
            s.i += 1
            s.skipSpace()
            guard s.current != nil else { throw .syntax(s.error()) }
            try body(&self, Key(range: range, escaped: escaped))
            s.skipSpace()
            switch s.current {
            case UInt8(ascii: ","): s.i += 1
            case UInt8(ascii: "}"):
                s.i += 1
                return
            default: throw .syntax(s.error())
            }
        }
    }

    /// The members of the object at the scanner; `wrongType` at `at` when the value is not
    /// an object.
    mutating func object(
        at: @autoclosure () -> String, _ body: (inout Self, Key) throws(Failure) -> Void
    ) throws(Failure) {
        guard s.current == UInt8(ascii: "{") else { throw try wrongType(at()) }
        try members(body)
    }

    /// The array at the scanner, element `i` read by `element(&self, i)`.
    mutating func array<T>(
        at: @autoclosure () -> String, _ element: (inout Self, Int) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        guard s.current == UInt8(ascii: "[") else { throw try wrongType(at()) }
        s.i += 1
        s.skipSpace()
        var out: [T] = []
        if s.current == UInt8(ascii: "]") {
            s.i += 1
            return out
        }
        while true {
            s.skipSpace()
            guard s.current != nil else { throw .syntax(s.error()) }
            out.append(try element(&self, out.count))
            s.skipSpace()
            switch s.current {
            case UInt8(ascii: ","): s.i += 1
            case UInt8(ascii: "]"):
                s.i += 1
                return out
            default: throw .syntax(s.error())
            }
        }
    }

    /// The string at the scanner.
    mutating func string(at: @autoclosure () -> String) throws(Failure) -> String {
        guard s.current == UInt8(ascii: "\"") else { throw try wrongType(at()) }
        let (range, escaped) = try scan { (s) throws(JSONScanner.SyntaxError) in try s.scanString() }
        return s.decode(range, escaped: escaped)
    }

    /// The string at the scanner, or `nil` for `null`.
    mutating func optionalString(at: @autoclosure () -> String) throws(Failure) -> String? {
        try isNull() ? nil : string(at: at())
    }

    /// Whether the value at the scanner is `null`, which is then consumed.
    mutating func isNull() throws(Failure) -> Bool {
        guard s.current == UInt8(ascii: "n") else { return false }
        try scan { (s) throws(JSONScanner.SyntaxError) in try s.literal("null") }
        return true
    }

    /// The number at the scanner as a `Double`: correctly rounded (Clinger's fast path for
    /// up to 15 significant digits and 22 decimals, the standard library's parser otherwise).
    mutating func double(at: @autoclosure () -> String) throws(Failure) -> Double {
        guard let b = s.current, b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else { throw try wrongType(at()) }
        let r = try scan { (s) throws(JSONScanner.SyntaxError) in try s.scanNumber() }
        if let fast = fastDouble(r) { return fast }
        let text = String(decoding: UnsafeBufferPointer(rebasing: s.bytes[r]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw .wrongType(at: at()) }
        return d
    }

    /// The number at the scanner as an `Int`; an integral value written with a fraction or
    /// exponent (`3.0`, `1e2`) is accepted, anything else is a wrong type.
    mutating func int(at: @autoclosure () -> String) throws(Failure) -> Int {
        let d0 = s.i
        guard let b = s.current, b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else { throw try wrongType(at()) }
        let r = try scan { (s) throws(JSONScanner.SyntaxError) in try s.scanNumber() }
        var value = 0
        var negative = false
        var k = r.lowerBound
        if s.bytes[k] == UInt8(ascii: "-") {
            negative = true
            k += 1
        }
        var plain = r.upperBound - k <= 18
        while plain, k < r.upperBound {
            let c = s.bytes[k]
            if c < 0x30 || c > 0x39 {
                plain = false
            } else {
                value = value * 10 + Int(c - 0x30)
            }
            k += 1
        }
        if plain { return negative ? -value : value }
        s.i = d0
        let d = try double(at: at())
        guard d == d.rounded(), let i = Int(exactly: d) else { throw .wrongType(at: at()) }
        return i
    }

    /// The integer at the scanner, or `nil` for `null`.
    mutating func optionalInt(at: @autoclosure () -> String) throws(Failure) -> Int? {
        try isNull() ? nil : int(at: at())
    }

    /// The case of `E` named by the string at the scanner.
    mutating func enumValue<E: RawRepresentable>(
        _: E.Type, at: @autoclosure () -> String
    ) throws(Failure) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string(at: at())) else { throw .wrongType(at: at()) }
        return value
    }

    /// Skips the value at the scanner, whatever it is.
    mutating func skip() throws(Failure) {
        try scan { (s) throws(JSONScanner.SyntaxError) in try s.skipValue(depth: 1) }
    }

    /// `wrongType` at `at` when the value at the scanner is well-formed JSON, else the syntax
    /// error it holds (a broken value is reported as broken, not as mistyped).
    private mutating func wrongType(_ at: String) throws(Failure) -> Failure {
        let start = s
        try skip()
        s = start
        return .wrongType(at: at)
    }

    /// Runs a scanner step, turning its syntax error into a ``GraphFileReader/Failure``.
    @inline(__always)
    private mutating func scan<T>(
        _ step: (inout JSONScanner) throws(JSONScanner.SyntaxError) -> T
    ) throws(Failure) -> T {
        do { return try step(&s) } catch { throw .syntax(error) }
    }

    /// The value of the number in `r` when its significant digits fit in 15 and its decimals
    /// in 22 and it has no exponent: the digits as an exact integer divided by an exact power
    /// of ten, one correctly rounded operation (Clinger 1990); `nil` otherwise.
    ///
    /// ## Reference
    /// Clinger, William D. "How to Read Floating Point Numbers Accurately." PLDI 1990, 92–101.
    /// https://doi.org/10.1145/93542.93557
    private func fastDouble(_ r: Range<Int>) -> Double? {
        var k = r.lowerBound
        var negative = false
        if s.bytes[k] == UInt8(ascii: "-") {
            negative = true
            k += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals = 0
        var afterPoint = false
        while k < r.upperBound {
            let c = s.bytes[k]
            if c == UInt8(ascii: ".") {
                afterPoint = true
            } else if c >= 0x30 && c <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(c - 0x30)
                if mantissa != 0 { digits += 1 }
                if afterPoint { decimals += 1 }
            } else {
                return nil
            }
            k += 1
        }
        guard digits <= 15, decimals <= 22 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[decimals]
        return negative ? -value : value
    }

    /// 10⁰ … 10²², each exactly representable as a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { p in
        var v = 1.0
        for _ in 0..<p { v *= 10 }
        return v
    }
}
