import RelGraphCore

/// A parsed JSON value, kept whole: what ``JSONTreeDecoder`` decodes the bundled resource
/// files from, instead of Foundation's `JSONDecoder` (which costs about 300 instructions a byte
/// and was a third of the start-up of a run).
///
/// ## Conventions
/// - Strings are decoded (escapes resolved) by ``JSONScanner``; numbers keep their text.
/// - An object keeps its members in order, duplicates included; ``member(_:)`` finds the last
///   one with a key, as Foundation's decoder does.
enum JSONTree: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, as written.
    case number(String)
    case string(String)
    case array([JSONTree])
    case object([Member])

    /// One member of an object.
    struct Member: Equatable, Sendable {
        var key: String
        var value: JSONTree
    }

    /// The value of the last member of an object with key `key`; `nil` when there is none or
    /// this is not an object.
    /// - Complexity: O(*m*) for an object of *m* members.
    func member(_ key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// Parses the UTF-8 JSON text `bytes`, which must hold one value (and white space).
    /// - Throws: ``JSONScanner/SyntaxError`` at the first error, or at anything after the value.
    /// - Complexity: O(*b*) for *b* bytes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanner.SyntaxError) -> JSONTree {
        var s = JSONScanner(bytes)
        s.skipSpace()
        let value = try s.scanTree(depth: 0)
        s.skipSpace()
        guard s.atEnd else { throw s.error() }
        return value
    }
}

extension JSONScanner {
    /// Scans one value starting at ``i`` into a ``JSONTree``, nested containers included (at
    /// most ``maxDepth`` deep).
    /// - Complexity: O(*b*) for the *b* bytes of the value.
    mutating func scanTree(depth: Int) throws(SyntaxError) -> JSONTree {
        guard let b = current else { throw error() }
        switch b {
        case UInt8(ascii: "\""):
            let (range, escaped) = try scanString()
            return .string(decode(range, escaped: escaped))
        case UInt8(ascii: "["):
            guard depth < Self.maxDepth else { throw error() }
            i += 1
            skipSpace()
            var items: [JSONTree] = []
            if current == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            while true {
                skipSpace()
                items.append(try scanTree(depth: depth + 1))
                if try closes(UInt8(ascii: "]")) { return .array(items) }
            }
        case UInt8(ascii: "{"):
            guard depth < Self.maxDepth else { throw error() }
            i += 1
            skipSpace()
            var members: [JSONTree.Member] = []
            if current == UInt8(ascii: "}") {
                i += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw error() }
                let (range, escaped) = try scanString()
                let key = decode(range, escaped: escaped)
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw error() }
                i += 1
                skipSpace()
                members.append(JSONTree.Member(key: key, value: try scanTree(depth: depth + 1)))
                if try closes(UInt8(ascii: "}")) { return .object(members) }
            }
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let range = try scanNumber()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        default:
            throw error()
        }
    }

    /// Reads what follows an element of a container closed by `close`: a comma (`false`, more
    /// elements follow) or `close` (`true`), after white space; both are consumed.
    /// - Throws: ``SyntaxError`` at anything else.
    private mutating func closes(_ close: UInt8) throws(SyntaxError) -> Bool {
        skipSpace()
        switch current {
        case UInt8(ascii: ","):
            i += 1
            return false
        case close:
            i += 1
            return true
        default: throw error()
        }
    }
}
