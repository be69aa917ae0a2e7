import Testing

@testable import RelGraphRendering

@Suite struct RenderingTypesTests {
    @Test(arguments: [
        (0, LayoutEngine.neato), (1, .neato), (60, .neato), (61, .sfdp), (110, .sfdp), (20_000, .sfdp),
    ])
    func automaticEngine(_ nodes: Int, _ expected: LayoutEngine) {
        #expect(LayoutEngine.automatic(nodeCount: nodes) == expected)
    }

    @Test func nodeLimits() {
        #expect(LayoutEngine.dot.nodeLimit == 1_000)
        #expect(LayoutEngine.circo.nodeLimit == 300)
        for engine in [LayoutEngine.neato, .fdp, .twopi] {
            #expect(engine.nodeLimit == 3_000)
        }
        #expect(LayoutEngine.sfdp.nodeLimit == nil)
        #expect(
            LayoutEngine.allCases.map(\.rawValue) == [
                "dot", "neato", "fdp", "sfdp", "circo", "twopi",
            ])
    }

    @Test(arguments: [
        ("svg", OutputFormat.svg), ("SVG", .svg), (".png", .png), ("Pdf", .pdf), ("jpg", nil),
        ("", nil), (".", nil),
        ("svgz", nil),
    ])
    func formatFromPathExtension(_ ext: String, _ expected: OutputFormat?) {
        #expect(OutputFormat(pathExtension: ext) == expected)
    }

    @Test func formatDevicesPinTheCairoRenderer() {
        #expect(OutputFormat.allCases.map(\.device) == ["svg", "png:cairo", "pdf:cairo"])
        #expect(OutputFormat.png.pathExtension == "png")
    }

    @Test(arguments: [
        (
            RenderError.parseFailed(message: "syntax error in line 1 near ';'"),
            "Could not parse the DOT text: 'syntax error in line 1 near ';''; check the graph syntax"
        ),
        (
            .layoutFailed(engine: .neato, message: "out of memory"),
            "Layout engine 'neato' failed: 'out of memory'; try another layout engine such as 'sfdp'"
        ),
        (
            .renderFailed(format: .png, message: "Format: \"png:cairo\" not recognized"),
            "Rendering to 'png' failed: 'Format: \"png:cairo\" not recognized'; try another format "
                + "(svg, png or pdf) or check that the Graphviz cairo plugin (libgvc6) is installed"
        ),
        (
            .contextUnavailable(
                reason: "no Graphviz plugin libraries (libgvplugin_*.so) were found"),
            "Graphviz is not usable: 'no Graphviz plugin libraries (libgvplugin_*.so) were found'; install "
                + "libgraphviz-dev (apt-get install libgraphviz-dev) or point GVBINDIR at the Graphviz plugin folder"
        ),
        (
            .tooLarge(nodes: 1_200, engine: .dot, suggestion: .sfdp),
            "Graph has 1200 nodes, more than layout engine 'dot' handles (limit 1000); use layout 'sfdp', "
                + "show fewer nodes (--top 500, --backbone 0.05, --min-weight, --largest-component) or pass --force"
        ),
        (
            .overlapRemovalTooLarge(nodes: 6_000, mode: "voronoi", limit: 5_000),
            "Graph has 6000 nodes, too many for overlap removal 'overlap=voronoi' (limit 5000); use layout "
                + "'sfdp' on a file without an overlap attribute, show fewer nodes (--top, --backbone 0.05) or pass --force"
        ),
    ])
    func errorMessages(_ error: RenderError, _ message: String) {
        #expect(error.description == message)
        #expect(!message.hasSuffix("."))
        #expect(message.first?.isUppercase == true)
    }

    @Test func tooManyEdgesMessage() {
        let message: String = RenderError.tooManyEdges(edges: 780, nodes: 40, engine: .dot, suggestion: .neato)
            .description
        let expected: String =
            "Graph has 780 edges among 40 nodes, more than layout engine 'dot' handles (limit 500); use layout "
            + "'neato', show fewer nodes or relations (--top, --backbone 0.05, --min-weight) or pass --force"
        #expect(message == expected)
    }

    @Test func curvedEdgesMessage() {
        let message: String = RenderError.curvedEdgesTooCostly(edges: 435).description
        let expected: String =
            "Graph asks for curved edges 'splines=curved' on 435 edges so interlinked that Graphviz would search "
            + "more than 2e9 paths to draw them; use 'splines=line' or 'splines=true', show fewer nodes "
            + "(--top, --backbone 0.05, --min-weight) or pass --force"
        #expect(message == expected)
    }
}
