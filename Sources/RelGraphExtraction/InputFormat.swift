/// The layout of an article input, chosen from a file's extension, given explicitly, or (for
/// standard input) detected from its first byte.
///
/// | Format | Extensions | Layout |
/// |---|---|---|
/// | ``text`` | `.txt` `.md` `.markdown` `.text` | one article; headline, optional ISO date, body |
/// | ``jsonLines`` | `.jsonl` `.ndjson` | one JSON object per line |
/// | ``json`` | `.json` | an array of objects (or one object, or objects one after another) |
/// | ``csv`` | `.csv` | a header row, then one row per article (`,`, or `;` / tab when the header uses it) |
/// | ``tsv`` | `.tsv` `.tab` | as CSV, separated by tabs |
/// | ``html`` | `.html` `.htm` `.xhtml` | one web page; its visible text |
public enum InputFormat: String, Sendable, CaseIterable, Equatable {
    /// Plain text or Markdown: one article per file.
    case text
    /// JSON Lines (`.jsonl`, `.ndjson`): one article object per line.
    case jsonLines = "jsonl"
    /// A JSON document (`.json`): an array of article objects.
    case json
    /// Comma-separated values with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// An HTML page: one article.
    case html

    /// The format a path's extension names (case-insensitively), or `nil`.
    /// - Complexity: O(*p*), where *p* is the length of the path.
    public init?(pathExtensionOf path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "md", "markdown", "text": self = .text
        case "jsonl", "ndjson": self = .jsonLines
        case "json": self = .json
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// The format of unnamed input (standard input), from its first byte that is not white
    /// space or a byte-order mark: `{` is JSON Lines, `[` a JSON array, `<` HTML, anything else
    /// (including nothing) plain text.
    /// - Complexity: O(*w*), where *w* is the number of leading white-space bytes.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
            i += 1
        }
        guard i < bytes.count else { return .text }
        switch bytes[i] {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }
}
