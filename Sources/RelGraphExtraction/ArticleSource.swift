import Foundation

/// Where articles come from, a batch at a time, so that a corpus is never held in memory whole:
/// the files, folders and standard input of ``FileArticleSource`` today, a corpus store next.
///
/// A source yields articles in input order; each batch is a bounded amount of text (see
/// ``FileArticleSource/batchBytes``). Problems met on the way (skipped records, repaired text)
/// collect in ``problems``.
public protocol ArticleSource {
    /// The next batch of articles in input order, or `nil` when the source is exhausted.
    /// - Throws: ``ExtractionError`` for an input that cannot be read at all, or (strict) the
    ///   first problem.
    mutating func nextBatch() throws(ExtractionError) -> [Article]?
    /// The problems met so far, in input order.
    var problems: [ExtractionError] { get }
}

/// Articles from files, folders (recursively, in path order) and standard input (`-`), read
/// by ``ArticleReader`` one file at a time and handed out in batches of about ``batchBytes``
/// of text (8 MiB by default).
///
/// The articles, their order and the problems are exactly those of
/// ``ArticleReader/read(_:)`` on the same paths; only the memory differs: at most one batch of
/// articles plus one file is held at a time.
public struct FileArticleSource: ArticleSource {
    /// The text a batch holds before it is handed out (a batch may exceed it by one file).
    public let batchBytes: Int

    /// One input still to read.
    private enum Unit {
        case standardInput
        case path(String)
        case file(String, InputFormat)
    }

    private let reader: ArticleReader
    private var pending: [Unit]
    public private(set) var problems: [ExtractionError] = []

    /// A source over `paths` read by `reader` (its strictness, field names and format apply),
    /// in batches of about `batchBytes` bytes of text.
    public init(_ paths: [String], reader: ArticleReader = .init(), batchBytes: Int = 8 << 20) {
        self.reader = reader
        self.batchBytes = max(1, batchBytes)
        pending = paths.reversed().map { $0 == "-" ? .standardInput : .path($0) }
    }

    /// - Complexity: O(*b*) for the *b* bytes read.
    public mutating func nextBatch() throws(ExtractionError) -> [Article]? {
        guard !pending.isEmpty else { return nil }
        var sink = ArticleReader.Sink(strict: reader.strict)
        var bytes = 0
        while bytes < batchBytes, let unit = pending.popLast() {
            let before = sink.result.articles.count
            switch unit {
            case .standardInput:
                let data: Data
                do {
                    data = try FileHandle.standardInput.readToEnd() ?? Data()
                } catch {
                    throw .unreadableFile(path: "-", reason: (error as NSError).localizedDescription)
                }
                reader.read(data, format: reader.format, source: .init(path: "<stdin>", base: "stdin"), into: &sink)
            case .path(let path):
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    throw .missingInput(path: path)
                }
                if isDir.boolValue {
                    // `files(under:)` lists only files with a known extension.
                    let files = ArticleReader.files(under: path).compactMap { f in
                        InputFormat(pathExtensionOf: f).map { Unit.file(f, $0) }
                    }
                    pending += files.reversed()
                    continue
                }
                guard let format = reader.format ?? InputFormat(pathExtensionOf: path) else {
                    throw .unsupportedFormat(path: path)
                }
                try reader.readFile(path, format: format, into: &sink)
            case .file(let path, let format):
                try reader.readFile(path, format: format, into: &sink)
            }
            if let e = sink.stopped { throw e }
            bytes += sink.result.articles[before...].reduce(0) { $0 + $1.text.utf8.count }
        }
        problems += sink.result.problems
        return sink.result.articles
    }
}

extension Extractor {
    /// Extracts every article of `source`, a batch at a time (each batch in parallel), in input
    /// order; then merges surname-only people across all of them, as ``extract(_:)-([Article])``
    /// does. The result equals ``extract(_:)-([Article])`` on all the articles at once.
    /// - Throws: what the source throws.
    public func extract(from source: inout some ArticleSource) throws(ExtractionError) -> [ArticleExtraction] {
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var results: [ArticleExtraction] = []
        while let batch = try source.nextBatch() {
            results += Self.map(batch, threads: threads) { analyzer.analyze($0) }
        }
        return Self.mergeVariants(Self.mergeSurnames(results, threads: threads), threads: threads)
    }
}
