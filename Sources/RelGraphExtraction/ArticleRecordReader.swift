import Foundation
import RelGraphCore

/// Reads per-article record files (``ArticleExtraction/recordLine()``, one record per line, as
/// the map stage writes them) a chunk at a time, decoding the lines of each chunk on several
/// threads, so that record files of any size stream through in bounded memory.
///
/// Blank lines are skipped; a line that is not a record is reported
/// (``ExtractionError/malformedRecord(path:line:reason:)``) and skipped; a line identical to an
/// earlier one (the same article extracted twice, as a retried task of a distributed engine
/// may produce) is reported (``ExtractionError/duplicateArticle(origin:id:)``) and skipped, so no
/// article counts twice.
public struct ArticleRecordReader {
    /// Decoding threads.
    public var threads: Int
    /// Bytes read at a time.
    public var chunkBytes: Int
    /// The problems met so far, in input order.
    public private(set) var problems: [ExtractionError] = []
    /// Records read so far (not counting skipped lines).
    public private(set) var records = 0
    private var seen = Set<Int>()

    /// A reader decoding on `threads` threads, `chunkBytes` at a time.
    public init(threads: Int = 1, chunkBytes: Int = 4 << 20) {
        self.threads = max(1, threads)
        self.chunkBytes = chunkBytes
    }

    /// Reads the records of `path` (`-`: standard input), handing them to `consume` a chunk at
    /// a time, in file order.
    /// - Throws: ``ExtractionError/missingInput(path:)``,
    ///   ``ExtractionError/unreadableFile(path:reason:)``.
    public mutating func read(_ path: String, consume: ([ArticleExtraction]) -> Void) throws(ExtractionError) {
        let handle: FileHandle
        let shown: String
        if path == "-" {
            handle = FileHandle.standardInput
            shown = "<stdin>"
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw .missingInput(path: path) }
            do {
                handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            } catch {
                throw .unreadableFile(path: path, reason: ExtractionError.reason(error))
            }
            shown = path
        }
        let chunker = RecordChunker(
            handle: handle, source: ArticleReader.Source(path: shown, base: ""), chunkBytes: chunkBytes)
        while true {
            let firstLine = chunker.firstLine
            guard let chunk = try chunker.next() else { break }
            // The non-blank lines of the chunk: (line number, byte range).
            var lines: [(line: Int, range: Range<Int>)] = []
            var start = 0
            var number = firstLine
            for i in 0...chunk.count where i == chunk.count || chunk[i] == 0x0A {
                if chunk[start..<i].contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
                    lines.append((number, start..<i))
                }
                number += 1
                start = i + 1
            }
            let decoded = Extractor.map(lines, threads: threads) { l -> (Int, Result<ArticleExtraction, ExtractionError>) in
                var h = Hasher()
                chunk[l.range].withUnsafeBytes { h.combine(bytes: $0) }
                do throws(ExtractionError) {
                    return (h.finalize(), .success(try ArticleExtraction(recordLine: chunk[l.range], path: shown, line: l.line)))
                } catch {
                    return (h.finalize(), .failure(error))
                }
            }
            var batch: [ArticleExtraction] = []
            for (k, (hash, result)) in decoded.enumerated() {
                switch result {
                case .success(let x):
                    if seen.insert(hash).inserted {
                        batch.append(x)
                    } else {
                        problems.append(.duplicateArticle(origin: "\(shown):\(lines[k].line)", id: x.article.id))
                    }
                case .failure(let e):
                    problems.append(e)
                }
            }
            records += batch.count
            if !batch.isEmpty { consume(batch) }
        }
    }
}
