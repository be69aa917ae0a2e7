import Foundation

/// Reads articles from files, folders and JSON Lines.
///
/// ## Accepted inputs
/// - A `.txt` or `.md` file: one article whose id is the file name without extension. When the
///   first line looks like a headline (no sentence-final period, under 200 characters) it is the
///   title; a second line holding only an ISO date (`2021-03-19`) is the date. A first body
///   paragraph that repeats the title is dropped.
/// - A folder: every `.txt`, `.md`, `.jsonl`, `.ndjson` and `.json` file below it, recursively,
///   in path order (hidden files are skipped).
/// - `.jsonl` / `.ndjson`: one JSON object per line with `text` (required), `id`, `title`,
///   `date`; a missing id becomes `<file name>:<line>`.
/// - `.json`: an array of such objects.
///
/// Malformed records are reported in ``ReadResult/problems`` as `file:line: reason` and skipped
/// (unless `strict`, which throws the first one). Invalid UTF-8 is replaced and reported.
public struct ArticleReader: Sendable {
    /// What a read produced: the articles, in input order, and the problems met on the way.
    public struct ReadResult: Sendable {
        /// The articles read, in input order.
        public var articles: [Article] = []
        /// One entry per skipped record or repaired file.
        public var problems: [ExtractionError] = []
    }

    /// Whether the first problem stops the read.
    public var strict: Bool

    /// Creates a reader.
    public init(strict: Bool = false) {
        self.strict = strict
    }

    /// Reads every input path (files or folders), in the order given.
    /// - Throws: ``ExtractionError/missingInput(path:)``, unreadable files, and in strict mode
    ///   the first malformed record.
    public func read(_ paths: [String]) throws(ExtractionError) -> ReadResult {
        var result = ReadResult()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw .missingInput(path: path)
            }
            if isDir.boolValue {
                for file in Self.files(under: path) { try readFile(file, into: &result, fromFolder: true) }
            } else {
                try readFile(path, into: &result, fromFolder: false)
            }
        }
        return result
    }

    /// The readable files below `folder`, sorted by path.
    static func files(under folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard let e = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey],
            options: [.skipsHiddenFiles])
        else { return [] }
        var out: [String] = []
        for case let file as URL in e where format(of: file.path) != nil {
            out.append(file.path)
        }
        return out.sorted()
    }

    enum Format { case text, jsonLines, jsonArray }

    static func format(of path: String) -> Format? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "txt", "md", "text": return .text
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .jsonArray
        default: return nil
        }
    }

    private func readFile(
        _ path: String, into result: inout ReadResult, fromFolder: Bool
    ) throws(ExtractionError) {
        guard let format = Self.format(of: path) else {
            if fromFolder { return }
            throw .unsupportedFormat(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        let (text, badLine) = Self.decodeUTF8(data)
        if let badLine { try report(.invalidUTF8(path: path, line: badLine), into: &result) }
        switch format {
        case .text:
            result.articles.append(Self.parseText(text, path: path))
        case .jsonLines:
            var lineNo = 0
            let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNo += 1
                if line.allSatisfy(\.isWhitespace) { continue }
                switch Self.parseRecord(Data(line.utf8), path: path, line: lineNo) {
                case .success(let a): result.articles.append(a)
                case .failure(let e): try report(e, into: &result)
                }
            }
        case .jsonArray:
            guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
                try report(.malformedRecord(path: path, line: 1, reason: "not a JSON array of article objects"), into: &result)
                return
            }
            for (i, item) in array.enumerated() {
                switch Self.record(item, path: path, line: i + 1, idFallback: "\(Self.baseName(path)):\(i + 1)") {
                case .success(let a): result.articles.append(a)
                case .failure(let e): try report(e, into: &result)
                }
            }
        }
    }

    private func report(_ e: ExtractionError, into result: inout ReadResult) throws(ExtractionError) {
        if strict { throw e }
        result.problems.append(e)
    }

    /// Decodes UTF-8 (dropping a BOM); returns the 1-based line of the first invalid byte, if any.
    static func decodeUTF8(_ data: Data) -> (String, Int?) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let s = String(validating: bytes, as: UTF8.self) { return (s, nil) }
        // Find the first invalid position to name its line.
        var line = 1
        var i = 0
        var bad = 1
        while i < bytes.count {
            let b = bytes[i]
            let len = b < 0x80 ? 1 : b >> 5 == 0x6 ? 2 : b >> 4 == 0xE ? 3 : b >> 3 == 0x1E ? 4 : 0
            let valid = len > 0 && i + len <= bytes.count
                && String(validating: bytes[i..<(i + len)], as: UTF8.self) != nil
            if !valid { bad = line; break }
            if b == 0x0A { line += 1 }
            i += len
        }
        return (String(decoding: bytes, as: UTF8.self), bad)
    }

    static func baseName(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Parses the plain-text layout described on the type.
    static func parseText(_ text: String, path: String) -> Article {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
        var title: String?
        var date: String?
        if let first = lines.first?.trimmingCharacters(in: .whitespaces), first.count < 200,
            !first.hasSuffix("."), lines.count > 1
        {
            title = first
            lines.removeFirst()
            if let second = lines.first?.trimmingCharacters(in: .whitespaces), isISODate(second) {
                date = second
                lines.removeFirst()
            }
            // Drop a repeated headline (common in scraped pages).
            while let l = lines.first, l.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeFirst() }
            if let l = lines.first, l.trimmingCharacters(in: .whitespaces) == first { lines.removeFirst() }
        }
        return Article(
            id: baseName(path), title: title, date: date, text: lines.joined(separator: "\n"),
            origin: path)
    }

    static func isISODate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return false }
        return b.enumerated().allSatisfy { i, c in i == 4 || i == 7 || (48...57).contains(c) }
    }

    static func parseRecord(_ data: Data, path: String, line: Int) -> Result<Article, ExtractionError> {
        guard let obj = try? JSONSerialization.jsonObject(with: data) else {
            return .failure(.malformedRecord(path: path, line: line, reason: "not valid JSON"))
        }
        return record(obj, path: path, line: line, idFallback: "\(baseName(path)):\(line)")
    }

    static func record(_ obj: Any, path: String, line: Int, idFallback: String) -> Result<Article, ExtractionError> {
        guard let dict = obj as? [String: Any] else {
            return .failure(.malformedRecord(path: path, line: line, reason: "expected a JSON object"))
        }
        let textKeys = ["text", "content", "article", "body"]
        guard let text = textKeys.lazy.compactMap({ dict[$0] as? String }).first else {
            return .failure(.malformedRecord(path: path, line: line, reason: "no \"text\" field"))
        }
        let id: String
        if let s = dict["id"] as? String, !s.isEmpty { id = s }
        else if let n = dict["id"] as? NSNumber { id = n.stringValue }
        else { id = idFallback }
        return .success(Article(
            id: id, title: dict["title"] as? String, date: dict["date"] as? String, text: text,
            origin: "\(path):\(line)"))
    }
}
