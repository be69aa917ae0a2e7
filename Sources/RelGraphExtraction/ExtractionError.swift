/// Errors and warnings of reading and extracting articles. All wording lives in ``description``.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An input path does not exist.
    case missingInput(path: String)
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A record (a JSON line, a CSV row) is malformed and was skipped.
    case malformedRecord(path: String, line: Int, reason: String)
    /// A file contained bytes that are not UTF-8; they were replaced with U+FFFD.
    case invalidUTF8(path: String, line: Int)
    /// A file's extension names no article format that RelGraph reads.
    case unsupportedFormat(path: String)
    /// No articles were found in the inputs.
    case noArticles(inputs: [String])
    /// A bundled or user lexicon is malformed.
    case malformedLexicon(name: String, reason: String)

    /// A message in the shape `file:line: problem`, capitalised where it starts a sentence.
    public var description: String {
        switch self {
        case .missingInput(let path):
            return "Input '\(path)' does not exist"
        case .unreadableFile(let path, let reason):
            return "Cannot read '\(path)': \(reason)"
        case .malformedRecord(let path, let line, let reason):
            return "\(path):\(line): \(reason); record skipped"
        case .invalidUTF8(let path, let line):
            return "\(path):\(line): invalid UTF-8 bytes replaced with U+FFFD"
        case .unsupportedFormat(let path):
            return "Cannot read '\(path)': unsupported file type; expected .txt, .md, .jsonl, .ndjson or .json"
        case .noArticles(let inputs):
            return "No articles found in \(inputs.map { "'\($0)'" }.joined(separator: ", "))"
        case .malformedLexicon(let name, let reason):
            return "Lexicon '\(name)' is malformed: \(reason)"
        }
    }
}
