import Foundation

/// Reads a JSON Lines file (or standard input) a bounded chunk at a time, each chunk ending
/// just before a line that starts a record (`{` in its first column), so that no record is cut
/// and a file of any size streams through ``ArticleReader`` in constant memory.
///
/// Line numbers go on across chunks (``firstLine``), so messages and fallback ids
/// (`file:line`) are the same as when the file is read whole. A single record longer than the
/// chunk size makes its chunk longer, never cut. The first chunk is at most 256 KiB and each
/// next one twice the last, up to the chunk size, so that the first articles reach the worker
/// threads early.
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
    /// The size of the chunk being gathered: 256 KiB (or less) at first, doubling up to
    /// ``chunkBytes``.
    private var target: Int
    private var pending: [UInt8]
    private var eof = false

    /// A chunker over `handle`; `prefix` holds bytes already read from it (standard input's
    /// first bytes, read to detect its format).
    init(handle: FileHandle, source: ArticleReader.Source, prefix: [UInt8] = [], chunkBytes: Int = 4 << 20) {
        self.handle = handle
        self.source = source
        self.chunkBytes = max(1 << 10, chunkBytes)
        target = min(self.chunkBytes, 1 << 18)
        pending = prefix
        bytesRead = prefix.count
    }

    /// The next chunk of whole records, or `nil` at the end of the input.
    /// - Throws: ``ExtractionError/unreadableFile(path:reason:)``.
    /// - Complexity: O(*b*) for the *b* bytes returned.
    func next() throws(ExtractionError) -> [UInt8]? {
        while true {
            if let cut = cutPoint() {
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
                data = try handle.read(upToCount: target)
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
        target = min(chunkBytes, target * 2)
        defer { firstLine += chunk.count(where: { $0 == 0x0A }) }
        return chunk
    }

    /// The offset of the last line start holding `{` once `pending` holds at least ``target``,
    /// provided some record text comes before it; `nil` otherwise.
    private func cutPoint() -> Int? {
        guard pending.count >= target else { return nil }
        return pending.withUnsafeBufferPointer { b -> Int? in
            var first = 0
            while first < b.count, [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains(b[first]) { first += 1 }
            var p = b.count - 1
            while p > first {
                if b[p] == UInt8(ascii: "{"), b[p - 1] == 0x0A { return p }
                p -= 1
            }
            return nil
        }
    }
}
