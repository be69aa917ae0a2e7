import Foundation
import RelGraphCore

/// Writes an ``EntityGraph`` as two CSV files, nodes and edges, with headers that
/// `neo4j-admin database import full` understands and that Spark, pandas and spreadsheets read
/// as ordinary headers.
///
/// ## Nodes (`<name>.nodes.csv`)
/// `id:ID,label,kind,:LABEL,iso3,affiliation,affiliation_source,aliases,mentions:int,articles:int[,community:int]`
/// then one `<measure>:double` column per ``NodeMeasures/Column`` and `color`. `:LABEL` is the
/// kind capitalised (`Person`, `Country`, `Issue`, `Organization`, `Entity`), so Neo4j gets one
/// label per kind.
///
/// ## Edges (`<name>.edges.csv`)
/// `:START_ID,:END_ID,:TYPE,weight:double,articles:int,sentences:int,tone,cooperation:int,`
/// `conflict:int,neutral:int,net_tone:double,color,evidence,first_date,last_date`, with
/// `:TYPE` = `CO_MENTIONED`. Each undirected relation appears once (source id < target id).
///
/// ## Quoting
/// RFC 4180: a field with a comma, quote, line break or leading/trailing space is quoted and its
/// quotes doubled; absent values are empty (Neo4j reads them as null). Lines end in `\n`. Import
/// with
/// ```
/// neo4j-admin database import full --nodes=g.nodes.csv --relationships=g.edges.csv \
///   --multiline-fields=true neo4j
/// ```
/// (`--multiline-fields` only matters if a name or sentence contains a line break).
public enum CSVEncoder {
    /// The relationship type written in `:TYPE`.
    public static let relationshipType = "CO_MENTIONED"

    /// Encodes `graph` as node and edge tables.
    /// - Parameters:
    ///   - graph: The graph to write.
    ///   - measures: Node scores and communities to add as node columns.
    /// - Returns: The two CSV texts, each with a header line and ending in a newline.
    /// - Precondition: every column of `measures` has one value per entity.
    /// - Complexity: O(*n* + *m*) for *n* entities and *m* relations.
    public static func encode(
        _ graph: EntityGraph, measures: NodeMeasures = .none
    )
        -> (nodes: String, edges: String)
    {
        (
            TextSink.collect { writeNodes(graph, measures: measures, to: $0) },
            TextSink.collect { writeEdges(graph, to: $0) }
        )
    }

    /// Writes the node table of ``encode(_:measures:)`` to `out`, one row at a time.
    /// - Complexity: O(*n*) time and O(1) space beyond the graph.
    public static func writeNodes(_ graph: EntityGraph, measures: NodeMeasures = .none, to out: TextSink) {
        let nodeKeys = InterchangeRecord.nodeKeys(measures)
        var header = ["id:ID"]
        for key in nodeKeys {
            header.append(suffixed(key))
            if key.name == "kind" { header.append(":LABEL") }
        }
        out += header.joined(separator: ",") + "\n"
        let kindColumn = nodeKeys.firstIndex { $0.name == "kind" }
        for (i, e) in graph.entities.enumerated() {
            out += field(e.id)
            for (k, value) in InterchangeRecord.nodeRow(i, of: graph, measures: measures).enumerated() {
                out += ","
                if let value { write(value, to: out) }
                if k == kindColumn {
                    out += ","
                    out += neo4jLabel(e.kind)
                }
            }
            out += "\n"
        }
    }

    /// Writes the edge table of ``encode(_:measures:)`` to `out`, one row at a time.
    /// - Complexity: O(*m*) time and O(1) space beyond the graph.
    public static func writeEdges(_ graph: EntityGraph, to out: TextSink) {
        out += ([":START_ID", ":END_ID", ":TYPE"] + InterchangeRecord.edgeKeys.map(suffixed)).joined(separator: ",") + "\n"
        let dates = InterchangeRecord.articleDates(graph)
        for r in graph.relations {
            out += field(r.source)
            out += ","
            out += field(r.target)
            out += ","
            out += relationshipType
            for value in InterchangeRecord.edgeRow(r, dates: dates) {
                out += ","
                if let value { write(value, to: out) }
            }
            out += "\n"
        }
    }

    /// One value as a field.
    private static func write(_ value: AttributeValue, to out: TextSink) {
        switch value {
        case .string(let s): out += field(s)
        case .int, .double: out.write(number: value)
        }
    }

    /// The Neo4j label of an entity kind.
    public static func neo4jLabel(_ kind: EntityKind) -> String {
        kind == .other ? "Entity" : kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    private static func suffixed(_ key: InterchangeRecord.Key) -> String {
        switch key.type {
        case .string: key.name
        case .int: key.name + ":int"
        case .double: key.name + ":double"
        }
    }

    /// `text` as an RFC 4180 field (``TextEscaping/csv(_:)``).
    static func field(_ text: String) -> String { TextEscaping.csv(text) }
}
