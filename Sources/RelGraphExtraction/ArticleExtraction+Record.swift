import Foundation
import RelGraphCore

/// The per-article record of the map stage (`relgraph extract --format edges-jsonl`): one JSON
/// object per line holding everything ``ExtractionMerger`` needs to merge articles later, so
/// that `relgraph merge` over the records of any split of a corpus builds exactly the graph of
/// one `relgraph build` over all of it.
///
/// ## Format
/// `{"article": {"id", "title"?, "date"?}, "entities": [Entity], "format": "relgraph-article",
/// "relations": [Relation], "version": 1}`, where ``RelGraphCore/Entity`` and
/// ``RelGraphCore/Relation`` have the keys of the graph file (``RelGraphCore/GraphFile``), and the
/// entities and relations are those of the article alone (before merging across articles).
/// Keys are sorted and there is no white space, so the same article always gives the same line.
extension ArticleExtraction {
    /// The record format's version.
    public static let recordVersion = 1

    private struct Record: Codable {
        var format: String
        var version: Int
        var article: ArticleInfo
        var entities: [Entity]
        var relations: [Relation]
    }

    /// This extraction as one record line, without the line feed.
    public func recordLine() -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let record = Record(
            format: "relgraph-article", version: Self.recordVersion, article: article, entities: entities,
            relations: relations)
        // Cannot fail: every value is a string, a number or a container of them.
        return String(decoding: try! enc.encode(record), as: UTF8.self)
    }

    /// Reads one record line; `path` and `line` place errors.
    /// - Throws: ``ExtractionError/malformedRecord(path:line:reason:)`` for a line that is not
    ///   a record of a known version.
    public init(recordLine bytes: some Collection<UInt8>, path: String, line: Int) throws(ExtractionError) {
        let data = Data(bytes)
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: data)
        } catch {
            throw .malformedRecord(path: path, line: line, reason: .notARecord(detail: Self.describe(error)))
        }
        guard record.format == "relgraph-article", (1...Self.recordVersion).contains(record.version) else {
            throw .malformedRecord(
                path: path, line: line,
                reason: .notARecord(detail: "format '\(record.format)' version \(record.version)"))
        }
        self.init(article: record.article, entities: record.entities, relations: record.relations)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "wrong type at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))"
        default: return "not valid JSON"
        }
    }
}
