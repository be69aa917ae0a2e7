import Foundation
import Testing

@testable import RelGraphRendering

let triangle = """
    graph "t" {
      node [shape=box, style=filled, fillcolor="#E69F00"];
      a [label="Alpha"]; b [label="Beta"]; c [label="Gamma"];
      a -- b [penwidth=2]; b -- c; c -- a [color="#D55E00"];
    }
    """

func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

/// Checks the first bytes of a rendered file.
func hasMagic(_ data: Data, _ format: OutputFormat) -> Bool {
    switch format {
    case .svg:
        let s = text(data.prefix(512))
        return s.hasPrefix("<?xml") || s.contains("<svg")
    case .png: return Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47]
    case .pdf: return text(data.prefix(4)) == "%PDF"
    }
}

@Suite struct GraphvizRenderTests {
    @Test(arguments: OutputFormat.allCases)
    func rendersEachFormat(_ format: OutputFormat) throws {
        let data = try Graphviz.render(dot: triangle, layout: .neato, format: format)
        #expect(hasMagic(data, format))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutASmallGraph(_ engine: LayoutEngine) throws {
        let svg = text(try Graphviz.render(dot: triangle, layout: engine, format: .svg))
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Gamma</text>"))
    }

    @Test func theEngineArgumentBeatsTheLayoutAttribute() throws {
        let dot = #"graph { layout="no-such-engine"; a -- b }"#
        #expect(hasMagic(try Graphviz.render(dot: dot, layout: .dot, format: .svg), .svg))
    }

    @Test func emptyGraphRenders() throws {
        #expect(hasMagic(try Graphviz.render(dot: "graph {}", layout: .sfdp, format: .png), .png))
    }

    @Test func renderingTwiceGivesTheSameSVG() throws {
        let a = try Graphviz.render(dot: triangle, layout: .neato, format: .svg)
        let b = try Graphviz.render(dot: triangle, layout: .neato, format: .svg)
        #expect(a == b)
    }

    /// The warm-up a run starts beside its lexicon, in the diagram's font, changes nothing that
    /// is drawn after it; a font name with a quote in it does no harm.
    ///
    /// The warm-up uses the diagram's font, as a run's does (a render after one in another font
    /// is covered by ``eachRenderMeasuresItsLabelsInItsOwnFont()``).
    @Test func preparingChangesNoDrawing() throws {
        let diagram = triangle.replacingOccurrences(of: "node [", with: "node [fontname=\"Helvetica\", ")
        let before = try Graphviz.render(dot: diagram, layout: .neato, format: .svg)
        Graphviz.prepare(fontName: "Helvetica")
        let after = try Graphviz.render(dot: diagram, layout: .neato, format: .svg)
        #expect(after == before, "\(text(before))\n---\n\(text(after))")
        Graphviz.prepare(fontName: #"No "such" font"#)
        #expect(hasMagic(try Graphviz.render(dot: diagram, layout: .neato, format: .svg), .svg))
    }

    /// Renders in alternating fonts draw each font the same every time: no render measures its
    /// labels in the previous render's font (``Graphviz/forgetLastFont(_:recipe:)``).
    @Test func eachRenderMeasuresItsLabelsInItsOwnFont() throws {
        let fonts = ["Times-Roman", "Helvetica", "DejaVu Sans Mono"]
        var first: [String: Data] = [:]
        for i in 0..<150 {
            let font = fonts[i % 3]
            let dot = #"graph "g" { node [shape=box, fontname="\#(font)"]; a [label="Alpha Alpha"]; b [label="Beta"]; a -- b }"#
            let svg = try Graphviz.render(dot: dot, layout: .neato, format: .svg)
            if let earlier = first[font] {
                #expect(svg == earlier, "\(font), render \(i)")
            } else {
                first[font] = svg
            }
        }
    }

    @Test func cjkAndArabicLabelsRenderToPNG() throws {
        let dot =
            #"graph { a [label="习近平 中文"]; b [label="العربية"]; c [label="🇺🇸 Zürich"]; a -- b -- c }"#
        for format in OutputFormat.allCases {
            let data = try Graphviz.render(dot: dot, layout: .neato, format: format)
            #expect(hasMagic(data, format))
        }
        #expect(
            text(try Graphviz.render(dot: dot, layout: .neato, format: .svg)).contains("习近平 中文"))
    }

    @Test func invalidAttributeValuesDoNotCrash() throws {
        let dot = """
            graph { overlap=false; splines=bogus; a [shape=nonexistent, penwidth=abc, fontsize=-3, width=x, \
            fillcolor="#GGGGGG", style="filled,unknown"]; a -- b [penwidth=zz, color="not a colour", len=-1] }
            """
        for engine in [LayoutEngine.neato, .sfdp, .dot] {
            #expect(hasMagic(try Graphviz.render(dot: dot, layout: engine, format: .svg), .svg))
        }
    }

    @Test func concurrentRenderingIsSafe() async throws {
        let results = try await withThrowingTaskGroup(of: (OutputFormat, Data).self) { group in
            for task in 0..<4 {
                group.addTask {
                    var out: [(OutputFormat, Data)] = []
                    for round in 0..<3 {
                        let format = OutputFormat.allCases[(task + round) % 3]
                        let dot =
                            "graph { a\(task) [label=\"任务 \(task)\"]; a\(task) -- b\(round); b\(round) -- c }"
                        out.append(
                            (format, try Graphviz.render(dot: dot, layout: .neato, format: format)))
                        _ = try Graphviz.parse(dot: dot)
                    }
                    return out.last!
                }
            }
            var all: [(OutputFormat, Data)] = []
            for try await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 4)
        for (format, data) in results { #expect(hasMagic(data, format)) }
    }

    @Test func builtinPluginTableWorksLikeTheConfiguration() throws {
        let viaConfig = try Graphviz.render(
            dot: triangle, layout: .neato, format: .svg, force: false, recipe: .configuration)
        let viaBuiltins = try Graphviz.render(
            dot: triangle, layout: .neato, format: .svg, force: false, recipe: .builtins)
        #expect(viaConfig == viaBuiltins)
        for format in [OutputFormat.png, .pdf] {
            let data = try Graphviz.render(
                dot: triangle, layout: .sfdp, format: format, force: false, recipe: .builtins)
            #expect(hasMagic(data, format))
        }
    }

    @Test func versionIsReported() {
        let version = Graphviz.version
        #expect(version != "unknown")
        #expect(version.split(separator: ".").count >= 2)
    }

    // MARK: Size guard

    static func isolatedNodes(_ n: Int) -> String {
        "graph {\n" + (0..<n).map { "  v\($0);" }.joined(separator: "\n") + "\n}\n"
    }

    @Test func dotRefusesMoreThanAThousandNodes() {
        #expect(throws: RenderError.tooLarge(nodes: 1_200, engine: .dot, suggestion: .sfdp)) {
            try Graphviz.render(dot: Self.isolatedNodes(1_200), layout: .dot, format: .svg)
        }
    }

    @Test func neatoRefusesMoreThanThreeThousandNodes() {
        #expect(throws: RenderError.tooLarge(nodes: 3_001, engine: .neato, suggestion: .sfdp)) {
            try Graphviz.render(dot: Self.isolatedNodes(3_001), layout: .neato, format: .svg)
        }
    }

    @Test func overlapRemovalIsRefusedAboveFiveThousandNodes() throws {
        let nodes = (0..<5_001).map { " v\($0);" }.joined()
        let asking = "graph { overlap=\"prism\";" + nodes + " }"
        #expect(
            throws: RenderError.overlapRemovalTooLarge(nodes: 5_001, mode: "prism", limit: 5_000)
        ) {
            try Graphviz.render(dot: asking, layout: .sfdp, format: .svg)
        }
        // dot ignores overlap, so only its own node limit applies (checked first).
        #expect(throws: RenderError.tooLarge(nodes: 5_001, engine: .dot, suggestion: .sfdp)) {
            try Graphviz.render(dot: asking, layout: .dot, format: .svg)
        }
    }

    /// Graphviz draws each curved edge after a path search that is exponential in dense graphs:
    /// a 30-node clique would take hours, so it is refused; straight edges draw it at once.
    @Test(.timeLimit(.minutes(1)))
    func curvedEdgesOnADenseGraphAreRefused() throws {
        func clique(_ n: Int, splines: String) -> String {
            let edges = (0..<n).flatMap { i in ((i + 1)..<n).map { " v\(i) -- v\($0);" } }.joined()
            return "graph { splines=\"\(splines)\";" + edges + " }"
        }
        #expect(throws: RenderError.curvedEdgesTooCostly(edges: 435)) {
            try Graphviz.render(dot: clique(30, splines: "curved"), layout: .neato, format: .svg)
        }
        #expect(throws: RenderError.curvedEdgesTooCostly(edges: 435)) {
            try Graphviz.render(dot: clique(30, splines: "Curved"), layout: .fdp, format: .svg)
        }
        #expect(hasMagic(try Graphviz.render(dot: clique(30, splines: "line"), layout: .neato, format: .svg), .svg))
        // Sparse curved graphs are drawn as asked.
        #expect(hasMagic(try Graphviz.render(dot: clique(6, splines: "curved"), layout: .neato, format: .svg), .svg))
    }

    /// circo and dense dot slow down steeply with edges: they are refused above their edge limit,
    /// before any layout starts.
    @Test(.timeLimit(.minutes(1)))
    func edgeLimitsRefuseDenseGraphsForDotAndCirco() throws {
        func clique(_ n: Int) -> String {
            "graph {" + (0..<n).flatMap { i in ((i + 1)..<n).map { " v\(i) -- v\($0);" } }.joined() + " }"
        }
        #expect(throws: RenderError.tooManyEdges(edges: 780, nodes: 40, engine: .dot, suggestion: .neato)) {
            try Graphviz.render(dot: clique(40), layout: .dot, format: .svg)
        }
        #expect(throws: RenderError.tooManyEdges(edges: 253, nodes: 23, engine: .circo, suggestion: .neato)) {
            try Graphviz.render(dot: clique(23), layout: .circo, format: .svg)
        }
        // The same graphs with engines that cope.
        #expect(hasMagic(try Graphviz.render(dot: clique(40), layout: .sfdp, format: .svg), .svg))
        #expect(hasMagic(try Graphviz.render(dot: clique(12), layout: .circo, format: .svg), .svg))
        #expect(LayoutEngine.dot.edgeLimit(nodes: 200) == 1_000 && LayoutEngine.dot.edgeLimit(nodes: 40) == 500)
        #expect(LayoutEngine.circo.edgeLimit(nodes: 10) == 250)
        #expect(LayoutEngine.allCases.filter { $0.edgeLimit(nodes: 60) == nil } == [.neato, .fdp, .sfdp, .twopi])
    }

    /// The step count is Graphviz's: one visit per call of its depth-first search, which stops at
    /// a node already on the path.
    @Test func curvedEdgeSearchStepsAreCountedExactly() {
        // a → b → c: from a 3 visits, from b 2, from c 1.
        #expect(CurvedEdgeCost.steps(of: [[1], [2], []], budget: 100) == 6)
        // The cycle a → b → c → a: from each node, 3 nodes and the return to the start.
        #expect(CurvedEdgeCost.steps(of: [[1], [2], [0]], budget: 100) == 12)
        // A transitive tournament on n nodes: 2^(n − 1) paths from its first node, 2^n − 1 in all.
        let tournament = (0..<20).map { i in (Int32(i + 1)..<20).map { $0 } }
        #expect(CurvedEdgeCost.steps(of: tournament, budget: 1 << 30) == (1 << 20) - 1)
        #expect(CurvedEdgeCost.steps(of: tournament, budget: 1_000) == nil)
        #expect(CurvedEdgeCost.steps(of: [], budget: 0) == 0)
    }

    @Test func forceSkipsTheGuard() throws {
        let dot = Self.isolatedNodes(1_001)
        #expect(
            hasMagic(try Graphviz.render(dot: dot, layout: .dot, format: .svg, force: true), .svg))
    }
}

@Suite struct GraphvizParseTests {
    @Test func malformedDOTThrowsParseFailed() {
        #expect {
            try Graphviz.render(dot: "graph { a -- ; }", layout: .dot, format: .svg)
        } throws: { error in
            guard case .parseFailed(let message) = error as? RenderError else { return false }
            return message.contains("syntax error") && message.contains("line 1")
        }
        #expect(throws: RenderError.self) { try Graphviz.validate(dot: "digraph { a -> b") }
        #expect(throws: RenderError.self) { try Graphviz.parse(dot: "graph { a -> b }") }
    }

    @Test func textWithoutAGraphThrowsParseFailed() {
        #expect(throws: RenderError.parseFailed(message: "the text contains no graph")) {
            try Graphviz.validate(dot: "")
        }
    }

    @Test func anErrorDoesNotStickToLaterCalls() throws {
        #expect(throws: RenderError.self) { try Graphviz.validate(dot: "graph { ; ; ] }") }
        try Graphviz.validate(dot: triangle)
        #expect(hasMagic(try Graphviz.render(dot: triangle, layout: .dot, format: .png), .png))
    }

    @Test func parseReportsStructureAndAttributes() throws {
        let parsed = try Graphviz.parse(dot: triangle)
        #expect(parsed.name == "t")
        #expect(!parsed.isDirected)
        #expect(parsed.nodeCount == 3)
        #expect(parsed.edgeCount == 3)
        #expect(parsed.labels == ["a": "Alpha", "b": "Beta", "c": "Gamma"])
        #expect(parsed.nodeAttributes["a"]?["shape"] == "box")
        #expect(parsed.nodeAttributes["a"]?["fillcolor"] == "#E69F00")
        #expect(
            parsed.edges.contains(ParsedEdge(tail: "a", head: "b", attributes: ["penwidth": "2"])))
        #expect(parsed.subgraphs.isEmpty)
    }

    @Test func parseKeepsBackslashSequencesAndUnquotesQuotes() throws {
        let parsed = try Graphviz.parse(
            dot:
                #"digraph { x [label="a\"b \\N C:\\new end\\"]; y; x -> y; subgraph cluster_1 { y } }"#
        )
        #expect(parsed.isDirected)
        #expect(parsed.labels["x"] == #"a"b \\N C:\\new end\\"#)
        #expect(parsed.labels["y"] == #"\N"#)
        #expect(parsed.subgraphs == ["cluster_1": ["y"]])
    }

    @Test func parseNeedsNoLayout() throws {
        // 5,000 nodes parse instantly; no engine limit applies to parsing.
        let dot = "graph {" + (0..<5_000).map { " v\($0);" }.joined() + " }"
        #expect(try Graphviz.parse(dot: dot).nodeCount == 5_000)
    }
}

@Suite struct GraphvizParserStateTests {
    /// After a failed parse the lexer must start clean: the next error counts lines from 1
    /// and reports its own text, not leftovers of the previous input.
    @Test func consecutiveFailedParsesReportTheirOwnLine() {
        for bad in ["graph { a -- ; }", "graph { b -- ; }", "graph { c -- ; }"] {
            #expect {
                try Graphviz.validate(dot: bad)
            } throws: { error in
                guard case .parseFailed(let message) = error as? RenderError else { return false }
                return message.contains("line 1")
            }
        }
        #expect(throws: Never.self) { try Graphviz.validate(dot: "graph { ok -- fine }") }
    }
}

/// PNG sizes: a drawing larger than a screen is scaled down to ``Graphviz/maxPNGPixels``.
@Suite struct PNGSizeTests {
    /// Width and height from a PNG's IHDR chunk.
    static func size(_ png: Data) -> (width: Int, height: Int) {
        let b = [UInt8](png.prefix(24))
        func be(_ i: Int) -> Int { b[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    /// A chain of `n` boxes, each 10 inches wide, laid out left to right by dot: about
    /// n × 1000 pixels wide.
    static func row(_ n: Int, size: String? = nil) -> String {
        let nodes = (0..<n).map { "n\($0) [shape=box, width=10, height=1]" }.joined(separator: "; ")
        let chain = (0..<n).map { "n\($0)" }.joined(separator: " -- ")
        return "graph { \(size.map { "size=\"\($0)\"; " } ?? "")rankdir=LR; \(nodes); \(chain) }"
    }

    @Test func aLargeDrawingIsScaledDownToTheLimit() throws {
        let big = Self.size(try Graphviz.render(dot: Self.row(8), layout: .dot, format: .png))
        #expect(max(big.width, big.height) <= Graphviz.maxPNGPixels)
        #expect(max(big.width, big.height) >= Graphviz.maxPNGPixels - 50)
        // A small drawing keeps its size (size never scales up).
        let small = Self.size(try Graphviz.render(dot: "graph { a -- b }", layout: .dot, format: .png))
        #expect(max(small.width, small.height) < 400)
        // A size in the DOT is the user's choice and wins.
        let asked = Self.size(try Graphviz.render(dot: Self.row(8, size: "100,100"), layout: .dot, format: .png))
        #expect(max(asked.width, asked.height) > Graphviz.maxPNGPixels)
    }
}
