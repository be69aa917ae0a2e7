import Foundation

/// Reads articles from files, folders and standard input, in plain text, Markdown, JSON Lines,
/// JSON, CSV/TSV and HTML.
///
/// ## Accepted inputs
/// - A `.txt` or `.md` file: one article whose id is the file name without extension. When the
///   first line looks like a headline (a Markdown `# heading`, or under 200 characters without
///   a sentence-final period) it is the title; a second line holding only an ISO date
///   (`2021-03-19`) is the date. A first body paragraph that repeats the title is dropped. A
///   file holding only a headline is an article with a title and no body.
/// - `.jsonl` / `.ndjson`: one JSON object per line; `.json`: an array of objects (or objects
///   one after another). Fields are found by ``FieldNames``.
/// - `.csv` (`,`, or `;`/tab when the header uses them) and `.tsv`: a header row, then one
///   article per row; quoted fields may hold separators, `""` and line breaks.
/// - `.html` / `.htm`: one article, the page's readable text (see ``HTMLText``).
/// - A folder: every file of these kinds below it, recursively, in path order (hidden files and
///   other extensions are skipped).
/// - `-`: standard input, in ``format`` if given, else detected from its first byte (see
///   ``InputFormat/detect(_:)``); messages name it `<stdin>` and ids start with `stdin`.
///
/// ## Records and problems
/// A record (JSON object, CSV row) needs a text field or a title; its title is part of the
/// article for extraction. A record without an id gets `<file base name>:<line>`, the line where
/// the record starts. Text is UTF-8, with or without a byte-order mark; CRLF line ends are
/// accepted everywhere. Problems go to ``ReadResult/problems`` as `file:line: reason`:
/// malformed records and empty files are skipped (``ExtractionError/skipsInput``), invalid
/// UTF-8 is replaced with U+FFFD and reported at its first line. With ``strict`` the first
/// problem is thrown instead.
///
/// - Complexity: O(*b*) time for *b* input bytes, plus O(*r*·*k*) to match the *k* keys of
///   each of *r* JSON records against the field names; one file is held in memory at a time.
public struct ArticleReader: Sendable {
    /// What a read produced: the articles, in input order, and the problems met on the way.
    public struct ReadResult: Sendable {
        /// The articles read, in input order.
        public var articles: [Article] = []
        /// One entry per skipped record or file and per repaired file, in input order.
        public var problems: [ExtractionError] = []

        /// How many records or files were skipped (the problems that ``ExtractionError/skipsInput``).
        public var skipped: Int { problems.count(where: \.skipsInput) }
    }

    /// Whether the first problem stops the read (it is thrown).
    public var strict: Bool
    /// The record fields that hold id, title, date and text.
    public var fields: FieldNames
    /// The format of standard input and of files named directly, overriding their extension;
    /// `nil` detects standard input and goes by extension for files. Files found in folders
    /// always go by extension.
    public var format: InputFormat?
    /// The most bytes of text an article may have; longer texts are cut and reported
    /// (``ExtractionError/articleTruncated(origin:id:bytes:limit:)``).
    public var maxArticleBytes: Int

    /// The default of ``maxArticleBytes``: 8 MiB.
    public static let defaultMaxArticleBytes = 8 << 20

    /// Creates a reader.
    /// - Parameters:
    ///   - strict: throw the first problem instead of reporting it and going on.
    ///   - fields: the record field names to look for.
    ///   - format: the format of standard input and of directly named files (see ``format``).
    ///   - maxArticleBytes: the most bytes of text per article (see ``maxArticleBytes``); at least 1.
    public init(
        strict: Bool = false, fields: FieldNames = .init(), format: InputFormat? = nil,
        maxArticleBytes: Int = ArticleReader.defaultMaxArticleBytes
    ) {
        self.strict = strict
        self.fields = fields
        self.format = format
        self.maxArticleBytes = max(1, maxArticleBytes)
    }

    /// Reads every input path (files, folders or `-` for standard input), in the order given.
    /// - Throws: ``ExtractionError/missingInput(path:)``,
    ///   ``ExtractionError/unreadableFile(path:reason:)``,
    ///   ``ExtractionError/unsupportedFormat(path:)`` for a named file of unknown type; in
    ///   strict mode also the first malformed record, empty input or invalid UTF-8.
    /// - Complexity: O(*b*) for *b* bytes read (see the type's discussion).
    public func read(_ paths: [String]) throws(ExtractionError) -> ReadResult {
        var sink = Sink(for: self)
        for path in paths {
            if path == "-" {
                let data: Data
                do {
                    data = try FileHandle.standardInput.readToEnd() ?? Data()
                } catch {
                    throw .unreadableFile(path: "-", reason: ExtractionError.reason(error))
                }
                read(data, format: format, source: Source(path: "<stdin>", base: "stdin"), into: &sink)
            } else {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    throw .missingInput(path: path)
                }
                if isDir.boolValue {
                    // `files(under:)` lists only files with a known extension.
                    for file in Self.files(under: path) {
                        guard let format = InputFormat(pathExtensionOf: file) else { continue }
                        do {
                            try readFile(file, format: format, into: &sink)
                        } catch {
                            // One unreadable file of a folder is skipped, not the run.
                            _ = sink.report(error)
                        }
                        if sink.stopped != nil { break }
                    }
                } else {
                    guard let f = format ?? InputFormat(pathExtensionOf: path) else {
                        throw .unsupportedFormat(path: path)
                    }
                    try readFile(path, format: f, into: &sink)
                }
            }
            if let e = sink.stopped { throw e }
        }
        return sink.result
    }

    /// The files below `folder` with an article extension, sorted by path: regular files, and
    /// symbolic links to anything but a folder (a broken link is listed, so that reading it
    /// reports it). Links to folders are not followed, so a link loop cannot trap the walk.
    static func files(under folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        let keys: [URLResourceKey] = [.isRegularFileKey, .isSymbolicLinkKey]
        guard
            let e = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        var out: [String] = []
        for case let file as URL in e where InputFormat(pathExtensionOf: file.path) != nil {
            let values = try? file.resourceValues(forKeys: Set(keys))
            if values?.isSymbolicLink == true {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDir), isDir.boolValue { continue }
            } else if values?.isRegularFile == false {
                continue
            }
            out.append(file.path)
        }
        return out.sorted()
    }

    func readFile(_ path: String, format: InputFormat, into sink: inout Sink) throws(ExtractionError) {
        let data = try Self.contents(of: path)
        read(data, format: format, source: Source(path: path, base: Self.baseName(path)), into: &sink)
    }

    /// The bytes of the file at `path`, read with POSIX calls so that a failure says why in the
    /// system's words ("Permission denied", "Is a directory", "Input/output error").
    /// - Throws: ``ExtractionError/unreadableFile(path:reason:)``.
    /// - Complexity: O(*b*) for *b* bytes.
    static func contents(of path: String) throws(ExtractionError) -> Data {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadableFile(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        var data = Data(count: max(size, 1 << 16))
        var used = 0
        while true {
            if used == data.count { data.count *= 2 }
            let got = data.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + used, raw.count - used)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            used += got
        }
        data.count = used
        return data
    }

    /// Reads one chunk of a JSON Lines file from `chunker` (whose line numbering it follows);
    /// invalid UTF-8 is reported once per file. Returns `false` at the end of the file.
    func readChunk(from chunker: RecordChunker, size: Int? = nil, into sink: inout Sink) throws(ExtractionError) -> Bool {
        var source = chunker.source
        source.firstLine = chunker.firstLine
        guard let chunk = try chunker.next(size: size) else { return false }
        let (bytes, badLine) = Self.decode(Data(chunk))
        if let badLine, !chunker.reportedInvalidUTF8 {
            chunker.reportedInvalidUTF8 = true
            if !sink.report(.invalidUTF8(path: source.path, line: source.firstLine - 1 + badLine)) { return false }
        }
        bytes.withUnsafeBufferPointer { readJSON($0, document: false, source: source, into: &sink) }
        return true
    }

    /// Decodes `data` and reads it in `format` (detected when `nil`): a file that is not text is
    /// skipped, UTF-16 is transcoded and NUL bytes are removed, each with a warning
    /// (``ByteContent``).
    func read(_ data: Data, format: InputFormat?, source: Source, into sink: inout Sink) {
        var data = data
        switch ByteContent.classify(data) {
        case .binary(let kind):
            _ = sink.report(.notText(path: source.path, kind: kind))
            return
        case .utf16(let bigEndian, let bom):
            data = ByteContent.utf8(fromUTF16: data, bigEndian: bigEndian, bom: bom)
        case .utf8:
            break
        }
        let (cleaned, removed, nulLine) = ByteContent.removingNUL(data)
        if let nulLine {
            if !sink.report(.nulBytes(path: source.path, line: nulLine, count: removed)) { return }
            data = cleaned
        }
        let (bytes, badLine) = Self.decode(data)
        if let badLine, !sink.report(.invalidUTF8(path: source.path, line: badLine)) { return }
        let format = format ?? InputFormat.detect(bytes)
        bytes.withUnsafeBufferPointer { buf in
            switch format {
            case .text:
                let text = String(decoding: buf, as: UTF8.self)
                guard let a = Self.parseText(text, id: source.base, origin: source.path) else {
                    _ = sink.report(.emptyInput(path: source.path))
                    return
                }
                sink.add(a)
            case .html:
                let page = HTMLText.extract(buf)
                guard !page.text.isEmpty || page.title != nil else {
                    _ = sink.report(.emptyInput(path: source.path))
                    return
                }
                sink.add(Article(id: source.base, title: page.title, date: page.date, text: page.text, origin: source.path))
            case .jsonLines, .json:
                readJSON(buf, document: format == .json, source: source, into: &sink)
            case .csv:
                readCSV(buf, separator: CSVReader.sniffSeparator(buf), source: source, into: &sink)
            case .tsv:
                readCSV(buf, separator: 0x09, source: source, into: &sink)
            }
        }
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes that ends at a whole
    /// character, cut after the last line break or space of its final 64 KiB when there is one.
    /// - Complexity: O(`bytes`).
    static func prefix(of text: String, bytes: Int) -> String {
        let utf8 = text.utf8
        guard utf8.count > bytes else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: bytes)
        while end > utf8.startIndex, end.samePosition(in: text.unicodeScalars) == nil {
            end = utf8.index(before: end)
        }
        var k = end
        let endOffset = utf8.distance(from: utf8.startIndex, to: end)
        let floor = utf8.index(end, offsetBy: -min(endOffset, 1 << 16))
        while k > floor {
            let before = utf8.index(before: k)
            if utf8[before] == 0x0A || utf8[before] == 0x20 { return String(text[..<k]) }
            k = before
        }
        return String(text[..<end])
    }

    static func baseName(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Parses the plain-text layout described on the type; `nil` when there is no text at all.
    static func parseText(_ text: String, id: String, origin: String) -> Article? {
        var text = text
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var lines = text.components(separatedBy: "\n")
        func isBlank(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }
        while let first = lines.first, isBlank(first) { lines.removeFirst() }
        guard let firstLine = lines.first else { return nil }
        var title: String?
        var date: String?
        var first = firstLine.trimmingCharacters(in: .whitespaces)
        let heading = first.hasPrefix("#")
        if heading {
            first = String(first.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        }
        if heading || (first.count < 200 && !first.hasSuffix(".")) {
            title = first.isEmpty ? nil : first
            lines.removeFirst()
            if let second = lines.first?.trimmingCharacters(in: .whitespaces), isISODate(second) {
                date = second
                lines.removeFirst()
            }
            // Drop a repeated headline (common in scraped pages).
            while let l = lines.first, isBlank(l) { lines.removeFirst() }
            if let l = lines.first, l.trimmingCharacters(in: .whitespaces) == first { lines.removeFirst() }
        }
        return Article(id: id, title: title, date: date, text: lines.joined(separator: "\n"), origin: origin)
    }

    /// Whether `s` is exactly an ISO 8601 calendar date, `YYYY-MM-DD`.
    static func isISODate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return false }
        return b.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (48...57).contains(c) }
    }
}

extension ArticleReader {
    /// Where records come from: the path used in messages and the base of fallback ids.
    struct Source {
        var path: String
        var base: String
        /// The 1-based line of the file at which the bytes being read start (above 1 for the
        /// later chunks of a file read a chunk at a time, ``RecordChunker``).
        var firstLine = 1
    }

    /// Collects articles and problems; in strict mode keeps the first problem and asks the
    /// readers to stop.
    struct Sink {
        let strict: Bool
        let maxArticleBytes: Int
        var result = ReadResult()
        var stopped: ExtractionError?

        /// A sink with `reader`'s strictness and article size limit.
        init(for reader: ArticleReader) {
            strict = reader.strict
            maxArticleBytes = reader.maxArticleBytes
        }

        /// Adds `article`, its text cut to ``maxArticleBytes`` (and reported) when longer.
        mutating func add(_ article: Article) {
            var article = article
            let bytes = article.text.utf8.count
            if bytes > maxArticleBytes {
                article.text = ArticleReader.prefix(of: article.text, bytes: maxArticleBytes)
                let problem = ExtractionError.articleTruncated(
                    origin: article.origin, id: article.id, bytes: bytes, limit: maxArticleBytes)
                if !report(problem) { return }
            }
            result.articles.append(article)
        }

        /// Records a problem; returns whether reading may go on.
        mutating func report(_ problem: ExtractionError) -> Bool {
            if strict {
                if stopped == nil { stopped = problem }
                return false
            }
            result.problems.append(problem)
            return true
        }
    }
}
