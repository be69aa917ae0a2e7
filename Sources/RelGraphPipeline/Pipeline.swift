import Foundation
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphExtraction
import RelGraphRendering

/// The whole job: articles → graph → key actors and communities → DOT → rendered diagrams.
public enum Pipeline {
    /// What ``run(inputs:outputFolder:name:formats:layout:options:lexicon:strict:)`` did.
    public struct Summary: Sendable {
        /// Articles extracted.
        public var articles: Int
        /// Records skipped as malformed.
        public var skipped: Int
        /// Problems met while reading (`file:line: reason`).
        public var problems: [String]
        /// The graph built, restricted to the relations analysed (co-mentions by default).
        public var graph: EntityGraph
        /// Its key actors.
        public var actors: KeyActors
        /// Files written, in order.
        public var files: [String]
    }

    /// The text files of one run, before anything is written: `(suffix, contents)` pairs for
    /// `.relgraph.json`, `.actors.csv`, `.communities.json` and `.dot`, plus the DOT text and
    /// the layout it should be rendered with.
    public struct Artifacts: Sendable {
        /// `(file suffix, contents)` in writing order, encoded when read (so that a run can
        /// render the diagram on another thread meanwhile).
        /// - Complexity: O(size of the files).
        public var files: [(suffix: String, text: String)] {
            [
                (".relgraph.json", graphFileText),
                (".actors.csv", ActorTableEncoder.csv(actors, rows: actors.ranking)),
                (".communities.json", CommunityEncoder.json(communities, actors: actors)), (".dot", dot),
            ]
        }
        /// The graph file's text: every relation kind, evidence unless it was dropped.
        var graphFileText: String
        /// The communities of ``actors``.
        var communities: CommunitySummary
        /// The DOT text (also among ``files``).
        public var dot: String
        /// The layout engine for rendering.
        public var layout: LayoutEngine
        /// The graph analysed and drawn: the relations of the chosen kinds, one per pair.
        public var graph: EntityGraph
        /// Its key actors.
        public var actors: KeyActors
        /// What the diagram shows.
        public var diagram: DiagramFilter.Diagram
        /// The diagram's caption.
        public var title: String
        /// The filter that chose the diagram.
        public var filter: DiagramFilter
    }

    /// Starts compiling the bundled lexicon on another thread, for a command that will extract
    /// articles without a user lexicon: the command's set-up (parsing its arguments, reading its
    /// input) then overlaps the compilation, which is otherwise the first 50 ms of every run.
    public static func prepareExtraction() {
        Extractor.prepareBundledLexicon()
    }

    /// One warning per measure that ``KeyActors`` left out because it did not converge, saying
    /// what the table and files lack and why.
    public static func leftOutMeasures(of actors: KeyActors) -> [String] {
        actors.notConverged.map { "\($0.measure.measure.title) is left out: \($0.error.description)" }
    }

    /// Computes every text output of a run named `name` from extracted articles.
    /// - Throws: ``PipelineError/analysis(_:)`` if PageRank does not converge.
    /// - Parameter filter: what the diagram shows (default ``DiagramFilter/readable(nodeCount:)``,
    ///   without its weight threshold when that would leave no relation; see
    ///   ``readableDiagram(of:filter:all:actors:notes:)``).
    /// - Parameter evidence: keep supporting sentences in the graph file and tooltips; `false`
    ///   writes none of the articles' text (for sharing graphs of text you may not republish).
    /// - Parameter drawn: called with the DOT text and its layout as soon as they are made, from
    ///   communities and the measures the diagram needs (PageRank, degree, strength and the
    ///   filter's measure), before the other measures of the table (betweenness, closeness, …)
    ///   are computed, so that a caller can render meanwhile.
    public static func artifacts(
        of input: ArticleInput, name: String, layout: LayoutEngine? = nil, filter: DiagramFilter? = nil,
        evidence: Bool = true, relations: Set<RelationKind> = RelationKind.rankingDefault,
        drawn: (_ dot: String, _ layout: LayoutEngine) -> Void = { _, _ in }
    ) throws(PipelineError) -> Artifacts {
        var full = input.graph
        if !evidence { full = full.withoutEvidence() }
        // The graph file is encoded on another thread while this one analyses and draws.
        let fullGraph = full
        let graphFile = BackgroundWork { GraphFile.text(fullGraph) }
        // Analyses and the diagram read the co-mention ties; the graph file keeps every kind.
        let graph = full.restricted(to: relations)
        let labeled = LabeledGraph(graph)
        // The diagram first, from the measures it needs; the table's other measures after.
        let drawing: KeyActors
        let needed = Set(ActorMeasures.alwaysComputed).union([(filter ?? DiagramFilter()).measure])
        do { drawing = try KeyActors(graph: labeled, options: .init(measures: needed)) } catch {
            throw .analysis(error)
        }
        let communities = CommunitySummary(graph: labeled, actors: drawing)
        let chosen: DiagramFilter
        let shown: DiagramFilter.Diagram
        if let filter {
            chosen = filter
            do { shown = try chosen.diagram(of: graph, actors: drawing) } catch { throw .filter(error) }
        } else {
            var unused: [String] = []
            (shown, chosen) = try readableDiagram(
                of: graph, filter: DiagramFilter(), all: false, actors: drawing, notes: &unused)
        }
        let engine = shown.layout(layout)
        let n = input.extractions.count
        var title = "\(name): \(n) article\(n == 1 ? "" : "s"), \(graph.entities.count) entities"
        if shown.graph.entities.count < graph.entities.count {
            title += " (\(shown.graph.entities.count) shown)"
        }
        let dot = shown.dot(
            layout: engine, measure: chosen.measure,
            options: DOTOptions(title: title, evidenceInTooltips: evidence))
        drawn(dot, engine)
        let actors: KeyActors
        do { actors = try drawing.adding(Set(MeasureName.allCases), of: labeled) } catch { throw .analysis(error) }
        return Artifacts(
            graphFileText: graphFile.result(), communities: communities, dot: dot, layout: engine, graph: graph, actors: actors,
            diagram: shown, title: title, filter: chosen)
    }

    /// Runs the whole pipeline and writes into `outputFolder`: `<name>.relgraph.json` (the
    /// graph), `<name>.actors.csv` (key actors), `<name>.communities.json`, `<name>.dot`, one
    /// rendering per format (`<name>.svg`, …) and, with `report`, the self-contained HTML report
    /// `<name>.html`. Every file is written atomically.
    public static func run(
        inputs: [String], outputFolder: String, name: String, formats: [OutputFormat] = [.svg],
        layout: LayoutEngine? = nil, filter: DiagramFilter? = nil, evidence: Bool = true,
        options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil, report: Bool = false,
        relations: Set<RelationKind> = RelationKind.rankingDefault
    ) throws(PipelineError) -> Summary {
        // Graphviz's and the fonts' one-time set-up runs beside the single-threaded lexicon
        // compilation at the start of the read.
        let prepared = formats.isEmpty && !report ? nil : BackgroundWork { Graphviz.prepare(fontName: DOTStyle.fontName) }
        let input = try ArticleInput.read(
            inputs, options: options, lexicon: lexicon, strict: strict, fields: fields, format: format)
        prepared?.result()
        // The diagram is rendered on another thread as soon as its DOT text is made, while this
        // one computes the table's other measures and encodes and writes the text files.
        var rendering: BackgroundWork<Result<[Data], RenderError>>?
        let out = try artifacts(
            of: input, name: name, layout: layout, filter: filter, evidence: evidence, relations: relations
        ) { dot, layout in
            rendering = BackgroundWork { () -> Result<[Data], RenderError> in
                var rendered: [Data] = []
                for format in formats {
                    do throws(RenderError) {
                        let data = try Graphviz.render(dot: dot, layout: layout, format: format)
                        rendered.append(data)
                    } catch {
                        return .failure(error)
                    }
                }
                return .success(rendered)
            }
        }
        let base = (outputFolder as NSString).appendingPathComponent(name)
        var files: [String] = []
        var failure: PipelineError?
        for (suffix, text) in out.files where failure == nil {
            do { try AtomicFile.write(text, to: base + suffix) } catch { failure = .graph(error) }
            files.append(base + suffix)
        }
        let rendered = rendering?.result() ?? .success([])
        if let failure { throw failure }
        var svg: Data?
        switch rendered {
        case .failure(let error): throw .rendering(error)
        case .success(let data):
            for (format, data) in zip(formats, data) {
                let path = base + "." + format.pathExtension
                if format == .svg { svg = data }
                do throws(GraphError) { try AtomicFile.write(data, to: path) } catch { throw .graph(error) }
                files.append(path)
            }
        }
        if report {
            let svgText: String
            if let svg {
                svgText = String(decoding: svg, as: UTF8.self)
            } else {
                do {
                    svgText = String(decoding: try Graphviz.render(dot: out.dot, layout: out.layout, format: .svg), as: UTF8.self)
                } catch { throw .rendering(error) }
            }
            let html = HTMLReportEncoder.html(
                title: out.title, graph: out.graph, actors: out.actors, diagram: out.diagram.graph, svg: svgText,
                filterSummary: out.filter.isIdentity ? nil : out.filter.summary)
            do { try AtomicFile.write(html, to: base + ".html") } catch { throw .graph(error) }
            files.append(base + ".html")
        }
        return Summary(
            articles: input.extractions.count, skipped: input.skipped,
            problems: input.problems + leftOutMeasures(of: out.actors),
            graph: out.graph, actors: out.actors, files: files)
    }
}
