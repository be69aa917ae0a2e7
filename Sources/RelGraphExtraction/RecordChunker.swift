import Foundation

/// Reads a JSON Lines file (or standard input) a bounded chunk at a time, each chunk ending
/// just before a line that starts a record (`{` in its first column), so that no record is cut
/// and a file of any size streams through ``ArticleReader`` in constant memory.
///
/// Line numbers go on across chunks (``firstLine``), so messages and fallback ids
/// (`file:line`) are the same as when the file is read whole. A single record longer than the
/// chunk size makes its chunk longer, never cut. A caller may ask for a smaller chunk
/// (``next(size:)``), as ``FileArticleSource`` does to fill a batch smaller than a chunk.
final class RecordChunker {
    /// Where the records come from, for messages and ids.
    let source: ArticleReader.Source
    /// The bytes read so far.
    private(set) var bytesRead = 0
    /// The 1-based line the next chunk starts at.
    private(set) var firstLine = 1
    /// Whether an invalid-UTF-8 problem was reported for this file (it is reported once).
    var reportedInvalidUTF8 = false
    /// Whether the chunk handed out next is the file's first.
    private(set) var atStart = true

    private let handle: FileHandle
    private let chunkBytes: Int
    private var pending: [UInt8]
    private var eof = false

    /// A chunker over `handle`; `prefix` holds bytes already read from it (standard input's
    /// first bytes, read to detect its format).
    init(handle: FileHandle, source: ArticleReader.Source, prefix: [UInt8] = [], chunkBytes: Int = 4 << 20) {
        self.handle = handle
        self.source = source
        self.chunkBytes = max(1 << 10, chunkBytes)
        pending = prefix
        bytesRead = prefix.count
    }

    /// The next chunk of whole records, or `nil` at the end of the input: about `size` bytes
    /// (1 KiB at least, the chunk size at most and by default), more when a record is longer.
    /// - Throws: ``ExtractionError/unreadableFile(path:reason:)``.
    /// - Complexity: O(*b*) for the *b* bytes returned.
    func next(size: Int? = nil) throws(ExtractionError) -> [UInt8]? {
        let size = min(chunkBytes, max(1 << 10, size ?? chunkBytes))
        while true {
            if let cut = cutPoint(size) {
                let chunk = Array(pending[..<cut])
                pending.removeFirst(cut)
                return handOut(chunk)
            }
            if eof {
                guard !pending.isEmpty || atStart else { return nil }
                let chunk = pending
                pending = []
                return handOut(chunk)
            }
            let data: Data?
            do {
                data = try handle.read(upToCount: size)
            } catch {
                throw .unreadableFile(path: source.path, reason: ExtractionError.reason(error))
            }
            if let data, !data.isEmpty {
                pending += data
                bytesRead += data.count
            } else {
                eof = true
            }
        }
    }

    private func handOut(_ chunk: [UInt8]) -> [UInt8] {
        atStart = false
        firstLine += Self.lineFeeds(in: chunk)
        return chunk
    }

    /// How many line feeds `bytes` holds.
    /// - Complexity: O(*b*) for *b* bytes; `memchr` jumps from one line feed to the next.
    static func lineFeeds(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return 0 }
            var count = 0
            var k = 0
            // memchr reads base[k..<buf.count].
            while k < buf.count, let hit = memchr(base + k, 0x0A, buf.count - k) {
                count += 1
                k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }

    /// The offset of the first line start holding `{` at or after `size` (so a chunk is about
    /// `size` bytes and the rest stays pending), provided some record text comes before it;
    /// `nil` while `pending` holds less than `size` bytes or no such line start yet.
    private func cutPoint(_ size: Int) -> Int? {
        guard pending.count >= size else { return nil }
        return pending.withUnsafeBufferPointer { b -> Int? in
            var first = 0
            while first < b.count, [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(b[first]) { first += 1 }
            var p = max(size, first + 1)
            while p < b.count {
                if b[p] == UInt8(ascii: "{"), b[p - 1] == 0x0A { return p }
                p += 1
            }
            return nil
        }
    }
}
