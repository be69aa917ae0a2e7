import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import Testing
@testable import RelGraphPipeline

/// The key-actor and community reports on the karate fixture and small hand-made graphs.
@Suite struct ActorReportTests {
    static func load(_ path: String) throws -> EntityGraph {
        var warnings: [String] = []
        return try GraphFile.read(path, warnings: &warnings)
    }

    static let karate = try! load(TestPaths.fixture("analysis/karate.tsv").path)

    @Test func everyMeasureMatchesTheLibrary() throws {
        let report = try ActorReport(graph: Self.karate)
        let g = Self.karate.weightedGraph()
        #expect(report.measures == ActorReport.Measure.allCases)
        #expect(report.options.algorithm == .leiden)
        #expect(abs(report.modularity - 0.444904) < 5e-7)  // the proven optimum (optimum.json)
        #expect(report.betweennessSources == 34)
        #expect(report.betweennessErrorBound == 0)
        let pr = try g.pageRank(), bc = try g.betweenness(), cl = try g.closeness(), hm = try g.harmonic()
        let ev = try g.eigenvector(), core = g.coreNumbers(), cc = g.clustering()
        for r in report.rows {
            #expect(r.pagerank == pr[r.node])
            #expect(r.betweenness == bc[r.node])
            #expect(r.closeness == cl[r.node])
            #expect(r.harmonic == hm[r.node])
            #expect(r.eigenvector == ev[r.node])
            #expect(r.coreness == Int(core[r.node]))
            #expect(r.clustering == cc[r.node])
            #expect(r.community == report.partition.community[r.node])
        }
        // Ranked by PageRank: node 33 then node 0 (NetworkX's weighted karate).
        #expect(report.rows.prefix(2).map(\.name) == ["33", "0"])
        #expect(report.rows.map(\.rank) == Array(1...34))
        // Community ranks count 1, 2, ... within each community.
        for c in 0..<report.partition.count {
            #expect(report.rows.filter { $0.community == c }.map(\.communityRank)
                == Array(1...report.partition.members(of: c).count))
        }
    }

    @Test func rankByAnyMeasureAndOnlyRequestedMeasures() throws {
        let options = ActorReport.Options(rankBy: .coreness, measures: [.coreness])
        let report = try ActorReport(graph: Self.karate, options: options)
        #expect(report.measures == [.pagerank, .degree, .strength, .coreness])
        #expect(report.rows.allSatisfy { $0.betweenness.isNaN && $0.closeness.isNaN })
        #expect(report.betweennessSources == nil)
        let cores = report.rows.map { $0.coreness! }
        #expect(cores == cores.sorted(by: >))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let node = try #require((json["nodes"] as? [[String: Any]])?.first)
        #expect(node["betweenness"] is NSNull)
        #expect(node["broker"] is NSNull)
        #expect(Set(node.keys) == Set(ActorReport.columns))
        #expect(json["betweenness"] is NSNull)
        // CSV: the stable header, empty fields for measures not computed.
        let lines = report.csv(limit: 2).split(separator: "\n")
        #expect(lines[0] == Substring(ActorReport.columns.joined(separator: ",")))
        #expect(lines[1].hasPrefix("1,"))
        #expect(lines[1].contains(",,"))
    }

    @Test func brokersBridgeCommunitiesWithFewTies() throws {
        // Two 5-cliques joined through node 10 (degree 2): a textbook broker.
        var edges: [String] = []
        for base in [0, 5] {
            for u in 0..<5 { for v in (u + 1)..<5 { edges.append("n\(base + u)\tn\(base + v)\t1") } }
        }
        edges += ["n4\tn10\t1", "n10\tn5\t1"]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broker-\(UUID()).tsv")
        try Data(edges.joined(separator: "\n").utf8).write(to: url)
        let report = try ActorReport(graph: try Self.load(url.path))
        let brokers = report.rows.filter(\.broker).map(\.name)
        #expect(brokers == ["n10"])
        let n10 = try #require(report.rows.first { $0.name == "n10" })
        #expect(n10.brokerage >= 0.25)
        // Nodes 4 and 5 have more betweenness but also the most ties: not brokers.
        #expect(report.selecting(brokersOnly: true).rows.map(\.name) == ["n10"])
        #expect(report.selecting(community: n10.community).rows.allSatisfy { $0.community == n10.community })
    }

    @Test func seenFromAnActorIsRootedPageRank() throws {
        // NetworkX: pagerank(G, personalization={0: 1}, weight="weight") (karate.expected.json).
        let url = TestPaths.fixture("analysis/karate.expected.json")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let rooted = try #require(doc["pagerank_rooted"] as? [String: Double])
        let root = try #require(Self.karate.entities(named: "0").first)
        let report = try ActorReport(
            graph: Self.karate, options: .init(measures: [], seenFrom: [root]))
        #expect(report.rows[0].name == "0")
        for r in report.rows {
            let expected = try #require(rooted[r.name])
            #expect(abs(r.pagerank - expected) <= 1e-9 * expected + 1e-12)
        }
        #expect(throws: PipelineError.self) {
            try ActorReport(graph: Self.karate, options: .init(seenFrom: [99]))
        }
    }

    @Test func percentilesAverageTies() {
        let sixth = 1.0 / 6
        let expected: [Double] = [1, sixth, sixth, 2.0 / 3]
        #expect(ActorReport.percentiles([3, 1, 1, 2]) == expected)
        #expect(ActorReport.percentiles([5]) == [0])
    }

    @Test func communityReportListsEveryNodeAndTheStrongestLinks() throws {
        for algorithm in ActorReport.CommunityAlgorithm.allCases {
            let report = try ActorReport(
                graph: Self.karate, options: .init(measures: [], algorithm: algorithm, seed: 1))
            let c = CommunityReport(graph: Self.karate, report: report)
            #expect(c.algorithm == algorithm)
            #expect(c.membership == report.partition.community)
            let total = c.communities.reduce(0.0) { $0 + $1.internalWeight } +
                c.communities.reduce(0.0) { $0 + $1.externalWeight } / 2
            #expect(total == Self.karate.weightedGraph().totalWeight)
            for com in c.communities {
                #expect(com.strongestLinks.count <= CommunityReport.maxLinks)
                #expect(com.strongestLinks.map(\.weight) == com.strongestLinks.map(\.weight).sorted(by: >))
                #expect(abs(com.strongestLinks.reduce(0) { $0 + $1.weight } - com.externalWeight) < 1e-9
                    || com.strongestLinks.count == CommunityReport.maxLinks)
            }
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(c.json().utf8)) as? [String: Any])
            #expect((json["nodes"] as? [[String: Any]])?.count == 34)
            #expect(json["algorithm"] as? String == algorithm.rawValue)
            #expect(c.json().contains("\"modularity\": \(report.modularity),"))
        }
    }

    @Test func jsonKeepsFullPrecisionAndEscapesNames() throws {
        let names = ["a \"quoted\" name", "back\\slash", "comma, inc", "Zoë"]
        let lines = ["\"a \"\"quoted\"\" name\",back\\slash,2", "back\\slash,\"comma, inc\",1",
                     "\"comma, inc\",Zoë,3"]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID()).csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let graph = try Self.load(url.path)
        let report = try ActorReport(graph: graph)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["name"] as? String }) == Set(names))
        #expect(nodes.count == 4)
        // Numbers are written in Swift's shortest round-trip form (Foundation's parser on Linux
        // rounds some of them, so compare the text).
        let text = report.json()
        for row in report.rows {
            #expect(text.contains("\"pagerank\": \(row.pagerank),"))
            #expect(text.contains("\"closeness\": \(row.closeness),"))
        }
        #expect(text.contains("\"modularity\": \(report.modularity),"))
    }

    @Test func badOptionsThrow() {
        #expect(throws: PipelineError.self) {
            try ActorReport(graph: Self.karate, options: .init(resolution: -1))
        }
    }

    @Test func emptyGraph() throws {
        let report = try ActorReport(graph: .empty)
        #expect(report.rows.isEmpty)
        #expect(report.modularity == 0)
        #expect(report.table().hasPrefix("#"))
    }
}

/// `relgraph actors` and `relgraph communities` end to end (the built binary).
@Suite struct ActorReportCommandLineTests {
    func run(_ args: [String]) throws -> ProcessOutput { try TestProcess.relgraph(args) }

    static let karate = TestPaths.fixture("analysis/karate.tsv").path

    @Test func actorsAllMeasuresAsJSON() throws {
        let r = try run(["actors", Self.karate, "--all", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        #expect(Set(nodes[0].keys) == Set(ActorReport.columns))
        #expect(obj["algorithm"] as? String == "leiden")
        #expect(r.stdout.contains("\"modularity\": 0.4449035812672176"))
        #expect(nodes.allSatisfy { $0["eigenvector"] is Double && $0["coreness"] is Int })
    }

    @Test func actorsOnlySomeMeasuresFilteredByCommunity() throws {
        let r = try run([
            "actors", Self.karate, "--measures", "betweenness,clustering", "--by", "betweenness",
            "--community", "0", "--format", "csv", "--all", "--weighting", "unweighted",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines[0] == Substring(ActorReport.columns.joined(separator: ",")))
        // Unweighted betweenness: node 0 is the top broker of the club (NetworkX: 0.437635).
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0[8] == "0" })
        #expect(rows.allSatisfy { $0[10].isEmpty && !$0[14].isEmpty })  // closeness not computed
        let bad = try run(["actors", Self.karate, "--measures", "fame"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("Measure 'fame' is not known"))
    }

    @Test(arguments: ["leiden", "louvain", "label-propagation"])
    func communitiesAsJSON(_ algorithm: String) throws {
        let r = try run([
            "communities", Self.karate, "--algorithm", algorithm, "--resolution", "1", "--seed", "3",
            "--format", "json",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["algorithm"] as? String == algorithm)
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        let q = try #require(obj["modularity"] as? Double)
        #expect(q > 0.3 && q <= 0.444905)
        let again = try run([
            "communities", Self.karate, "--algorithm", algorithm, "--seed", "3", "--format", "json",
            "--threads", "1",
        ])
        #expect(again.stdout == r.stdout)
    }

    @Test func labeledGraphGivesTheSameReportsAndStreamedJSON() throws {
        let path = TestPaths.fixture("analysis/karate.tsv").path
        var warnings: [String] = []
        let lean = try GraphInput.loadLabeled(path, warnings: &warnings)
        let karate = ActorReportTests.karate
        let full = try ActorReport(graph: karate, options: .init())
        let viaLean = try ActorReport(graph: lean, options: .init())
        #expect(viaLean.rows == full.rows)
        #expect(viaLean.json() == full.json())
        var pieces = ""
        full.writeJSON(limit: 5) { pieces += $0 }
        #expect(pieces == full.json(limit: 5))
        let c1 = CommunityReport(graph: karate, report: full)
        let c2 = CommunityReport(graph: lean, report: viaLean)
        #expect(c1.json() == c2.json())
        #expect(c1.text() == c2.text())
    }
}
