import Foundation
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphExtraction
import RelGraphRendering

/// The stages behind `relgraph actors`, `communities`, `export`, `render` and `report`, each
/// composed from the library modules: the command-line tool only parses its arguments and
/// calls these.
extension Pipeline {
    /// An output format of the key-actor table.
    public enum ActorFormat: String, Sendable, CaseIterable { case table, csv, json }

    /// An output format of the communities.
    public enum CommunityFormat: String, Sendable, CaseIterable { case text, json }

    /// A graph file format `export` writes.
    public enum ExportFormat: String, Sendable, CaseIterable { case dot, graphml, gexf, json, csv }

    /// Which rows of the key-actor table to show.
    public struct ActorSelection: Sendable {
        /// Only entities of this kind, or all.
        public var kind: EntityKind?
        /// Only entities of this community, or all.
        public var community: Int?
        /// Only brokers.
        public var brokersOnly: Bool
        /// At most this many rows, or all.
        public var limit: Int?

        /// Creates a selection; the defaults show every row.
        public init(kind: EntityKind? = nil, community: Int? = nil, brokersOnly: Bool = false, limit: Int? = nil) {
            self.kind = kind
            self.community = community
            self.brokersOnly = brokersOnly
            self.limit = limit
        }
    }

    /// Reads a graph argument (`*.relgraph.json` or an edge list) for analysis only (entities
    /// and adjacency of the `relations` kinds; an edge list holds co-mentions), appending
    /// skipped lines to `warnings`.
    /// - Throws: ``PipelineError/graph(_:)`` or ``PipelineError/articlesGivenAsGraph(path:)``.
    public static func loadLabeledGraph(
        _ path: String, relations: Set<RelationKind> = RelationKind.rankingDefault, warnings: inout [String]
    ) throws(PipelineError) -> LabeledGraph {
        try refuseArticles(path)
        if path.lowercased().hasSuffix(".json") || !relations.contains(.coMention) {
            return LabeledGraph(try loadGraph(path, relations: relations, warnings: &warnings))
        }
        do { return try GraphFile.readLabeled(path, warnings: &warnings) } catch { throw .graph(error) }
    }

    /// Reads a graph argument with its relations' attributes, keeping the relations of the
    /// `relations` kinds, one per pair (``RelGraphCore/EntityGraph/restricted(to:)``), and
    /// appending skipped lines to `warnings`.
    /// - Throws: ``PipelineError/graph(_:)`` or ``PipelineError/articlesGivenAsGraph(path:)``.
    public static func loadGraph(
        _ path: String, relations: Set<RelationKind> = RelationKind.rankingDefault, warnings: inout [String]
    ) throws(PipelineError) -> EntityGraph {
        try refuseArticles(path)
        do { return try GraphFile.read(path, warnings: &warnings).restricted(to: relations) } catch { throw .graph(error) }
    }

    /// Throws ``PipelineError/articlesGivenAsGraph(path:)`` when `path` holds articles (see
    /// ``RelGraphExtraction/ArticleSniffer``) rather than a graph.
    static func refuseArticles(_ path: String) throws(PipelineError) {
        if !path.lowercased().hasSuffix(".relgraph.json"), ArticleSniffer.looksLikeArticles(path: path) {
            throw .articlesGivenAsGraph(path: path)
        }
    }

    /// The nodes `names` designate (see ``RelGraphCore/EntityLookup``), for personalised
    /// PageRank.
    /// - Throws: ``PipelineError/name(option:_:)`` for a name that matches no entity or several.
    public static func nodes(named names: [String], in graph: LabeledGraph, option: String) throws(PipelineError) -> [Int] {
        var nodes: [Int] = []
        for name in names {
            do throws(NameLookupError) { nodes.append(try EntityLookup.resolve(name, in: graph.entities)) } catch {
                throw .name(option: option, error)
            }
        }
        return nodes
    }

    /// Computes the key actors of `graph` and writes the selected rows in `format` to `emit`.
    /// A measure other than the ranking one that does not converge is left out of the table,
    /// with a warning passed to `warn`.
    /// - Throws: ``PipelineError/analysis(_:)`` for an option out of range or a ranking measure
    ///   that does not converge.
    public static func actors(
        of graph: LabeledGraph, options: KeyActors.Options, selection: ActorSelection = .init(),
        format: ActorFormat, warn: (String) -> Void = { _ in }, to emit: (String) -> Void
    ) throws(PipelineError) {
        let actors: KeyActors
        do { actors = try KeyActors(graph: graph, options: options) } catch { throw .analysis(error) }
        for w in leftOutMeasures(of: actors) { warn(w) }
        var rows = actors.selecting(kind: selection.kind, community: selection.community, brokersOnly: selection.brokersOnly)
        if let limit = selection.limit { rows = Array(rows.prefix(limit)) }
        switch format {
        case .table: emit(ActorTableEncoder.table(actors, rows: rows))
        case .csv: emit(ActorTableEncoder.csv(actors, rows: rows))
        case .json: ActorTableEncoder.writeJSON(actors, rows: rows, to: emit)
        }
    }

    /// Finds the communities of `graph` and writes them in `format` to `emit`; members are
    /// listed by PageRank. `restarts` runs the algorithm from that many seeds and keeps the
    /// highest modularity (`nil`: the algorithm's default).
    /// - Throws: ``PipelineError/analysis(_:)`` for an option out of range.
    public static func communities(
        of graph: LabeledGraph, algorithm: CommunityAlgorithm, resolution: Double, seed: UInt64,
        restarts: Int? = nil, threads: Int?, format: CommunityFormat, to emit: (String) -> Void
    ) throws(PipelineError) {
        let options = KeyActors.Options(
            measures: [], algorithm: algorithm, resolution: resolution, seed: seed, threads: threads,
            restarts: restarts)
        let actors: KeyActors
        do { actors = try KeyActors(graph: graph, options: options) } catch { throw .analysis(error) }
        let summary = CommunitySummary(graph: graph, actors: actors)
        switch format {
        case .text: emit(CommunityEncoder.text(summary, actors: actors))
        case .json: CommunityEncoder.writeJSON(summary, actors: actors, to: emit)
        }
    }

    /// Analyses `graph` (degree, strength, PageRank and the measure of `filter`, with
    /// communities unless `communities` is `false`; nothing when `actors` are given) and applies
    /// `filter`.
    /// - Throws: ``PipelineError/analysis(_:)`` or ``PipelineError/filter(_:)``.
    public static func diagram(
        of graph: EntityGraph, filter: DiagramFilter, actors given: KeyActors? = nil, communities: Bool = true
    ) throws(PipelineError) -> DiagramFilter.Diagram {
        let actors: KeyActors
        if let given { actors = given } else { actors = try diagramAnalysis(of: graph, filter: filter, communities: communities) }
        do { return try filter.diagram(of: graph, actors: actors) } catch { throw .filter(error) }
    }

    /// What a diagram of `graph` under `filter` needs: degree, strength, PageRank and the
    /// filter's measure, with communities unless `communities` is `false`.
    /// - Throws: ``PipelineError/analysis(_:)``.
    private static func diagramAnalysis(
        of graph: EntityGraph, filter: DiagramFilter, communities: Bool = true
    ) throws(PipelineError) -> KeyActors {
        do {
            return try KeyActors(
                graph: LabeledGraph(graph),
                options: .init(
                    rankBy: filter.measure, measures: Set(ActorMeasures.alwaysComputed).union([filter.measure]),
                    communities: communities))
        } catch { throw .analysis(error) }
    }

    /// A diagram people can read: `filter`, made readable (``DiagramFilter/readable(nodeCount:)``)
    /// unless `all` is set; when that hides entities, a note saying what and how to see
    /// everything is appended to `notes`. `actors`, when given, are the analysis to use.
    ///
    /// The weight threshold that `readable` adds (2) is dropped again when it would leave no
    /// relation to draw, as in a graph whose ties all weigh 1 (an unweighted edge list, a small
    /// corpus): the diagram then shows the top entities with all their ties. The analysis is
    /// made once for both attempts (the threshold does not change the measure).
    /// - Throws: as ``diagram(of:filter:actors:)``.
    public static func readableDiagram(
        of graph: EntityGraph, filter: DiagramFilter, all: Bool, actors given: KeyActors? = nil, notes: inout [String]
    ) throws(PipelineError) -> (diagram: DiagramFilter.Diagram, filter: DiagramFilter) {
        guard !all, var readable = filter.readable(nodeCount: graph.entities.count) else {
            return (try diagram(of: graph, filter: filter, actors: given), filter)
        }
        let actors: KeyActors
        if let given { actors = given } else { actors = try diagramAnalysis(of: graph, filter: readable) }
        var shown = try diagram(of: graph, filter: readable, actors: actors, orNilIfEmpty: readable.minWeight > filter.minWeight)
        if readable.minWeight > filter.minWeight, shown?.graph.relations.isEmpty ?? true, !graph.relations.isEmpty {
            readable.minWeight = filter.minWeight
            shown = nil
        }
        let drawn: DiagramFilter.Diagram
        if let shown { drawn = shown } else { drawn = try diagram(of: graph, filter: readable, actors: actors) }
        if drawn.graph.entities.count < graph.entities.count {
            notes.append(
                "Drawing \(drawn.graph.entities.count) of \(graph.entities.count) entities and "
                    + "\(drawn.graph.relations.count) of \(graph.relations.count) relations (\(readable.summary)); "
                    + "--all draws everything, --top N chooses how many")
        }
        return (drawn, readable)
    }

    /// ``diagram(of:filter:actors:communities:)`` with `actors`, or `nil` instead of
    /// ``DiagramFilterError/emptyDiagram(filters:)`` when `orNilIfEmpty` is set.
    private static func diagram(
        of graph: EntityGraph, filter: DiagramFilter, actors: KeyActors, orNilIfEmpty: Bool
    ) throws(PipelineError) -> DiagramFilter.Diagram? {
        do {
            return try filter.diagram(of: graph, actors: actors)
        } catch .emptyDiagram(_) where orNilIfEmpty {
            return nil
        } catch {
            throw .filter(error)
        }
    }

    /// Writes the files of `export` to `output` (`nil` or `-`: standard output): one file, or
    /// for CSV `BASE.nodes.csv` and `BASE.edges.csv` (which needs `output`). Each file is
    /// streamed through a temporary file renamed into place, so a failure leaves no partial
    /// output.
    /// - Throws: ``PipelineError/analysis(_:)``, ``PipelineError/filter(_:)``,
    ///   ``PipelineError/graph(_:)`` for a file that cannot be written, or
    ///   ``PipelineError/invalidArgument(message:)`` for CSV without an output name.
    ///
    /// The DOT diagram is made readable as ``readableDiagram(of:filter:all:notes:)`` says;
    /// the interchange formats keep every entity the filter keeps (all of them by default) and
    /// carry each entity's community (and its colour) unless `communities` is `false`, which
    /// skips community detection, the slowest part of exporting a large graph.
    public static func export(
        _ graph: EntityGraph, format: ExportFormat, filter: DiagramFilter, all: Bool = false, layout: LayoutEngine?,
        dotOptions: DOTOptions, output: String?, communities: Bool = true, notes: inout [String]
    ) throws(PipelineError) {
        let target = output == "-" ? nil : output
        if format == .csv, target == nil {
            throw .invalidArgument(
                message: "Format 'csv' writes two files; name them with --output BASE (writes BASE.nodes.csv and BASE.edges.csv)")
        }
        func interchange() throws(PipelineError) -> (EntityGraph, NodeMeasures) {
            let shown = try diagram(of: graph, filter: filter, communities: communities)
            return (shown.graph, shown.nodeMeasures(sizeBy: filter.measure))
        }
        switch format {
        case .dot:
            let (shown, used) = try readableDiagram(of: graph, filter: filter, all: all, notes: &notes)
            try emit(shown.dot(layout: shown.layout(layout), measure: used.measure, options: dotOptions), to: target)
        case .graphml:
            let (g, measures) = try interchange()
            try stream(to: target) { GraphMLEncoder.write(g, measures: measures, to: $0) }
        case .gexf:
            let (g, measures) = try interchange()
            try stream(to: target) { GEXFEncoder.write(g, measures: measures, to: $0) }
        case .json:
            let (g, measures) = try interchange()
            try stream(to: target) { NodeLinkEncoder.write(g, measures: measures, to: $0) }
        case .csv:
            var base = target ?? ""
            if base.lowercased().hasSuffix(".csv") { base.removeLast(4) }
            let (g, measures) = try interchange()
            try stream(to: base + ".nodes.csv") { CSVEncoder.writeNodes(g, measures: measures, to: $0) }
            try stream(to: base + ".edges.csv") { CSVEncoder.writeEdges(g, to: $0) }
        }
    }

    /// Streams what `body` writes to `path` atomically (``RelGraphCore/AtomicFile/Writer``), or
    /// to standard output when `path` is `nil`.
    /// - Throws: ``PipelineError/graph(_:)`` when the file cannot be written.
    static func stream(to path: String?, _ body: (TextSink) -> Void) throws(PipelineError) {
        do { try AtomicFile.stream(to: path, body) } catch { throw .graph(error) }
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is `nil`.
    /// - Throws: ``PipelineError/graph(_:)`` when the file cannot be written.
    public static func emit(_ text: String, to path: String?) throws(PipelineError) {
        try stream(to: path) { $0 += text }
    }

    /// Renders `input` to `output` (`-`: standard output) in-process with Graphviz. A DOT file
    /// (`.dot`, `.gv`) is drawn as it is, with the layout it names, `layout`, or one chosen by
    /// size; a graph file is filtered and styled first.
    /// - Throws: ``PipelineError/graph(_:)`` for an unreadable input,
    ///   ``PipelineError/rendering(_:)`` for a DOT syntax error or a refused layout, and the
    ///   errors of ``diagram(of:filter:)``.
    /// - Parameter graph: a graph already loaded (a store's slice), drawn instead of `input`.
    public static func render(
        _ input: String, graph given: EntityGraph? = nil, to output: String, format: OutputFormat, filter: DiagramFilter,
        all: Bool = false, relations: Set<RelationKind> = RelationKind.rankingDefault, layout: LayoutEngine?,
        dotOptions: DOTOptions, force: Bool, warnings: inout [String], notes: inout [String]
    ) throws(PipelineError) {
        let dot: String
        let engine: LayoutEngine
        let lower = input.lowercased()
        if given == nil, lower.hasSuffix(".dot") || lower.hasSuffix(".gv") {
            guard let text = try? String(contentsOfFile: input, encoding: .utf8) else {
                throw .graph(.unreadableFile(path: input, reason: "not a readable UTF-8 file"))
            }
            dot = text
            let parsed: ParsedGraph
            do { parsed = try Graphviz.parse(dot: text) } catch { throw .rendering(error) }
            let named = parsed.graphAttributes["layout"].flatMap(LayoutEngine.init(rawValue:))
            engine = layout ?? named ?? LayoutEngine.automatic(nodeCount: parsed.nodeCount)
        } else {
            let graph: EntityGraph
            if let given { graph = given } else { graph = try loadGraph(input, relations: relations, warnings: &warnings) }
            let (shown, used) = try readableDiagram(of: graph, filter: filter, all: all, notes: &notes)
            engine = shown.layout(layout)
            dot = shown.dot(layout: engine, measure: used.measure, options: dotOptions)
        }
        do {
            if output == "-" {
                let data = try Graphviz.render(dot: dot, layout: engine, format: format, force: force)
                FileHandle.standardOutput.write(data)
            } else {
                // Written through AtomicFile, whose temporary file an interrupt removes.
                try AtomicFile.write(Graphviz.render(dot: dot, layout: engine, format: format, force: force), to: output)
            }
        } catch let e as RenderError {
            throw .rendering(e)
        } catch let e as GraphError {
            throw .graph(e)
        } catch {
            throw .invalidArgument(message: "\(error)")
        }
    }

    /// The self-contained HTML report of `graph`: analyses it, filters the diagram with
    /// `filter`, renders it as SVG in-process and writes the page (see
    /// ``RelGraphExport/HTMLReportEncoder``).
    /// - Throws: ``PipelineError/analysis(_:)``, ``PipelineError/filter(_:)`` or
    ///   ``PipelineError/rendering(_:)``.
    public static func report(
        _ graph: EntityGraph, title: String, filter requested: DiagramFilter = .init(), all: Bool = false,
        layout: LayoutEngine? = nil, options: DOTOptions = .init(), force: Bool = false, notes: inout [String]
    ) throws(PipelineError) -> String {
        let actors: KeyActors
        do { actors = try KeyActors(graph: LabeledGraph(graph)) } catch { throw .analysis(error) }
        notes += leftOutMeasures(of: actors)
        let (diagram, filter) = try readableDiagram(
            of: graph, filter: requested, all: all, actors: actors, notes: &notes)
        let engine = diagram.layout(layout)
        let dot = diagram.dot(layout: engine, measure: filter.measure, options: options)
        let svg: String
        do {
            svg = String(
                decoding: try Graphviz.render(dot: dot, layout: engine, format: .svg, force: force),
                as: UTF8.self)
        } catch { throw .rendering(error) }
        return HTMLReportEncoder.html(
            title: title, graph: graph, actors: actors, diagram: diagram.graph, svg: svg,
            filterSummary: filter.isIdentity ? nil : filter.summary)
    }
}

extension DiagramFilter {
    /// The filter in command-line words ("top 60 by pagerank, min weight 2"), for captions.
    public var summary: String {
        var parts: [String] = []
        if let top { parts.append("top \(top) by \(measure.rawValue)") }
        if minWeight != 1 { parts.append("min weight \(NumberText.compact(minWeight))") }
        if let kinds { parts.append("kinds " + kinds.map(\.rawValue).sorted().joined(separator: ",")) }
        if !focus.isEmpty { parts.append("focus " + focus.joined(separator: ", ") + " depth \(depth)") }
        if largestComponent { parts.append("largest component") }
        if from != nil || to != nil {
            parts.append("dates \(from?.description ?? "…") to \(to?.description ?? "…")")
        }
        if let backbone { parts.append("backbone α=\(backbone)") }
        return parts.joined(separator: ", ")
    }
}

extension Pipeline {
    /// Writes `graph` as a `*.relgraph.json` file, atomically.
    /// - Throws: ``PipelineError/graph(_:)`` when the file cannot be written.
    public static func write(_ graph: EntityGraph, to path: String) throws(PipelineError) {
        do { try GraphFile.write(graph, to: path) } catch { throw .graph(error) }
    }

    /// The first `limit` rows of the key-actor text table of `actors`.
    public static func actorTable(_ actors: KeyActors, limit: Int) -> String {
        ActorTableEncoder.table(actors, rows: Array(actors.ranking.prefix(limit)))
    }
}
