import Foundation
import RelGraphCore
import RelGraphRendering
import Testing

@testable import RelGraphExport

@Suite struct DOTEncoderTests {
    let graph = SampleGraph.graph

    // MARK: Golden files

    @Test func defaultOptionsMatchSnapshot() {
        assertSnapshot(DOTEncoder.encode(graph), named: "sample-default")
    }

    @Test func styledOutputMatchesSnapshot() {
        let dot = DOTEncoder.encode(
            graph, importance: SampleGraph.importance(for: graph),
            community: SampleGraph.community(for: graph),
            options: DOTOptions(title: "Sample: \"who\" & whom", layout: "neato", clusters: true))
        assertSnapshot(dot, named: "sample-styled")
    }

    // MARK: Determinism

    @Test func encodingTwiceGivesTheSameBytes() {
        let importance = SampleGraph.importance(for: graph)
        let community = SampleGraph.community(for: graph)
        let a = DOTEncoder.encode(graph, importance: importance, community: community)
        let b = DOTEncoder.encode(graph, importance: importance, community: community)
        #expect(Array(a.utf8) == Array(b.utf8))
    }

    @Test(arguments: 0..<8)
    func shuffledInputGivesTheSameDOT(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let relations = SampleGraph.relations.shuffled(using: &rng).map { r -> Relation in
            guard Bool.random(using: &rng) else { return r }
            var swapped = r
            (swapped.source, swapped.target) = (r.target, r.source)
            return swapped
        }
        let shuffled = try EntityGraph(
            entities: SampleGraph.entities.shuffled(using: &rng), relations: relations,
            articles: SampleGraph.articles.shuffled(using: &rng))
        let options = DOTOptions(title: "t", clusters: true)
        #expect(
            DOTEncoder.encode(
                shuffled, importance: SampleGraph.importance(for: shuffled),
                community: SampleGraph.community(for: shuffled), options: options)
                == DOTEncoder.encode(
                    graph, importance: SampleGraph.importance(for: graph),
                    community: SampleGraph.community(for: graph), options: options))
    }

    // MARK: Structure, checked by Graphviz's own parser

    @Test func graphvizReadsTheStructure() throws {
        let dot = DOTEncoder.encode(
            graph, importance: SampleGraph.importance(for: graph),
            community: SampleGraph.community(for: graph),
            options: DOTOptions(clusters: true))
        let parsed = try Graphviz.parse(dot: dot)
        #expect(parsed.name == "relgraph")
        #expect(!parsed.isDirected)
        // 8 entities + the legend node; the legend has no edges.
        #expect(parsed.nodeCount == 8 + 1)
        #expect(parsed.edgeCount == 10)
        #expect(parsed.subgraphs["cluster_0"]?.sorted() == ["n2", "n4", "n5"])
        #expect(parsed.subgraphs["cluster_1"]?.sorted() == ["n0", "n3", "n7"])
        #expect(parsed.subgraphs["cluster_2"]?.sorted() == ["n1", "n6"])
        #expect(parsed.subgraphs["cluster_legend"] == nil)
        #expect(parsed.nodeAttributes["legend"]?["shape"] == "plaintext")
        for (i, entity) in graph.entities.enumerated() {
            #expect(
                parsed.nodeAttributes["n\(i)"]?["shape"] == DOTStyle.shape(for: entity.kind).shape)
        }
        let china = try #require(graph.index(of: "country:CHN"))
        let usa = try #require(graph.index(of: "country:USA"))
        let edge = try #require(
            parsed.edges.first { $0.tail == "n\(china)" && $0.head == "n\(usa)" })
        #expect(edge.attributes["color"] == Palette.tone(.conflict).hex)
        #expect(edge.attributes["penwidth"] == DOTEncoder.number(DOTStyle.penWidth(weight: 6)))
    }

    @Test func sectionsComeInTheDocumentedOrder() throws {
        let dot = DOTEncoder.encode(
            graph, community: SampleGraph.community(for: graph), options: DOTOptions(clusters: true)
        )
        let lines = dot.split(separator: "\n").map(String.init)
        func first(_ prefix: String) throws -> Int {
            try #require(lines.firstIndex { $0.hasPrefix(prefix) })
        }
        #expect(lines.first == "graph \"relgraph\" {")
        #expect(lines.last == "}")
        let order = try [
            first("  graph ["), first("  node ["), first("  edge ["), first("  n0 ["),
            first("  n7 ["),
            first("  subgraph cluster_0 "), first("  n0 -- "), first("  legend ["),
        ]
        #expect(order == order.sorted())
        // Nodes in index order.
        let nodeLines = lines.filter {
            $0.hasPrefix("  n") && !$0.hasPrefix("  node") && !$0.contains(" -- ")
        }
        #expect(nodeLines.map { String($0.split(separator: " ")[0]) } == (0..<8).map { "n\($0)" })
    }

    @Test func edgesFollowRelationOrder() {
        let dot = DOTEncoder.encode(graph, options: DOTOptions(legend: false))
        let edges = dot.split(separator: "\n").filter { $0.contains(" -- ") }
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        let expected = graph.relations.map { r in
            "n\(graph.index(of: r.source)!) -- n\(graph.index(of: r.target)!)"
        }
        #expect(edges == expected)
    }

    // MARK: Options

    @Test func layoutIsWrittenOnlyWhenSet() {
        #expect(!DOTEncoder.encode(graph).contains("layout="))
        let neato = DOTEncoder.encode(graph, options: DOTOptions(layout: "neato"))
        #expect(neato.contains(#"layout="neato""#))
        #expect(neato.contains(#"overlap="voronoi""#))
        #expect(neato.contains(#"splines="true""#))
        let dot = DOTEncoder.encode(graph, options: DOTOptions(layout: "dot"))
        #expect(dot.contains(#"rankdir="LR""#))
        #expect(dot.contains(#"layout="dot""#))
        #expect(!dot.contains("overlap="))
        for text in [neato, dot, DOTEncoder.encode(graph, options: DOTOptions(layout: "sfdp"))] {
            #expect(!text.contains("overlap=\"false\"") && !text.contains("prism"))
        }
    }

    @Test func graphAttributesSuitTheLayoutAndSize() throws {
        func attributes(
            _ g: EntityGraph, _ layout: String, importance: [Double]? = nil
        ) throws
            -> [String: String]
        {
            try Graphviz.parse(
                dot: DOTEncoder.encode(
                    g, importance: importance, options: DOTOptions(layout: layout, legend: false))
            ).graphAttributes
        }
        #expect(try attributes(graph, "sfdp")["overlap"] == "scale")
        #expect(try attributes(graph, "circo")["mindist"] == "0.60")
        let importance = SampleGraph.importance(for: graph)
        let china = try #require(graph.index(of: "country:CHN"))
        #expect(try attributes(graph, "twopi", importance: importance)["root"] == "n\(china)")
        // Above 5,000 nodes sfdp asks for no overlap removal, which would take minutes.
        let big = try EntityGraph(
            entities: (0..<5_001).map { Entity(kind: .other, name: "v\($0)") }, relations: [])
        #expect(try attributes(big, "sfdp")["overlap"] == nil)
        // Above 500 nodes neato keeps straight edges and the cheap removal.
        let mid = try EntityGraph(
            entities: (0..<501).map { Entity(kind: .other, name: "v\($0)") }, relations: [])
        let neato = try attributes(mid, "neato")
        #expect(neato["overlap"] == "scale" && neato["splines"] == nil)
        // Up to 200 edges they are routed around the nodes; above, straight (routing is slow, and
        // Graphviz's curved edges take exponential time on dense graphs).
        /// 60 nodes and the first `m` pairs (i, j), i < j, in order.
        func ring(_ m: Int) throws -> EntityGraph {
            let entities = (0..<60).map { Entity(kind: .other, name: "v\($0)") }
            let pairs = (0..<60).flatMap { i in ((i + 1)..<60).map { (i, $0) } }.prefix(m)
            return try EntityGraph(
                entities: entities, relations: pairs.map { Relation(entities[$0.0].id, entities[$0.1].id, weight: 1) })
        }
        let few = try ring(200), many = try ring(201)
        #expect(few.relations.count == 200 && many.relations.count == 201)
        #expect(try attributes(few, "neato")["splines"] == "true")
        #expect(try attributes(many, "neato")["splines"] == "line")
    }

    @Test func flagsPrecedeCountryNamesWhenAsked() throws {
        let usa = try #require(graph.index(of: "country:USA"))
        let blinken = try #require(graph.index(of: "person:Antony Blinken"))
        let plain = try Graphviz.parse(dot: DOTEncoder.encode(graph)).labels
        #expect(plain["n\(usa)"] == "United States")
        let flagged = try Graphviz.parse(
            dot: DOTEncoder.encode(graph, options: DOTOptions(flags: true))
        ).labels
        #expect(flagged["n\(usa)"] == "🇺🇸 United States")
        #expect(flagged["n\(blinken)"] == "Antony Blinken (USA)")
        #expect(CountryFlag.emoji(iso3: "chn") == "🇨🇳")
        #expect(CountryFlag.emoji(iso3: "XKX") == "🇽🇰")
        #expect(CountryFlag.emoji(iso3: "XYZ") == nil)
        #expect(CountryFlag.alpha2(iso3: "GBR") == "GB")
    }

    @Test func titleBecomesTheGraphLabel() throws {
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(graph, options: DOTOptions(title: "Week 12")))
        #expect(parsed.graphAttributes["label"] == "Week 12")
        #expect(parsed.graphAttributes["labelloc"] == "t")
        let untitled = try Graphviz.parse(dot: DOTEncoder.encode(graph))
        #expect(untitled.graphAttributes["label"] == nil)
    }

    @Test func legendCanBeTurnedOff() throws {
        let dot = DOTEncoder.encode(graph, options: DOTOptions(legend: false))
        #expect(!dot.contains("legend"))
        let parsed = try Graphviz.parse(dot: dot)
        #expect(parsed.nodeCount == 8)
        #expect(parsed.edgeCount == 10)
    }

    @Test func legendShowsOnlyKindsAndTonesThatOccur() throws {
        let small = try EntityGraph(
            entities: [
                Entity(kind: .organization, name: "NATO"),
                Entity(kind: .country, name: "France", iso3: "FRA"),
            ],
            relations: [
                Relation(
                    "organization:NATO", "country:FRA", weight: 2, tone: ToneCounts(conflict: 2))
            ])
        let dot = DOTEncoder.encode(small)
        let parsed = try Graphviz.parse(dot: dot)
        let label = try #require(parsed.nodeAttributes["legend"]?["label"])
        #expect(label.contains(">organization<") && label.contains(">country<"))
        #expect(label.contains(">conflict<"))
        #expect(!label.contains(">person<") && !label.contains(">cooperation<"))
        #expect(!label.contains(">size<"))  // no importance given
        let sized = try Graphviz.parse(
            dot: DOTEncoder.encode(small, importance: [1, 2], options: DOTOptions(measureName: "Betweenness")))
        #expect(sized.nodeAttributes["legend"]?["label"]?.contains(">Betweenness<") == true)
        // The legend is drawn as one table, not as sample nodes and edges.
        let svg = String(
            decoding: try Graphviz.render(dot: dot, layout: .neato, format: .svg), as: UTF8.self)
        #expect(svg.contains(">Legend</text>"))
        #expect(svg.contains(">organization</text>"))
    }

    @Test func clustersNeedCommunities() {
        #expect(
            !DOTEncoder.encode(graph, options: DOTOptions(clusters: true)).contains("cluster_0"))
        let noCluster = DOTEncoder.encode(
            graph, community: SampleGraph.community(for: graph),
            options: DOTOptions(clusters: false))
        #expect(!noCluster.contains("cluster_0"))
    }

    @Test func nodesWithoutCommunityAreGreyAndSkipClusters() throws {
        var community = SampleGraph.community(for: graph)
        community[0] = -1
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(
                graph, community: community, options: DOTOptions(legend: false, clusters: true)))
        #expect(parsed.nodeAttributes["n0"]?["fillcolor"] == Palette.unassigned.hex)
        #expect(parsed.subgraphs.values.allSatisfy { !$0.contains("n0") })
    }

    @Test func longLabelsAreTruncated() throws {
        let name = "The International Bank for Reconstruction and Development"
        let g = try EntityGraph(entities: [Entity(kind: .organization, name: name)], relations: [])
        let labels = try Graphviz.parse(
            dot: DOTEncoder.encode(g, options: DOTOptions(legend: false))
        ).labels
        #expect(labels["n0"] == "The International Bank for Reconstructi…")
        #expect(labels["n0"]?.count == 40)
        let short = try Graphviz.parse(
            dot: DOTEncoder.encode(g, options: DOTOptions(legend: false, maxLabelLength: 12))
        ).labels
        #expect(short["n0"] == "The Interna…")
        let unlimited = try Graphviz.parse(
            dot: DOTEncoder.encode(g, options: DOTOptions(legend: false, maxLabelLength: 0))
        ).labels
        #expect(unlimited["n0"] == name)
    }

    @Test func evidenceCanBeLeftOutOfTooltips() {
        #expect(DOTEncoder.encode(graph).contains("Xinjiang"))
        #expect(
            !DOTEncoder.encode(graph, options: DOTOptions(evidenceInTooltips: false)).contains(
                "Xinjiang"))
    }

    @Test func evidenceIsCutToAboutTwoHundredCharacters() throws {
        let usa = try #require(graph.index(of: "country:USA"))
        let russia = try #require(graph.index(of: "country:RUS"))
        let parsed = try Graphviz.parse(dot: DOTEncoder.encode(graph))
        let edge = try #require(
            parsed.edges.first { $0.tail == "n\(russia)" && $0.head == "n\(usa)" })
        let tooltip = try #require(edge.attributes["tooltip"])
        let evidence = try #require(tooltip.components(separatedBy: #"\n"#).last)
        #expect(evidence.contains("…”"))
        #expect(evidence.count < 260)
    }

    @Test func tooltipsDescribeNodesAndEdges() throws {
        let blinken = try #require(graph.index(of: "person:Antony Blinken"))
        let lines = DOTEncoder.nodeTooltip(graph.entities[blinken], importance: 0.09, community: 0)
        #expect(
            lines == [
                "Person: Antony Blinken", "Affiliation: USA", "Mentions: 5 in 2 articles",
                "PageRank: 0.0900",
                "Community: 0",
            ])
        let usa = try #require(graph[id: "country:USA"])
        #expect(
            DOTEncoder.nodeTooltip(usa, importance: nil, community: nil) == [
                "Country: United States", "ISO 3166 code: USA", "Mentions: 14 in 3 articles",
            ])
        let relation = try #require(
            graph.relations.first {
                $0.source == "person:Antony Blinken" && $0.target == "person:Wang Yi"
            })
        #expect(
            DOTEncoder.edgeTooltip(
                relation, source: graph[id: relation.source]!, target: graph[id: relation.target]!,
                options: .init())
                == [
                    "Antony Blinken – Wang Yi", "Weight: 3 (3 sentences in 1 article)",
                    "Tone: cooperation (2 cooperation, 0 conflict, 1 neutral)",
                    "“Blinken met Wang Yi in Beijing to discuss climate change.” (ap-0007, sentence 1)",
                ])
    }

    @Test func emptyGraphIsValidDOT() throws {
        let dot = DOTEncoder.encode(.empty)
        let parsed = try Graphviz.parse(dot: dot)
        #expect(parsed.nodeCount == 0)
        #expect(!dot.contains("legend"))
        let svg = try Graphviz.render(dot: dot, layout: .neato, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test(arguments: [LayoutEngine.neato, .sfdp, .dot, .fdp])
    func styledSampleRenders(engine: LayoutEngine) throws {
        let dot = DOTEncoder.encode(
            graph, importance: SampleGraph.importance(for: graph),
            community: SampleGraph.community(for: graph),
            options: DOTOptions(title: "Sample", layout: engine.rawValue, clusters: true))
        let svg = String(
            decoding: try Graphviz.render(dot: dot, layout: engine, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Antony Blinken (USA)"))
    }
}
