import Foundation

/// Reads and writes graphs: RelGraph's native JSON format and plain weighted edge lists.
///
/// ## The native format (`*.relgraph.json`)
/// A UTF-8 JSON object `{"format": "relgraph", "version": 2, "articles": [...],
/// "entities": [...], "relations": [...]}` whose arrays hold ``ArticleInfo``, ``Entity`` and
/// ``Relation`` values with their property names as keys. Version 2 added a relation's `kind`,
/// an entity's `affiliationSource` and an evidence's `resolved` mentions; a version 1 file reads
/// as co-mentions only. Keys are sorted and arrays are in
/// the graph's canonical order, so the same graph always gives the same bytes. Readers accept
/// any version up to ``version``; a later version is refused with a clear error.
///
/// ## Edge lists (`.tsv`, `.csv`, `.txt`, `.edges`)
/// One edge per line: `source`, `target` and an optional `weight` (default 1), separated by a
/// tab, a comma or spaces; CSV fields may be double-quoted. An optional header line (whose
/// third field is not a number, or whose first two fields are `source` and `target`) is
/// skipped, as are blank lines and lines starting with `#`. Repeated pairs add their weights;
/// self-loops are skipped and reported. Nodes get kind ``EntityKind/other``.
public enum GraphFile {
    /// The newest format version this code writes and reads.
    public static let version = 2

    private struct Document: Codable {
        var format: String
        var version: Int
        var articles: [ArticleInfo]
        var entities: [Entity]
        var relations: [Relation]
    }

    /// The native JSON encoding of `graph` (written by ``GraphFileWriter``).
    public static func encode(_ graph: EntityGraph) -> Data {
        Data(text(graph).utf8)
    }

    /// ``encode(_:)`` as text, for callers that write strings (no round trip through `Data`).
    public static func text(_ graph: EntityGraph) -> String {
        TextSink.collect { GraphFileWriter.write(graph, to: $0) }
    }

    /// The same bytes as ``encode(_:)``, made by Foundation's `JSONEncoder` from the
    /// `Codable` values: the reference that ``GraphFileWriter`` is tested against.
    static func foundationEncode(_ graph: EntityGraph) -> Data {
        let doc = Document(
            format: "relgraph", version: version, articles: graph.articles,
            entities: graph.entities, relations: graph.relations)
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try! enc.encode(doc)
        data.append(0x0A)
        return data
    }

    /// Decodes the native JSON format; `path` is used in error messages only.
    /// - Complexity: O(*b*) for *b* bytes, in one pass (``GraphFileReader``).
    public static func decode(_ data: Data, path: String) throws(GraphError) -> EntityGraph {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(GraphError) in try GraphFileReader.read(raw.bindMemory(to: UInt8.self), path: path) }
        }
        return try result.get()
    }

    /// ``decode(_:path:)`` through Foundation's `JSONDecoder` and the `Codable` definitions:
    /// the reference that ``GraphFileReader`` is tested against.
    static func foundationDecode(_ data: Data, path: String) throws(GraphError) -> EntityGraph {
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .malformedGraphFile(path: path, reason: "not a JSON object")
        }
        guard header.format == "relgraph" else {
            throw .malformedGraphFile(path: path, reason: "missing \"format\": \"relgraph\"")
        }
        let v = header.version ?? 0
        guard v >= 1, v <= version else {
            throw .unsupportedVersion(path: path, version: v, supported: version)
        }
        let doc: Document
        do {
            doc = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw .malformedGraphFile(path: path, reason: describe(error))
        }
        return try EntityGraph(entities: doc.entities, relations: doc.relations, articles: doc.articles)
    }

    /// Writes `graph` in the native format, atomically.
    public static func write(_ graph: EntityGraph, to path: String) throws(GraphError) {
        try AtomicFile.stream(to: path) { GraphFileWriter.write(graph, to: $0) }
    }

    /// Reads a graph from `path`: the native format for `.json`, an edge list otherwise.
    /// - Parameter warnings: receives one message per skipped line (self-loops).
    public static func read(_ path: String, warnings: inout [String]) throws(GraphError) -> EntityGraph {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return try decode(data, path: path) }
        if [".tsv", ".csv", ".txt", ".edges", ".edgelist"].contains(where: lower.hasSuffix) {
            let text = String(decoding: data, as: UTF8.self)
            return try EdgeList.parse(text, path: path, warnings: &warnings)
        }
        throw .unknownGraphFormat(path: path)
    }

    /// Reads `path` like ``read(_:warnings:)`` but returns only the analysis view; edge lists
    /// go straight to it without an ``EntityGraph`` (same nodes, order, weights and errors).
    public static func readLabeled(_ path: String, warnings: inout [String]) throws(GraphError) -> LabeledGraph {
        let lower = path.lowercased()
        guard [".tsv", ".csv", ".txt", ".edges", ".edgelist"].contains(where: lower.hasSuffix) else {
            return LabeledGraph(try read(path, warnings: &warnings))
        }
        // Scanned in a scope of its own, so the text is freed before the graph is built.
        func scanFile() throws(GraphError) -> (names: [String], weights: [UInt64: Double]) {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
            }
            let result = data.withUnsafeBytes { raw in
                Result { () throws(GraphError) in
                    try EdgeList.scan(raw.bindMemory(to: UInt8.self), path: path, warnings: &warnings)
                }
            }
            return try result.get()
        }
        var scanned = try scanFile()
        return EdgeList.labeled(names: &scanned.names, weights: &scanned.weights)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let ctx):
            return "missing key '\(key.stringValue)' at \(pathString(ctx.codingPath))"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            return "wrong type at \(pathString(ctx.codingPath))"
        case DecodingError.dataCorrupted(let ctx):
            return "corrupted data at \(pathString(ctx.codingPath))"
        default:
            return "\(error)"
        }
    }

    private static func pathString(_ path: [CodingKey]) -> String {
        let s = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return s.isEmpty ? "the top level" : s
    }
}
