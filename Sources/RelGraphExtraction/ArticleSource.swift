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
    /// Bytes of input read so far, for progress displays.
    var bytesRead: Int { get }
    /// The size of the whole input in bytes, when known in advance (files are; standard input
    /// is not), for progress displays.
    var totalBytes: Int? { get }
}

extension ArticleSource {
    public var bytesRead: Int { 0 }
    public var totalBytes: Int? { nil }
}

/// Articles from files, folders (recursively, in path order) and standard input (`-`), read
/// by ``ArticleReader`` and handed out in batches of about ``batchBytes`` of text (8 MiB by
/// default). The first batch holds at most 256 KiB of text and each next one twice the last,
/// up to ``batchBytes``: extraction starts as soon as a few articles are read, instead of
/// after the first 8 MiB (the worker threads idled for about 70 ms on a 10 MB input).
///
/// JSON Lines files and standard input holding JSON Lines are read a chunk at a time
/// (``RecordChunker``), so they stream in constant memory whatever their size; other files are
/// read one whole file at a time. The articles, their order and the problems are those of
/// ``ArticleReader/read(_:)`` on the same paths; only the memory differs, and the note that a
/// chunked file's invalid UTF-8 was repaired comes where the chunk holding it is read.
public struct FileArticleSource: ArticleSource {
    /// The text a batch holds before it is handed out (a batch may exceed it by one file).
    public let batchBytes: Int
    /// The bytes of a JSON Lines input read at a time (``RecordChunker``).
    public let chunkBytes: Int

    /// One input still to read.
    private enum Unit {
        case standardInput
        case path(String)
        /// A file to read; `inFolder` when found by walking a folder (then a failure to read it
        /// is reported and skipped instead of stopping the run).
        case file(String, InputFormat, inFolder: Bool)
    }

    private let reader: ArticleReader
    private let paths: [String]
    private var pending: [Unit]
    /// The JSON Lines file being read a chunk at a time, if any.
    private var chunker: RecordChunker?
    /// Bytes of the files read whole so far.
    private var wholeBytes = 0
    /// Bytes of the chunked files finished so far.
    private var chunkedBytes = 0
    /// The text the next batch holds before it is handed out (see the type's discussion).
    private var target: Int
    public private(set) var problems: [ExtractionError] = []

    /// A source over `paths` read by `reader` (its strictness, field names and format apply),
    /// in batches of about `batchBytes` bytes of text; JSON Lines is read `chunkBytes` at a time
    /// (at least 1 KiB).
    public init(
        _ paths: [String], reader: ArticleReader = .init(), batchBytes: Int = 8 << 20, chunkBytes: Int = 4 << 20
    ) {
        self.reader = reader
        self.paths = paths
        self.batchBytes = max(1, batchBytes)
        self.chunkBytes = chunkBytes
        target = min(self.batchBytes, 1 << 18)
        pending = paths.reversed().map { $0 == "-" ? .standardInput : .path($0) }
    }

    public var bytesRead: Int { wholeBytes + chunkedBytes + (chunker?.bytesRead ?? 0) }

    /// The summed size of the files named and of the readable files in the folders named;
    /// `nil` when standard input is among the inputs.
    public var totalBytes: Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            for f in isDir.boolValue ? ArticleReader.files(under: path) : [path] {
                total += (try? FileManager.default.attributesOfItem(atPath: f)[.size] as? Int) ?? 0
            }
        }
        return total
    }

    /// - Complexity: O(*b*) for the *b* bytes read.
    public mutating func nextBatch() throws(ExtractionError) -> [Article]? {
        guard chunker != nil || !pending.isEmpty else { return nil }
        var sink = ArticleReader.Sink(for: reader)
        var bytes = 0
        defer { target = min(batchBytes, target * 2) }
        while bytes < target {
            let before = sink.result.articles.count
            if let c = chunker {
                if try !reader.readChunk(from: c, size: target - bytes, into: &sink) {
                    chunkedBytes += c.bytesRead
                    chunker = nil
                }
            } else if let unit = pending.popLast() {
                try open(unit, into: &sink)
            } else {
                break
            }
            if let e = sink.stopped { throw e }
            bytes += sink.result.articles[before...].reduce(0) { $0 + $1.text.utf8.count }
        }
        problems += sink.result.problems
        // The last chunk's end can leave an empty batch: the source is exhausted then.
        if sink.result.articles.isEmpty && chunker == nil && pending.isEmpty { return nil }
        return sink.result.articles
    }

    /// Starts reading `unit`: a folder adds its files to ``pending``, a JSON Lines input
    /// becomes the ``chunker``, any other file is read whole into `sink`.
    private mutating func open(_ unit: Unit, into sink: inout ArticleReader.Sink) throws(ExtractionError) {
        switch unit {
        case .standardInput:
            let stdin = FileHandle.standardInput
            let source = ArticleReader.Source(path: "<stdin>", base: "stdin")
            let head: Data
            do {
                head = try stdin.read(upToCount: 1 << 16) ?? Data()
            } catch {
                throw .unreadableFile(path: "-", reason: ExtractionError.reason(error))
            }
            let format = reader.format ?? InputFormat.detect(Array(head))
            if format == .jsonLines, Self.isPlainText(head) {
                chunker = RecordChunker(handle: stdin, source: source, prefix: Array(head), chunkBytes: chunkBytes)
                return
            }
            var data = head
            do {
                data += try stdin.readToEnd() ?? Data()
            } catch {
                throw .unreadableFile(path: "-", reason: ExtractionError.reason(error))
            }
            wholeBytes += data.count
            reader.read(data, format: format, source: source, into: &sink)
        case .path(let path):
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw .missingInput(path: path)
            }
            if isDir.boolValue {
                // `files(under:)` lists only files with a known extension.
                let files = ArticleReader.files(under: path).compactMap { f in
                    InputFormat(pathExtensionOf: f).map { Unit.file(f, $0, inFolder: true) }
                }
                pending += files.reversed()
                return
            }
            guard let format = reader.format ?? InputFormat(pathExtensionOf: path) else {
                throw .unsupportedFormat(path: path)
            }
            try open(.file(path, format, inFolder: false), into: &sink)
        case .file(let path, let format, let inFolder):
            guard format == .jsonLines else {
                do {
                    try reader.readFile(path, format: format, into: &sink)
                } catch {
                    guard inFolder else { throw error }
                    _ = sink.report(error)
                }
                wholeBytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                return
            }
            let handle: FileHandle
            do {
                handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            } catch {
                let problem = ExtractionError.unreadableFile(path: path, reason: ExtractionError.reason(error))
                guard inFolder else { throw problem }
                _ = sink.report(problem)
                return
            }
            let head: Data
            do { head = try handle.read(upToCount: 1 << 16) ?? Data() } catch {
                let problem = ExtractionError.unreadableFile(path: path, reason: ExtractionError.reason(error))
                guard inFolder else { throw problem }
                _ = sink.report(problem)
                return
            }
            guard Self.isPlainText(head) else {
                // Not text, UTF-16 or NUL bytes: the whole-file reader skips, transcodes or
                // cleans it and says so.
                try? handle.close()
                do { try reader.readFile(path, format: format, into: &sink) } catch {
                    guard inFolder else { throw error }
                    _ = sink.report(error)
                }
                wholeBytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                return
            }
            chunker = RecordChunker(
                handle: handle, source: ArticleReader.Source(path: path, base: ArticleReader.baseName(path)),
                prefix: Array(head), chunkBytes: chunkBytes)
        }
    }

    /// Whether `head`, the start of an input, is UTF-8 text without NUL bytes, which the
    /// chunked JSON Lines reader takes as it is (``ByteContent``).
    static func isPlainText(_ head: Data) -> Bool {
        // memchr on the bytes: `Data.contains` steps an iterator through each byte.
        ByteContent.classify(head) == .utf8
            && !head.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
    }
}
