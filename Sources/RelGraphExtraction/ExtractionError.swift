import Foundation
import RelGraphCore

/// Errors and warnings of reading and extracting articles. All wording lives in ``description``
/// (and in ``RecordProblem/description`` for the reason a record was skipped).
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An input path does not exist.
    case missingInput(path: String)
    /// A file (or standard input, `-`) could not be read.
    case unreadableFile(path: String, reason: String)
    /// A record (a JSON object, a CSV row) is malformed and was skipped; `line` is where the
    /// record starts.
    case malformedRecord(path: String, line: Int, reason: RecordProblem)
    /// A file is malformed from `line` on (a broken JSON array, a CSV header without a text
    /// column); the records before it were kept, the rest of the file was skipped.
    case malformedFile(path: String, line: Int, reason: RecordProblem)
    /// A file (or standard input) holds no article text at all and was skipped.
    case emptyInput(path: String)
    /// A file contained bytes that are not UTF-8; they were replaced with U+FFFD. `line` is the
    /// first line holding such bytes.
    case invalidUTF8(path: String, line: Int)
    /// A file is not text (an image, an archive, a program: `kind` says which) and was skipped.
    case notText(path: String, kind: String)
    /// A text file held `count` NUL bytes, the first on `line`; they were removed.
    case nulBytes(path: String, line: Int, count: Int)
    /// An article's text had `bytes` bytes, more than the limit (`--max-article-bytes`); only
    /// its first `limit` bytes were read.
    case articleTruncated(origin: String, id: String, bytes: Int, limit: Int)
    /// `sentences` sentences (or windows) of an article named more than `limit` entities; only
    /// the first `limit` of each were linked (``ExtractionOptions/maxEntitiesPerSentence``).
    case entitiesCapped(origin: String, id: String, sentences: Int, limit: Int)
    /// A file's extension names no article format that RelGraph reads.
    case unsupportedFormat(path: String)
    /// No articles were found in the inputs.
    case noArticles(inputs: [String])
    /// The inputs held records, but every one was skipped; `first` is the first reason.
    indirect case allSkipped(inputs: [String], skipped: Int, first: ExtractionError)
    /// A bundled or user lexicon is malformed.
    case malformedLexicon(name: String, reason: String)
    /// Entry `entry` (0-based) of the office-holder table in `name` (``Lexicon/offices``), for
    /// `person`, fails a check: `problem` says which.
    case malformedOffice(name: String, entry: Int, person: String, problem: OfficeProblem)
    /// The temporary file a streaming build parks extractions in (in `folder`) failed.
    case temporaryFile(folder: String, reason: String)
    /// An article with the same id, title, date and text as an earlier one was skipped, so that
    /// no article counts twice.
    case duplicateArticle(origin: String, id: String)

    /// Why a record or file was skipped; the wording is in ``description``.
    public enum RecordProblem: Sendable, Equatable, CustomStringConvertible {
        /// The JSON syntax breaks at `column` (1-based, in bytes) of `line`; `line` is `nil`
        /// when it is the record's first line.
        case invalidJSON(line: Int?, column: Int)
        /// A JSON value that should be an article object is another kind (`"array"`,
        /// `"number"`, `"string"`, `"boolean"`, `"null"`).
        case notAnObject(found: String)
        /// A `.json` document is neither an array of objects nor objects.
        case notAnArray(found: String)
        /// None of the names `tried` for the field `role` (`"text"`) is present.
        case missingField(role: String, tried: [String])
        /// The CSV header names none of the columns `tried` for `role`.
        case missingColumn(role: String, tried: [String])
        /// The field `name` holds a `found` (`"number"`, `"array"`…) where a string is needed.
        case notAString(name: String, found: String)
        /// The record's text is empty and it has no title.
        case emptyText
        /// A CSV row has `found` fields where the header has `expected`.
        case wrongFieldCount(found: Int, expected: Int)
        /// A CSV field opens a quote that is never closed.
        case unterminatedQuote
        /// A line of a per-article record file (``ArticleExtraction/recordLine()``) is not a
        /// record: `detail` says why.
        case notARecord(detail: String)

        /// The reason in lower case, to follow `file:line: `.
        public var description: String {
            switch self {
            case .invalidJSON(let line, let column):
                if let line { return "not valid JSON (line \(line), column \(column))" }
                return "not valid JSON (column \(column))"
            case .notAnObject(let found):
                return "expected a JSON object, found \(Self.article(found))"
            case .notAnArray(let found):
                return "expected a JSON array or object, found \(Self.article(found))"
            case .missingField(let role, let tried):
                return "no \(role) field; expected one of \(Self.quoted(tried))"
            case .missingColumn(let role, let tried):
                return "the header has no \(role) column; expected one of \(Self.quoted(tried))"
            case .notAString(let name, let found):
                return "field '\(name)' is \(Self.article(found)), not a string"
            case .emptyText:
                return "empty text and no title"
            case .wrongFieldCount(let found, let expected):
                return "row has \(found) field\(found == 1 ? "" : "s"); the header has \(expected)"
            case .unterminatedQuote:
                return "quoted field is never closed"
            case .notARecord(let detail):
                return "not a RelGraph article record (\(detail))"
            }
        }

        static func article(_ kind: String) -> String {
            ["array", "object"].contains(kind) ? "an \(kind)" : kind == "null" ? "null" : "a \(kind)"
        }

        static func quoted(_ names: [String]) -> String {
            names.map { "'\($0)'" }.joined(separator: ", ")
        }
    }

    /// Why an office-holder entry is malformed; the wording is in ``description``.
    public enum OfficeProblem: Sendable, Equatable, CustomStringConvertible {
        /// A date that is no real `YYYY-MM-DD` date.
        case invalidDate(String)
        /// A term that ends on or before the day it starts.
        case endBeforeStart(start: String, end: String)
        /// An office other than those of ``OfficeHolderTable/Office/Kind``.
        case unknownOffice(String)
        /// A country code that is not three upper-case letters.
        case invalidCountryCode(String)

        /// The problem in lower case.
        public var description: String {
            switch self {
            case .invalidDate(let d):
                return "'\(d)' is not a date in the form YYYY-MM-DD"
            case .endBeforeStart(let start, let end):
                return "the term ends (\(end)) on or before it starts (\(start))"
            case .unknownOffice(let o):
                let known = OfficeHolderTable.Office.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                return "unknown office '\(o)'; expected one of \(known)"
            case .invalidCountryCode(let c):
                return "'\(c)' is not an ISO 3166-1 alpha-3 code (three upper-case letters)"
            }
        }
    }

    /// Whether this problem made the reader skip a record or a file (as opposed to a repair,
    /// such as ``invalidUTF8(path:line:)``, or a failure of the whole run).
    public var skipsInput: Bool {
        switch self {
        case .malformedRecord, .malformedFile, .emptyInput, .duplicateArticle, .notText, .unreadableFile: return true
        default: return false
        }
    }

    /// Why reading failed, in words: the system's message for the underlying POSIX error
    /// ("Permission denied", "Input/output error") when there is one, else the error's own
    /// description.
    public static func reason(_ error: any Error) -> String { GraphError.reason(error) }

    /// A message in the shape `file:line: problem`, capitalised where it starts a sentence.
    public var description: String {
        switch self {
        case .missingInput(let path):
            return "Input '\(path)' does not exist"
        case .unreadableFile(let path, let reason):
            return "Cannot read '\(path)': \(reason)"
        case .malformedRecord(let path, let line, let reason):
            return "\(path):\(line): \(reason); record skipped"
        case .malformedFile(let path, let line, let reason):
            return "\(path):\(line): \(reason); rest of file skipped"
        case .emptyInput(let path):
            return "\(path): no article text; skipped"
        case .invalidUTF8(let path, let line):
            return "\(path):\(line): invalid UTF-8 bytes replaced with U+FFFD"
        case .notText(let path, let kind):
            return "\(path): not text (\(kind)); skipped"
        case .nulBytes(let path, let line, let count):
            return "\(path):\(line): \(count) NUL byte\(count == 1 ? "" : "s") removed"
        case .articleTruncated(let origin, let id, let bytes, let limit):
            return "\(origin): article '\(id)' has \(bytes) bytes of text, more than the limit of \(limit) "
                + "(--max-article-bytes); only its first \(limit) bytes, to the last whole word, were read"
        case .entitiesCapped(let origin, let id, let sentences, let limit):
            return "\(origin): article '\(id)': \(sentences) sentence\(sentences == 1 ? "" : "s") "
                + "named more than \(limit) entities (--max-entities-per-sentence); only the first \(limit) "
                + "named in each were linked"
        case .unsupportedFormat(let path):
            return "Cannot read '\(path)': unsupported file type; expected .txt, .md, .jsonl, .ndjson, "
                + ".json, .csv, .tsv, .html or .htm, or an explicit input format"
        case .noArticles(let inputs):
            return "No articles found in \(inputs.map { "'\($0)'" }.joined(separator: ", "))"
        case .allSkipped(let inputs, let skipped, let first):
            return "No articles read from \(inputs.map { "'\($0)'" }.joined(separator: ", ")): "
                + "\(skipped) record\(skipped == 1 ? "" : "s") skipped; the first: \(first)"
        case .malformedLexicon(let name, let reason):
            return "Lexicon '\(name)' is malformed: \(reason)"
        case .malformedOffice(let name, let entry, let person, let problem):
            return "Lexicon '\(name)', office entry \(entry) (\(person)): \(problem)"
        case .temporaryFile(let folder, let reason):
            return "Cannot use a temporary file in '\(folder)': \(reason) (set TMPDIR to a writable folder with space)"
        case .duplicateArticle(let origin, let id):
            return "\(origin): article '\(id)' repeats an earlier article word for word; skipped"
        }
    }
}
