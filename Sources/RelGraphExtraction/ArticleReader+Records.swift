import Foundation
import RelGraphCore

/// Record formats: JSON Lines, JSON documents and CSV/TSV rows.
extension ArticleReader {
    typealias Problem = ExtractionError.RecordProblem

    /// The parts of one record, before it becomes an ``Article``.
    struct RecordParts {
        var id: String?
        var title: String?
        var date: String?
        /// The text, `nil` when the record has no text field.
        var text: String?
        var source: String? = nil
        var url: String? = nil
    }

    /// A record turned into an article, or the reason it is skipped.
    enum Built {
        case success(Article)
        case failure(Problem)
    }

    /// `CharacterSet.whitespacesAndNewlines`, made once: the property builds a new set each time.
    private static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    /// Turns a record's fields into an article, or says why it is skipped.
    static func article(_ parts: RecordParts, source: Source, line: Int, tried: [String]) -> Built {
        func clean(_ s: String?) -> String? {
            guard let s else { return nil }
            // Most fields have nothing to trim: check the ends before calling Foundation.
            if let first = s.unicodeScalars.first, let last = s.unicodeScalars.last,
                !whitespacesAndNewlines.contains(first), !whitespacesAndNewlines.contains(last)
            {
                return s
            }
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        let title = clean(parts.title)
        guard var text = parts.text ?? (title != nil ? "" : nil) else {
            return .failure(.missingField(role: "text", tried: tried))
        }
        // On the contiguous UTF-8 bytes, with memchr: the generic `utf8.contains` costs ~30
        // instructions a byte, a plain loop 5.
        if text.withUTF8({ b in b.baseAddress.map { memchr($0, 0x0D, b.count) != nil } ?? false }) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        if title == nil, text.allSatisfy(\.isWhitespace) { return .failure(.emptyText) }
        var (from, url) = (clean(parts.source), clean(parts.url))
        if let s = from, s.hasPrefix("http://") || s.hasPrefix("https://") {
            if url == nil { url = s }
            from = URL(string: s)?.host ?? s
        }
        return .success(
            Article(
                id: clean(parts.id) ?? "\(source.base):\(line)", title: title, date: clean(parts.date),
                text: text, origin: "\(source.path):\(line)", source: from, url: url))
    }

    // MARK: JSON

    /// Reads JSON Lines or a JSON document: an array of objects, or objects one after another
    /// (which is what JSON Lines is). Recovery after a syntax error inside a sequence resumes
    /// at the next line that starts a record; inside an array the rest of the file is skipped.
    /// A `.json` `document` must start with `[` or `{`; JSON Lines may hold stray values, each
    /// reported as a record that is not an object.
    func readJSON(_ buf: UnsafeBufferPointer<UInt8>, document: Bool, source: Source, into sink: inout Sink) {
        var s = JSONScanner(buf)
        s.line = source.firstLine
        s.skipSpace()
        guard let first = s.current else {
            _ = sink.report(.emptyInput(path: source.path))
            return
        }
        if first == UInt8(ascii: "[") {
            readJSONArray(&s, source: source, into: &sink)
            return
        }
        if document, first != UInt8(ascii: "{") {
            let line = s.line
            let reason: Problem
            do throws(JSONScanner.SyntaxError) {
                reason = .notAnArray(found: try s.scanValue(depth: 0).kind)
            } catch {
                reason = .invalidJSON(line: nil, column: error.column)
            }
            _ = sink.report(.malformedFile(path: source.path, line: line, reason: reason))
            return
        }
        while true {
            s.skipSpace()
            guard let b = s.current else { break }
            let (line, start, lineStart) = (s.line, s.i, s.lineStart)
            do throws(JSONScanner.SyntaxError) {
                if b == UInt8(ascii: "{") {
                    let record = try s.parseObject()
                    guard add(record, scanner: s, source: source, line: line, into: &sink) else { return }
                } else {
                    let value = try s.scanValue(depth: 0)
                    guard sink.report(.malformedRecord(path: source.path, line: line, reason: .notAnObject(found: value.kind)))
                    else { return }
                }
            } catch {
                let problem = Problem.invalidJSON(line: error.line == line ? nil : error.line, column: error.column)
                guard sink.report(.malformedRecord(path: source.path, line: line, reason: problem)) else { return }
                (s.line, s.i, s.lineStart) = (line, start, lineStart)
                s.resync(afterLine: line)
            }
        }
    }

    private func readJSONArray(_ s: inout JSONScanner, source: Source, into sink: inout Sink) {
        s.i += 1
        var count = 0
        do throws(JSONScanner.SyntaxError) {
            s.skipSpace()
            if s.current == UInt8(ascii: "]") {
                s.i += 1
            } else {
                while true {
                    s.skipSpace()
                    let line = s.line
                    guard let b = s.current else { throw s.error() }
                    count += 1
                    if b == UInt8(ascii: "{") {
                        let record = try s.parseObject()
                        guard add(record, scanner: s, source: source, line: line, into: &sink) else { return }
                    } else {
                        let value = try s.scanValue(depth: 1)
                        let problem = ExtractionError.malformedRecord(
                            path: source.path, line: line, reason: .notAnObject(found: value.kind))
                        guard sink.report(problem) else { return }
                    }
                    s.skipSpace()
                    if s.current == UInt8(ascii: ",") {
                        s.i += 1
                    } else if s.current == UInt8(ascii: "]") {
                        s.i += 1
                        break
                    } else {
                        throw s.error()
                    }
                }
            }
            s.skipSpace()
            if !s.atEnd { throw s.error() }
            if count == 0 { _ = sink.report(.emptyInput(path: source.path)) }
        } catch {
            _ = sink.report(
                .malformedFile(path: source.path, line: error.line, reason: .invalidJSON(line: nil, column: error.column)))
        }
    }

    /// Adds the article of one JSON object, or reports why not; returns whether to go on.
    private func add(
        _ record: JSONRecord, scanner s: JSONScanner, source: Source, line: Int, into sink: inout Sink
    ) -> Bool {
        let keys = record.keys
        var folded: [String]?
        func index(of name: String) -> Int? {
            if let i = keys.firstIndex(of: name) { return i }
            let normalized = folded ?? keys.map(FieldNames.normalized)
            folded = normalized
            return normalized.firstIndex(of: FieldNames.normalized(name))
        }
        /// The first candidate holding a string (or, if `numbers`, a number), as text.
        func scalar(_ names: [String], numbers: Bool = true) -> String? {
            for name in names {
                guard let k = index(of: name) else { continue }
                switch record.values[k] {
                case .string: return s.text(of: record.values[k])
                case .number: if numbers { return s.text(of: record.values[k]) }
                default: continue
                }
            }
            return nil
        }
        var parts = RecordParts(
            id: scalar(fields.id), title: scalar(fields.title), date: scalar(fields.date),
            text: scalar(fields.text, numbers: false), source: scalar(fields.source, numbers: false),
            url: scalar(fields.url, numbers: false))
        if parts.text == nil {
            // No string: a null counts as empty text; another type is an error.
            for name in fields.text {
                guard let k = index(of: name) else { continue }
                let value = record.values[k]
                if case .null = value {
                    parts.text = ""
                    break
                }
                let problem = Problem.notAString(name: keys[k], found: value.kind)
                return sink.report(.malformedRecord(path: source.path, line: line, reason: problem))
            }
        }
        switch Self.article(parts, source: source, line: line, tried: fields.text) {
        case .success(let a):
            sink.add(a)
            return true
        case .failure(let problem):
            return sink.report(.malformedRecord(path: source.path, line: line, reason: problem))
        }
    }

    // MARK: CSV

    /// Reads CSV/TSV with a header row. Blank lines are skipped; a row with fewer fields than
    /// the header, or more that are not all empty, is malformed.
    func readCSV(_ buf: UnsafeBufferPointer<UInt8>, separator: UInt8, source: Source, into sink: inout Sink) {
        var reader = CSVReader(buf, separator: separator)
        var header: [String]?
        var headerLine = 1
        while header == nil {
            switch reader.nextRow() {
            case nil:
                _ = sink.report(.emptyInput(path: source.path))
                return
            case .unterminated(let line):
                _ = sink.report(.malformedFile(path: source.path, line: line, reason: .unterminatedQuote))
                return
            case .fields(let line, let fields):
                if fields.count == 1, reader.isEmpty(fields[0]) { continue }
                header = fields.map { reader.string($0) }
                headerLine = line
            }
        }
        guard let names = header else { return }  // the loop above ends only with a header
        let column = (
            id: FieldNames.firstMatch(fields.id, in: names), title: FieldNames.firstMatch(fields.title, in: names),
            date: FieldNames.firstMatch(fields.date, in: names), text: FieldNames.firstMatch(fields.text, in: names),
            source: FieldNames.firstMatch(fields.source, in: names), url: FieldNames.firstMatch(fields.url, in: names)
        )
        guard column.text != nil || column.title != nil else {
            _ = sink.report(
                .malformedFile(
                    path: source.path, line: headerLine, reason: .missingColumn(role: "text", tried: fields.text)))
            return
        }
        var rows = 0
        while let row = reader.nextRow() {
            let problem: ExtractionError
            switch row {
            case .unterminated(let line):
                problem = .malformedRecord(path: source.path, line: line, reason: .unterminatedQuote)
            case .fields(let line, let cells):
                if cells.count == 1, reader.isEmpty(cells[0]) { continue }
                rows += 1
                if cells.count < names.count || cells[names.count...].contains(where: { !reader.isEmpty($0) }) {
                    problem = .malformedRecord(
                        path: source.path, line: line, reason: .wrongFieldCount(found: cells.count, expected: names.count))
                    break
                }
                func cell(_ k: Int?) -> String? { k.map { reader.string(cells[$0]) } }
                let parts = RecordParts(
                    id: cell(column.id), title: cell(column.title), date: cell(column.date), text: cell(column.text),
                    source: cell(column.source), url: cell(column.url))
                switch Self.article(parts, source: source, line: line, tried: fields.text) {
                case .success(let a):
                    sink.add(a)
                    continue
                case .failure(let reason):
                    problem = .malformedRecord(path: source.path, line: line, reason: reason)
                }
            }
            guard sink.report(problem) else { return }
        }
        if rows == 0 { _ = sink.report(.emptyInput(path: source.path)) }
    }
}
