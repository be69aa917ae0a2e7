import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Extractions parked on disk between the passes of a streaming build, so that memory does not
/// grow with the corpus: the build appends each article's extraction as it is made, then reads
/// them back, in the same order, once per later pass (see ``Extractor/stream(_:pruneEvidence:progress:consume:)``).
///
/// The spool is an anonymous temporary file: it is unlinked as soon as it is created, so it
/// disappears when the spool is released or the process dies, whatever the way. Each record is
/// an ``ExtractionCodec`` encoding preceded by two 4-byte little-endian lengths: the whole
/// encoding's and its head's (article and entities), so that a pass that needs only the
/// entities reads only them.
final class ExtractionSpool {
    private let fd: Int32
    private let folder: String
    private var buffer: [UInt8] = []
    /// Extractions appended.
    private(set) var count = 0
    /// Bytes written so far.
    private(set) var bytes = 0

    /// Creates an empty spool in the temporary directory.
    /// - Throws: ``ExtractionError/temporaryFile(folder:reason:)`` when no file can be made there.
    init() throws(ExtractionError) {
        folder = FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/relgraph-spool-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .temporaryFile(folder: folder, reason: String(cString: strerror(errno))) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.fd = fd
        buffer.reserveCapacity(1 << 20)
    }

    deinit { close(fd) }

    /// Encodes `x` as a spool record (lengths included), ready for ``append(record:)``; safe to
    /// call on any thread.
    static func record(_ x: ArticleExtraction) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 8)
        let head = ExtractionCodec.encode(x, into: &out)
        put(UInt32(out.count - 8), at: 0, in: &out)
        put(UInt32(head), at: 4, in: &out)
        return out
    }

    private static func put(_ n: UInt32, at i: Int, in out: inout [UInt8]) {
        for k in 0..<4 { out[i + k] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(k))) }
    }

    /// Appends one record made by ``record(_:)``.
    func append(record: [UInt8]) throws(ExtractionError) {
        buffer += record
        count += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(ExtractionError) {
        var done = 0
        while done < buffer.count {
            let w = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
            if w < 0 {
                if errno == EINTR { continue }
                throw .temporaryFile(folder: folder, reason: "cannot write: \(String(cString: strerror(errno)))")
            }
            done += w
        }
        bytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with every extraction, in the order appended, in batches of about
    /// `batchBytes` of records, decoded on up to `threads` threads. With `headOnly`, the
    /// extractions have their article and entities only (no relations).
    /// - Complexity: O(*b*) for the *b* bytes spooled (the heads only, with `headOnly`).
    func forEachBatch(
        headOnly: Bool = false, threads: Int = 1, batchBytes: Int = 4 << 20,
        _ body: ([ArticleExtraction]) throws(ExtractionError) -> Void
    ) throws(ExtractionError) {
        try flush()
        var offset: off_t = 0
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(1 << 16, batchBytes))
        var eof = false
        while !eof || !pending.isEmpty {
            if !eof {
                let r = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, offset) }
                if r < 0 {
                    if errno == EINTR { continue }
                    throw .temporaryFile(folder: folder, reason: "cannot read: \(String(cString: strerror(errno)))")
                }
                if r == 0 {
                    eof = true
                } else {
                    pending += chunk[0..<r]
                    offset += off_t(r)
                }
            }
            // The complete records in `pending`: (start of the encoding, its length, head length).
            var records: [(start: Int, length: Int, head: Int)] = []
            var used = 0
            pending.withUnsafeBufferPointer { buf in
                while used + 8 <= buf.count {
                    var n = 0
                    var h = 0
                    for k in 0..<4 {
                        n |= Int(buf[used + k]) << (8 * k)
                        h |= Int(buf[used + 4 + k]) << (8 * k)
                    }
                    guard used + 8 + n <= buf.count else { break }
                    records.append((used + 8, n, h))
                    used += 8 + n
                }
            }
            if !records.isEmpty {
                let snapshot = pending
                let decoded = Extractor.map(records, threads: threads) { r -> ArticleExtraction? in
                    snapshot.withUnsafeBufferPointer { buf in
                        var at = r.start
                        guard let x = ExtractionCodec.decode(buf, offset: &at, headOnly: headOnly),
                            at == r.start + (headOnly ? r.head : r.length)
                        else { return nil }
                        return x
                    }
                }
                let batch = decoded.compactMap { $0 }
                guard batch.count == decoded.count else {
                    throw .temporaryFile(folder: folder, reason: "the file is damaged")
                }
                pending.removeFirst(used)
                try body(batch)
            } else if eof, !pending.isEmpty {
                throw .temporaryFile(folder: folder, reason: "the file ends inside a record")
            }
        }
    }
}
