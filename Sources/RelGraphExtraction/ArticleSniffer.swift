import Foundation

/// Tells whether a file that failed to load as a graph holds news articles instead, so that a
/// command given articles where it expects a graph can say so.
public enum ArticleSniffer {
    /// How much of a file is looked at: the first 64 KiB.
    static let prefixLength = 1 << 16

    /// Whether the file at `path` looks like articles rather than a graph: JSON or JSON Lines
    /// records with a text field (`text`, `content`, `article`, `body`, `story`), an HTML page,
    /// or prose — most of its first 20 non-empty lines hold 8 or more words and no tab.
    /// - Complexity: O(1): reads at most ``prefixLength`` bytes.
    public static func looksLikeArticles(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: prefixLength), !data.isEmpty else { return false }
        let text = String(decoding: data, as: UTF8.self)
        let head = text.prefix(512).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<article") { return true }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.first == "{" || trimmed.first == "[" {
            if text.contains("\"format\": \"relgraph\"") || text.contains("\"format\":\"relgraph\"") { return false }
            return FieldNames().text.contains { text.contains("\"\($0)\"") }
        }
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.prefix(20)
        guard !lines.isEmpty else { return false }
        let prose = lines.filter { !$0.contains("\t") && $0.split(separator: " ").count >= 8 }
        return prose.count * 2 > lines.count
    }
}
