/// Decodes a `Decodable` value from a ``JSONTree``, the way Foundation's `JSONDecoder` (with
/// its default strategies) decodes the same JSON text: objects as keyed containers, arrays as
/// unkeyed ones, `null` as `nil`, numbers converted exactly or not at all. Used for the bundled
/// resource files (``Lexicon/resource(_:as:)``), which are known to be valid; any failure is
/// reported as a `DecodingError` and the caller falls back to `JSONDecoder` for its message.
///
/// Coding paths are not tracked (they are always empty): they only serve error messages, and
/// on an error the caller decodes again with `JSONDecoder` for its message.
///
/// - Complexity: O(*v*·*m*) for *v* values in objects of at most *m* members.
struct JSONTreeDecoder: Decoder {
    let tree: JSONTree
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A decoder of `tree`, found at `codingPath`.
    init(_ tree: JSONTree, codingPath: [any CodingKey] = []) {
        self.tree = tree
        self.codingPath = codingPath
    }

    /// Decodes a `T` from the JSON text `bytes`.
    /// - Throws: a `DecodingError` (a syntax error is `.dataCorrupted`).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> T {
        let tree: JSONTree
        do {
            tree = try JSONTree.parse(bytes)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: [], debugDescription: "JSON syntax error at \(error.line):\(error.column)"))
        }
        return try T(from: JSONTreeDecoder(tree))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = tree else { throw mismatch([String: Int].self, tree, codingPath) }
        return KeyedDecodingContainer(Keyed<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = tree else { throw mismatch([Int].self, tree, codingPath) }
        return Unkeyed(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        Single(tree: tree, codingPath: codingPath)
    }
}

/// A type mismatch at `path`: `value` is not a `type`.
private func mismatch(_ type: Any.Type, _ value: JSONTree, _ path: [any CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected \(type), found \(value)"))
}

/// `value` as a `T`: a string, a boolean, a number that converts exactly, or any other
/// `Decodable` through a nested decoder. Strings and containers, nearly all of a resource file,
/// are recognised without a dynamic cast.
private func decodeValue<T: Decodable>(_ type: T.Type, _ value: JSONTree, _ path: [any CodingKey]) throws -> T {
    switch value {
    case .array, .object:
        return try T(from: JSONTreeDecoder(value, codingPath: path))
    case .string(let s):
        if T.self == String.self { return unsafeBitCast(s, to: T.self) }
    case .bool(let b):
        if T.self == Bool.self { return unsafeBitCast(b, to: T.self) }
    case .number(let text):
        if let n = exactNumber(T.self, text) { return n }
    case .null:
        break
    }
    if T.self == String.self || T.self == Bool.self || T.self is any Numeric.Type {
        throw mismatch(T.self, value, path)
    }
    return try T(from: JSONTreeDecoder(value, codingPath: path))
}

/// The number `text` as a `T`, if `T` is a standard integer or floating-point type that holds
/// it exactly (a floating-point type takes the nearest value, as `JSONDecoder` does).
private func exactNumber<T>(_ type: T.Type, _ text: String) -> T? {
    func integer<I: FixedWidthInteger>(_: I.Type) -> T? {
        if let i = I(text) { return i as? T }
        // "3.0" or "1e2" as an integer: only when the value is whole and in range.
        guard let d = Double(text), d.rounded() == d, let i = I(exactly: d) else { return nil }
        return i as? T
    }
    switch type {
    case is Int.Type: return integer(Int.self)
    case is Int8.Type: return integer(Int8.self)
    case is Int16.Type: return integer(Int16.self)
    case is Int32.Type: return integer(Int32.self)
    case is Int64.Type: return integer(Int64.self)
    case is UInt.Type: return integer(UInt.self)
    case is UInt8.Type: return integer(UInt8.self)
    case is UInt16.Type: return integer(UInt16.self)
    case is UInt32.Type: return integer(UInt32.self)
    case is UInt64.Type: return integer(UInt64.self)
    case is Double.Type: return Double(text) as? T
    case is Float.Type: return Float(text) as? T
    default: return nil
    }
}

extension JSONTreeDecoder {
    /// The members of an object, looked up by key (the last one with a key wins).
    fileprivate struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [JSONTree.Member]
        let codingPath: [any CodingKey]

        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }

        private func value(_ key: Key) throws -> JSONTree {
            guard let m = members.last(where: { $0.key == key.stringValue }) else {
                throw DecodingError.keyNotFound(
                    key, .init(codingPath: codingPath, debugDescription: "No value for key '\(key.stringValue)'"))
            }
            return m.value
        }

        func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try decodeValue(T.self, try value(key), codingPath)
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decodeValue(type, try value(key), codingPath) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decodeValue(type, try value(key), codingPath) }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try JSONTreeDecoder(try value(key), codingPath: codingPath).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONTreeDecoder(try value(key), codingPath: codingPath).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            JSONTreeDecoder(JSONTree.object(members).member("super") ?? .null, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            JSONTreeDecoder(try value(key), codingPath: codingPath)
        }
    }

    /// The elements of an array, read in order.
    fileprivate struct Unkeyed: UnkeyedDecodingContainer {
        let items: [JSONTree]
        let codingPath: [any CodingKey]
        private(set) var currentIndex = 0

        init(items: [JSONTree], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        private mutating func next() throws -> (JSONTree, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    JSONTree.self, .init(codingPath: codingPath, debugDescription: "Unkeyed container is at end"))
            }
            defer { currentIndex += 1 }
            return (items[currentIndex], codingPath)
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, items[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (v, path) = try next()
            return try decodeValue(T.self, v, path)
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: String.Type) throws -> String { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Double.Type) throws -> Double { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Float.Type) throws -> Float { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Int.Type) throws -> Int { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { let (v, p) = try next(); return try decodeValue(type, v, p) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { let (v, p) = try next(); return try decodeValue(type, v, p) }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            let (v, p) = try next()
            return try JSONTreeDecoder(v, codingPath: p).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (v, p) = try next()
            return try JSONTreeDecoder(v, codingPath: p).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (v, p) = try next()
            return JSONTreeDecoder(v, codingPath: p)
        }
    }

    /// One value.
    fileprivate struct Single: SingleValueDecodingContainer {
        let tree: JSONTree
        let codingPath: [any CodingKey]

        func decodeNil() -> Bool { tree == .null }

        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self, tree, codingPath) }

        func decode(_ type: Bool.Type) throws -> Bool { try decodeValue(type, tree, codingPath) }
        func decode(_ type: String.Type) throws -> String { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Double.Type) throws -> Double { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Float.Type) throws -> Float { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Int.Type) throws -> Int { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: UInt.Type) throws -> UInt { try decodeValue(type, tree, codingPath) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeValue(type, tree, codingPath) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeValue(type, tree, codingPath) }
    }
}
