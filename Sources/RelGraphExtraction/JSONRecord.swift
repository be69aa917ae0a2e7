import RelGraphCore

/// One JSON object's top-level members, as parsed by ``JSONScanner``: keys decoded, values
/// kept as byte ranges so only the fields an article needs are ever turned into strings.
struct JSONRecord {
    /// A member's value. Nested arrays and objects are validated and skipped, not kept.
    enum Value {
        case string(Range<Int>, escaped: Bool)
        case number(Range<Int>)
        case boolean
        case null
        case array
        case object

        /// The JSON type name used in messages.
        var kind: String {
            switch self {
            case .string: return "string"
            case .number: return "number"
            case .boolean: return "boolean"
            case .null: return "null"
            case .array: return "array"
            case .object: return "object"
            }
        }
    }

    /// Member keys, in order (duplicates kept; the first wins on lookup).
    var keys: [String] = []
    /// Member values, parallel to ``keys``.
    var values: [Value] = []
}

/// Reading one record's top-level members (``JSONRecord``) with the shared scanner.
extension JSONScanner {
    /// Parses the object starting at ``i`` (which must be `{`), keeping its top-level members.
    mutating func parseObject() throws(SyntaxError) -> JSONRecord {
        var record = JSONRecord()
        i += 1
        skipSpace()
        if current == UInt8(ascii: "}") {
            i += 1
            return record
        }
        while true {
            skipSpace()
            guard current == UInt8(ascii: "\"") else { throw error() }
            let (range, escaped) = try scanString()
            record.keys.append(decode(range, escaped: escaped))
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw error() }
            i += 1
            skipSpace()
            record.values.append(try scanValue(depth: 1))
            skipSpace()
            switch current {
            case UInt8(ascii: ","):
                i += 1
            case UInt8(ascii: "}"):
                i += 1
                return record
            default:
                throw error()
            }
        }
    }

    /// Scans one value of any kind starting at ``i``; nested containers are validated and
    /// skipped.
    mutating func scanValue(depth: Int) throws(SyntaxError) -> JSONRecord.Value {
        guard let b = current else { throw error() }
        switch b {
        case UInt8(ascii: "\""):
            let (range, escaped) = try scanString()
            return .string(range, escaped: escaped)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipValue(depth: depth)
            return b == UInt8(ascii: "{") ? .object : .array
        case UInt8(ascii: "t"):
            try literal("true")
            return .boolean
        case UInt8(ascii: "f"):
            try literal("false")
            return .boolean
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try scanNumber())
        default:
            throw error()
        }
    }

    /// The text of a scalar member value: a string decoded, a number as written; `nil` for
    /// null, booleans and containers.
    func text(of value: JSONRecord.Value) -> String? {
        switch value {
        case .string(let r, let escaped): return decode(r, escaped: escaped)
        case .number(let r): return String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        default: return nil
        }
    }
}
