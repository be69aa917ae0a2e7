extension AtomicFile {
    /// Streams what `body` writes through a ``TextSink`` into `path` atomically (a temporary
    /// file renamed into place on success, removed on failure), or to standard output when
    /// `path` is `nil`.
    /// - Throws: ``GraphError/unwritableFile(path:reason:)`` when the file cannot be opened,
    ///   written or renamed.
    public static func stream(to path: String?, _ body: (TextSink) -> Void) throws(GraphError) {
        let writer = try Writer(path: path)
        let sink = TextSink(writer)
        body(sink)
        sink.finish()
        if let failure = sink.failure { throw failure }
        try writer.commit()
    }
}

/// Text written in pieces: UTF-8 bytes gathered in a buffer and handed to a drain every
/// 64 KiB, so that a writer never holds a whole document (a 1 GB GraphML file streams through
/// 64 KiB).
///
/// Writers append with `sink += text` (or the typed `write` methods, which skip making
/// strings) and call ``finish()`` at the end. The first error the drain throws is kept in
/// ``failure``; later writes are dropped, so a writer checks once, at the end.
///
/// ```swift
/// var text = ""
/// let sink = TextSink { text += String(decoding: $0, as: UTF8.self) }
/// sink += "<a>"
/// sink.write(42)
/// sink.finish()        // text == "<a>42"
/// ```
public final class TextSink {
    /// The size at which the buffer is drained: 64 KiB.
    public static let chunkBytes = 1 << 16

    /// The first error the drain threw, if any.
    public private(set) var failure: GraphError?
    /// The bytes not yet drained: `count` of `capacity`.
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity = TextSink.chunkBytes
    private var count = 0
    private let drain: (UnsafeBufferPointer<UInt8>) throws(GraphError) -> Void

    /// A sink that hands its bytes to `drain`, in order, in pieces of at most 64 KiB.
    public init(drain: @escaping (UnsafeBufferPointer<UInt8>) throws(GraphError) -> Void) {
        self.drain = drain
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// A sink writing to `writer`.
    public convenience init(_ writer: AtomicFile.Writer) {
        self.init { bytes throws(GraphError) in try writer.write(bytes: bytes) }
    }

    /// Everything `body` writes, as one string (for tests and small documents).
    public static func collect(_ body: (TextSink) -> Void) -> String {
        var bytes: [UInt8] = []
        let sink = TextSink { bytes.append(contentsOf: $0) }
        body(sink)
        sink.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`.
    public static func += (sink: TextSink, text: String) { sink.write(text) }

    /// Appends `text`.
    @inline(__always)
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends `text`.
    @inline(__always)
    public func write(_ text: StaticString) {
        text.withUTF8Buffer { write(bytes: $0) }
    }

    /// Appends `bytes`.
    @inline(__always)
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count <= capacity {
            (storage + count).update(from: base, count: bytes.count)
            count += bytes.count
            return
        }
        writeSlowly(bytes)
    }

    /// Appends `bytes` that do not fit in what is left of the buffer.
    private func writeSlowly(_ bytes: UnsafeBufferPointer<UInt8>) {
        var rest = bytes
        while !rest.isEmpty {
            if count == capacity { flush() }
            let n = min(capacity - count, rest.count)
            (storage + count).update(from: rest.baseAddress!, count: n)
            count += n
            rest = UnsafeBufferPointer(rebasing: rest[n...])
        }
    }

    /// Appends one byte.
    @inline(__always)
    public func write(byte: UInt8) {
        if count == capacity { flush() }
        storage[count] = byte
        count += 1
    }

    /// Appends the decimal digits of `value`.
    public func write(_ value: Int) {
        if count + 20 > capacity { flush() }
        count += NumberText.writeInteger(Int64(value), to: storage + count)
    }

    /// Appends `value` as its `description` writes it (the shortest text that reads back as the
    /// same `Double`); whole numbers below 10¹⁵ in magnitude, the common weights and counts, are
    /// written as their integer digits and `.0` without making a string.
    public func write(_ value: Double) {
        if writeWholeNumber(value) {
            write(".0" as StaticString)
        } else {
            write(value.description)
        }
    }

    /// Appends the integer digits of `value` when it is a whole number below 10¹⁵ in magnitude
    /// (not −0), the part of its `description` before `.0`, and returns `true`; otherwise
    /// appends nothing and returns `false`.
    public func writeWholeNumber(_ value: Double) -> Bool {
        guard value.magnitude < 1e15, value == value.rounded(.towardZero), !(value == 0 && value.sign == .minus) else {
            return false
        }
        write(Int(value))
        return true
    }

    /// Appends `text` escaped for XML (``TextEscaping/xml(_:)``); text without a character to
    /// escape or drop is copied as it is.
    public func writeXML(_ text: String) {
        var text = text
        let plain = text.withUTF8 { bytes in
            // `& < > " '`, C0 controls, and 0xEF (the lead byte of U+FFFE and U+FFFF).
            !bytes.contains { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }
        }
        write(plain ? text : TextEscaping.xml(text))
    }

    /// Hands what is buffered to the drain.
    public func flush() {
        guard count > 0 else { return }
        if failure == nil {
            do throws(GraphError) { try drain(UnsafeBufferPointer(start: storage, count: count)) } catch {
                failure = error
            }
        }
        count = 0
    }

    /// Drains the rest; call once at the end.
    public func finish() { flush() }
}
