import RelGraphCore

/// One per-node measure of the key-actor table: its name, how people read it, how it is
/// computed and how its numbers are written.
///
/// Every measure the actor table, the exports, diagram sizing and the command line know is one
/// type conforming to this protocol, listed once in ``ActorMeasures/all``. Adding a measure is
/// one file with its type (and its tests) plus its line in that list; the tables, JSON, CSV,
/// `--measures` and `--by` pick it up from there.
///
/// Measures compute over a ``MeasureContext``, which holds the graph, the options and the
/// results of other measures, so that measures that share work (closeness and harmonic share
/// their shortest-path searches; brokerage reads betweenness and degree) compute it once.
public protocol ActorMeasure: Sendable {
    /// The stable identifier: command-line value, JSON key and CSV column (`pagerank`).
    var name: MeasureName { get }
    /// The name for people (`PageRank`, `Core number`), e.g. in a diagram's legend.
    var title: String { get }
    /// The heading of the measure's column in the text table, or `nil` if the text table does
    /// not show it.
    var heading: String? { get }
    /// One sentence that defines the measure and says how to read it, for `--help`.
    var definition: String { get }
    /// How the measure's values are written.
    var format: MeasureFormat { get }
    /// The measures this one is derived from. A derived measure is computed whenever all of its
    /// inputs are, and is not listed among the report's computed measures; empty for a measure
    /// computed from the graph itself.
    var inputs: [MeasureName] { get }
    /// The value of every node, in node order; NaN where the measure is undefined.
    /// - Throws: ``AnalysisError`` when an iterative method does not converge or an option is
    ///   out of range.
    func values(in context: MeasureContext) throws(AnalysisError) -> [Double]
}

extension ActorMeasure {
    /// No inputs: computed from the graph.
    public var inputs: [MeasureName] { [] }
}

/// How a measure's values are written in tables and CSV (JSON always writes integers as integers
/// and other values in their shortest round-trip form).
public enum MeasureFormat: Sendable, Hashable {
    /// A whole number (degree, core number).
    case integer
    /// A real number with `table` decimals in the text table and `csv` decimals in CSV.
    case decimal(table: Int, csv: Int)
}

/// The identifier of a registered ``ActorMeasure``: what `--measures` and `--by` accept.
///
/// Only names of measures in ``ActorMeasures/all`` can be created from text, so a value of this
/// type always designates a measure.
public struct MeasureName: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The name, e.g. `pagerank`.
    public let rawValue: String

    /// The measure called `rawValue` (case-insensitive), or `nil` if no registered measure is.
    public init?(rawValue: String) {
        let key = rawValue.lowercased()
        guard ActorMeasures.all.contains(where: { $0.name.rawValue == key }) else { return nil }
        self.rawValue = key
    }

    /// A name that the registry defines; used by the measure types themselves.
    init(registered name: String) { rawValue = name }

    /// Every registered measure's name, in ``ActorMeasures/all`` order.
    public static var allCases: [MeasureName] { ActorMeasures.all.map(\.name) }

    /// The measure this name designates.
    public var measure: any ActorMeasure { ActorMeasures.measure(self) }

    public var description: String { rawValue }

    /// Weighted PageRank (``PageRankMeasure``).
    public static let pagerank = MeasureName(registered: "pagerank")
    /// Normalised betweenness (``BetweennessMeasure``).
    public static let betweenness = MeasureName(registered: "betweenness")
    /// Number of neighbours (``DegreeMeasure``).
    public static let degree = MeasureName(registered: "degree")
    /// Sum of tie strengths (``StrengthMeasure``).
    public static let strength = MeasureName(registered: "strength")
    /// Wasserman–Faust closeness (``ClosenessMeasure``).
    public static let closeness = MeasureName(registered: "closeness")
    /// Harmonic centrality (``HarmonicMeasure``).
    public static let harmonic = MeasureName(registered: "harmonic")
    /// Eigenvector centrality (``EigenvectorMeasure``).
    public static let eigenvector = MeasureName(registered: "eigenvector")
    /// Core number (``CoreNumberMeasure``).
    public static let coreness = MeasureName(registered: "coreness")
    /// Local clustering coefficient (``ClusteringMeasure``).
    public static let clustering = MeasureName(registered: "clustering")
    /// Betweenness percentile minus degree percentile (``BrokerageMeasure``).
    public static let brokerage = MeasureName(registered: "brokerage")
}

/// The registry of actor measures.
public enum ActorMeasures {
    /// Every measure, in the order in which reports list them.
    public static let all: [any ActorMeasure] = [
        PageRankMeasure(), BetweennessMeasure(), DegreeMeasure(), StrengthMeasure(),
        ClosenessMeasure(), HarmonicMeasure(), EigenvectorMeasure(), CoreNumberMeasure(),
        ClusteringMeasure(), BrokerageMeasure(),
    ]

    /// The measures diagrams and interchange files always carry: they are cheap, and PageRank
    /// sizes the diagrams. ``KeyActors`` itself computes only what its options ask.
    public static let alwaysComputed: [MeasureName] = [.pagerank, .degree, .strength]

    /// The measure called `name`.
    static func measure(_ name: MeasureName) -> any ActorMeasure {
        // Every MeasureName comes from the registry, so the lookup cannot fail.
        all.first { $0.name == name } ?? all[0]
    }

    /// `name: definition` for every measure, one per line, for `--help`.
    public static var help: String {
        all.map { "\($0.name.rawValue): \($0.definition)" }.joined(separator: "\n")
    }
}
