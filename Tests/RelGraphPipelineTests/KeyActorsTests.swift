import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

@testable import RelGraphAnalysis
@testable import RelGraphExport
@testable import RelGraphPipeline

/// Key actors (RelGraphAnalysis) and their tables (RelGraphExport) on the karate fixture and
/// small hand-made graphs.
@Suite struct KeyActorsTests {
    static func load(_ path: String) throws -> EntityGraph {
        var warnings: [String] = []
        return try GraphFile.read(path, warnings: &warnings)
    }

    static let karate = try! load(TestPaths.fixture("analysis/karate.tsv").path)

    static func actors(_ graph: EntityGraph, _ options: KeyActors.Options = .init()) throws -> KeyActors {
        try KeyActors(graph: LabeledGraph(graph), options: options)
    }

    static func json(_ a: KeyActors, limit: Int? = nil) -> String {
        ActorTableEncoder.json(a, rows: Array(a.ranking.prefix(limit ?? a.nodeCount)))
    }

    @Test func everyMeasureMatchesTheLibrary() throws {
        let report = try Self.actors(Self.karate)
        let g = Self.karate.weightedGraph()
        #expect(report.computed == MeasureName.allCases)
        #expect(report.options.algorithm == .leiden)
        #expect(abs((report.modularity ?? -1) - 0.444904) < 5e-7)  // the proven optimum (optimum.json)
        #expect(report.betweennessSources == 34)
        #expect(report.betweennessErrorBound == 0)
        let pr = try g.pageRank(), bc = try g.betweenness()
        let raw = try Self.actors(Self.karate, .init(measures: [.closeness, .harmonic], rawDistances: true))
        let cl = try g.closeness(), hm = try g.harmonic()
        let ev = try g.eigenvector(), core = g.coreNumbers(), cc = g.clustering()
        for v in report.ranking {
            #expect(report.value(.pagerank, of: v) == pr[v])
            #expect(report.value(.betweenness, of: v) == bc[v])
            #expect(raw.value(.closeness, of: v) == cl[v])
            #expect(raw.value(.harmonic, of: v) == hm[v])
            #expect(report.value(.eigenvector, of: v) == ev[v])
            #expect(report.value(.coreness, of: v) == core[v])
            #expect(report.value(.clustering, of: v) == cc[v])
            #expect(report.value(.degree, of: v) == Double(g.degree(v)))
        }
        // Ranked by PageRank: node 33 then node 0 (NetworkX's weighted karate).
        #expect(report.ranking.prefix(2).map { report.entities[$0].name } == ["33", "0"])
        #expect(report.ranking.map { report.rank[$0] } == Array(1...34))
        // Community ranks count 1, 2, ... within each community.
        for c in 0..<report.communityPartition.count {
            #expect(
                report.ranking.filter { report.communityPartition.community[$0] == c }.map { report.communityRank![$0] }
                    == Array(1...report.communityPartition.members(of: c).count))
        }
    }

    @Test func rankByAnyMeasureAndOnlyRequestedMeasures() throws {
        let report = try Self.actors(Self.karate, .init(rankBy: .coreness, measures: [.coreness]))
        // Only the measure asked for is computed: no PageRank, degree or strength pass.
        #expect(report.computed == [.coreness])
        #expect(report.ranking.allSatisfy { report.value(.pagerank, of: $0).isNaN })
        #expect(report.ranking.allSatisfy { report.value(.betweenness, of: $0).isNaN && report.value(.closeness, of: $0).isNaN })
        #expect(report.betweennessSources == nil)
        let cores = report.ranking.map { report.value(.coreness, of: $0) }
        #expect(cores == cores.sorted(by: >))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.json(report).utf8)) as? [String: Any])
        let node = try #require((json["nodes"] as? [[String: Any]])?.first)
        #expect(node["betweenness"] is NSNull)
        #expect(node["broker"] is NSNull)
        #expect(Set(node.keys) == Set(ActorTableEncoder.columns))
        #expect(json["betweenness"] is NSNull)
        // CSV: the stable header, empty fields for measures not computed.
        let lines = ActorTableEncoder.csv(report, rows: Array(report.ranking.prefix(2))).split(separator: "\n")
        #expect(lines[0] == Substring(ActorTableEncoder.columns.joined(separator: ",")))
        #expect(lines[1].hasPrefix("1,"))
        #expect(lines[1].contains(",,"))
    }

    @Test func communitiesOnlyWhenAskedFor() throws {
        let report = try Self.actors(Self.karate, .init(rankBy: .degree, measures: [.degree], communities: false))
        #expect(report.computed == [.degree])
        #expect(report.partition == nil && report.modularity == nil && report.communityRank == nil)
        #expect(report.brokers == nil)
        // Degree order: node 33 (17 ties) then node 0 (16).
        #expect(report.ranking.prefix(2).map { report.entities[$0].name } == ["33", "0"])
        let text = Self.json(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["modularity"] is NSNull && json["algorithm"] is NSNull)
        let node = try #require((json["nodes"] as? [[String: Any]])?.first)
        #expect(node["community"] is NSNull && node["communityRank"] is NSNull)
        #expect(node["degree"] as? Double == 17)
        // The table has no community column; CSV leaves the community fields empty.
        let table = ActorTableEncoder.table(report, rows: Array(report.ranking.prefix(3)))
        #expect(!table.contains("Comm."))
        let withCommunities = try Self.actors(Self.karate, .init(measures: [.degree]))
        #expect(ActorTableEncoder.table(withCommunities, rows: [0]).contains("Comm."))
        let csv = ActorTableEncoder.csv(report, rows: [report.ranking[0]]).split(separator: "\n")
        let header = csv[0].split(separator: ",", omittingEmptySubsequences: false)
        let row = csv[1].split(separator: ",", omittingEmptySubsequences: false)
        let field = { (name: String) in row[try #require(header.firstIndex(of: Substring(name)))] }
        #expect(try field("community") == "" && field("communityRank") == "")
        #expect(try field("degree") == "17")
    }

    @Test func aMeasureAddedToTheRegistryIsAColumn() {
        // Every registered measure has a CSV column and JSON key; the stable ones come first.
        #expect(Array(ActorTableEncoder.columns.prefix(ActorTableEncoder.csvColumns.count)) == ActorTableEncoder.csvColumns)
        for m in ActorMeasures.all { #expect(ActorTableEncoder.columns.contains(m.name.rawValue)) }
        #expect(Set(MeasureName.allCases.map(\.rawValue)).count == ActorMeasures.all.count)
        #expect(MeasureName(rawValue: "PageRank") == .pagerank)
        #expect(MeasureName(rawValue: "fame") == nil)
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
        let report = try Self.actors(try Self.load(url.path))
        let brokers = try #require(report.brokers)
        let name = { (v: Int) in report.entities[v].name }
        let flagged = Set(report.ranking.filter { brokers[$0] }.map(name))
        // n10 and the clique node on the far side of it bridge the two communities; nodes inside
        // a clique tie into one community only and are no brokers, whatever their betweenness.
        #expect(report.communityPartition.count == 2)
        #expect(flagged.contains("n10"))
        #expect(flagged.isSubset(of: ["n4", "n10", "n5"]) && flagged.count == 2)
        for v in report.ranking where brokers[v] {
            #expect(report.value(.betweenness, of: v) >= KeyActors.brokerBetweenness)
        }
        #expect(Set(report.selecting(brokersOnly: true).map(name)) == flagged)
        let n10 = try #require(report.ranking.first { name($0) == "n10" })
        #expect(report.value(.brokerage, of: n10) >= 0.25)
        let c = report.communityPartition.community[n10]
        #expect(report.selecting(community: c).allSatisfy { report.communityPartition.community[$0] == c })
    }

    /// Closeness and harmonic centrality in [0, 1] by default: NetworkX's values with path
    /// lengths in units of the strongest tie (harmonic also over n - 1); the raw values on request.
    @Test(arguments: ["karate", "kite", "florentine"])
    func distanceMeasuresAreScaledLikeNetworkX(_ name: String) throws {
        let url = TestPaths.fixture("analysis/\(name).expected.json")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let closeness = try #require(doc["closeness_scaled"] as? [String: Double])
        let harmonic = try #require(doc["harmonic_scaled"] as? [String: Double])
        let graph = try Self.load(TestPaths.fixture("analysis/\(name).tsv").path)
        let scaled = try Self.actors(graph, .init(measures: [.closeness, .harmonic]))
        for v in scaled.ranking {
            let key = scaled.entities[v].name
            let (c, h) = (scaled.value(.closeness, of: v), scaled.value(.harmonic, of: v))
            #expect(abs(c - (closeness[key] ?? .nan)) <= 1e-12, "\(name) \(key) closeness")
            #expect(abs(h - (harmonic[key] ?? .nan)) <= 1e-12, "\(name) \(key) harmonic")
            #expect((0...1).contains(c) && (0...1).contains(h))
        }
        let raw = try Self.actors(graph, .init(measures: [.closeness, .harmonic], rawDistances: true))
        let g = graph.weightedGraph()
        let (cl, hm) = (try g.closeness(), try g.harmonic())
        for v in raw.ranking {
            #expect(raw.value(.closeness, of: v) == cl[v])
            #expect(raw.value(.harmonic, of: v) == hm[v])
        }
    }

    @Test func seenFromAnActorIsRootedPageRank() throws {
        // NetworkX: pagerank(G, personalization={0: 1}, weight="weight") (karate.expected.json).
        let url = TestPaths.fixture("analysis/karate.expected.json")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let rooted = try #require(doc["pagerank_rooted"] as? [String: Double])
        let root = try #require(Self.karate.entities(named: "0").first)
        let report = try Self.actors(Self.karate, .init(measures: [], seenFrom: [root]))
        #expect(report.entities[report.ranking[0]].name == "0")
        for v in report.ranking {
            let expected = try #require(rooted[report.entities[v].name])
            #expect(abs(report.value(.pagerank, of: v) - expected) <= 1e-9 * expected + 1e-12)
        }
        #expect(throws: AnalysisError.invalidOption(name: "seen-from", value: "99", expected: "a node of the graph (0..<34)")) {
            try Self.actors(Self.karate, .init(seenFrom: [99]))
        }
    }

    @Test func percentilesAverageTies() {
        let sixth = 1.0 / 6
        let expected: [Double] = [1, sixth, sixth, 2.0 / 3]
        #expect(BrokerageMeasure.percentiles([3, 1, 1, 2]) == expected)
        #expect(BrokerageMeasure.percentiles([5]) == [0])
    }

    @Test func communitySummaryListsEveryNodeAndTheStrongestLinks() throws {
        for algorithm in CommunityAlgorithm.allCases {
            let report = try Self.actors(Self.karate, .init(measures: [], algorithm: algorithm, seed: 1))
            let c = CommunitySummary(graph: LabeledGraph(Self.karate), actors: report)
            #expect(c.communities.flatMap(\.members).sorted() == Array(0..<34))
            let total = c.communities.reduce(0.0) { $0 + $1.internalWeight } + c.communities.reduce(0.0) { $0 + $1.externalWeight } / 2
            #expect(total == Self.karate.weightedGraph().totalWeight)
            for com in c.communities {
                #expect(com.strongestLinks.count <= CommunitySummary.maxLinks)
                #expect(com.strongestLinks.map(\.weight) == com.strongestLinks.map(\.weight).sorted(by: >))
                #expect(
                    abs(com.strongestLinks.reduce(0) { $0 + $1.weight } - com.externalWeight) < 1e-9
                        || com.strongestLinks.count == CommunitySummary.maxLinks)
            }
            let text = CommunityEncoder.json(c, actors: report)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect((json["nodes"] as? [[String: Any]])?.count == 34)
            #expect(json["algorithm"] as? String == algorithm.rawValue)
            #expect(text.contains("\"modularity\": \(try #require(report.modularity)),"))
        }
    }

    @Test func jsonKeepsFullPrecisionAndEscapesNames() throws {
        let names = ["a \"quoted\" name", "back\\slash", "comma, inc", "Zoë"]
        let lines = [
            "\"a \"\"quoted\"\" name\",back\\slash,2", "back\\slash,\"comma, inc\",1",
            "\"comma, inc\",Zoë,3",
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID()).csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        let report = try Self.actors(try Self.load(url.path))
        let text = Self.json(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["name"] as? String }) == Set(names))
        #expect(nodes.count == 4)
        // Numbers are written in Swift's shortest round-trip form (Foundation's parser on Linux
        // rounds some of them, so compare the text).
        for v in report.ranking {
            #expect(text.contains("\"pagerank\": \(report.value(.pagerank, of: v)),"))
            #expect(text.contains("\"closeness\": \(report.value(.closeness, of: v)),"))
        }
        #expect(text.contains("\"modularity\": \(try #require(report.modularity)),"))
        // CSV quotes the names that need it.
        let csv = ActorTableEncoder.csv(report, rows: report.ranking)
        #expect(csv.contains(",\"comma, inc\",") && csv.contains(",\"a \"\"quoted\"\" name\","))
    }

    @Test func badOptionsThrowTheAnalysisError() {
        let expected = AnalysisError.invalidOption(name: "resolution", value: "-1.0", expected: "a finite number ≥ 0")
        for algorithm in [CommunityAlgorithm.leiden, .louvain] {
            #expect(throws: expected) { try Self.actors(Self.karate, .init(algorithm: algorithm, resolution: -1)) }
        }
        #expect(throws: AnalysisError.self) { try Self.actors(Self.karate, .init(threads: 0)) }
    }

    @Test func guessedAffiliationsAreMarkedInEveryTable() throws {
        let g = try EntityGraph(
            entities: [
                Entity(kind: .person, name: "Ana Ruiz", affiliation: "PER", affiliationSource: .guess),
                Entity(kind: .person, name: "Tomás Vidal", affiliation: "CHL", affiliationSource: .text),
            ],
            relations: [Relation("person:Ana Ruiz", "person:Tomás Vidal", weight: 1)])
        let actors = try Self.actors(g)
        #expect(ActorTableEncoder.table(actors, rows: actors.ranking).contains("PER? "))
        let csv = ActorTableEncoder.csv(actors, rows: actors.ranking)
        let lines = csv.split(separator: "\n")
        let ana = try #require(lines.first { $0.contains(",Ana Ruiz,") })
        #expect(ana.contains(",Ana Ruiz,person,PER,") && ana.hasSuffix(",guess"))  // the code stays machine-readable
        #expect(try #require(lines.first { $0.contains(",Tomás Vidal,") }).hasSuffix(",text"))
        let json = Self.json(actors)
        #expect(json.contains(#""affiliationSource": "guess""#) && json.contains(#""country": "PER""#))
    }

    @Test func emptyGraph() throws {
        let report = try Self.actors(.empty)
        #expect(report.ranking.isEmpty)
        #expect(report.modularity == 0)
        #expect(ActorTableEncoder.table(report, rows: []).hasPrefix("#"))
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
        #expect(Set(nodes[0].keys) == Set(ActorTableEncoder.columns))
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
        #expect(lines[0] == Substring(ActorTableEncoder.columns.joined(separator: ",")))
        // Unweighted betweenness: node 0 is the top broker of the club (NetworkX: 0.437635).
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0[8] == "0" })
        #expect(rows.allSatisfy { $0[10].isEmpty && !$0[14].isEmpty })  // closeness not computed
        let bad = try run(["actors", Self.karate, "--measures", "fame"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("Value 'fame' for --measures is not valid"))
    }

    @Test func actorsComputeOnlyTheMeasuresAsked() throws {
        // --measures degree: ranked by degree, no PageRank, no communities.
        let r = try run(["actors", Self.karate, "--measures", "degree", "--format", "json", "--all"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(obj["measures"] as? [String] == ["degree"])
        #expect(obj["modularity"] is NSNull)
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.prefix(2).compactMap { $0["name"] as? String } == ["33", "0"])
        #expect(nodes.allSatisfy { $0["pagerank"] is NSNull && $0["community"] is NSNull })
        let table = try run(["actors", Self.karate, "--measures", "degree"])
        #expect(table.status == 0 && !table.stdout.contains("Comm.") && !table.stdout.contains("PageRank"))
        // 'community' among the measures brings the communities back.
        let with = try run(["actors", Self.karate, "--measures", "degree,community", "--format", "json"])
        let withObj = try #require(try JSONSerialization.jsonObject(with: Data(with.stdout.utf8)) as? [String: Any])
        #expect((withObj["modularity"] as? Double ?? 0) > 0.4)
        #expect((withObj["nodes"] as? [[String: Any]])?.first?["community"] is Int)
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

    /// `--restarts N` keeps the best of N seeded runs: the same on any thread count, never below
    /// the first run (whose seed is --seed), and refused below 1.
    @Test(arguments: ["leiden", "louvain"])
    func restartsKeepTheBestRun(_ algorithm: String) throws {
        func q(_ extra: [String]) throws -> (Double, String) {
            let r = try run(["communities", Self.karate, "--algorithm", algorithm, "--seed", "5", "--format", "json"] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return (try #require(obj["modularity"] as? Double), r.stdout)
        }
        let (one, _) = try q(["--restarts", "1"])
        let (best, text) = try q(["--restarts", "8", "--threads", "2"])
        #expect(best >= one)
        #expect(best > 0.41 && best <= 0.444905)  // 0.444905: karate's optimum (Brandes et al. 2008)
        #expect(try q(["--restarts", "8", "--threads", "1"]).1 == text)
        let refused = try run(["communities", Self.karate, "--restarts", "0"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("Restarts '0' must be at least 1"))
    }

    @Test func labeledGraphGivesTheSameReportsAndStreamedJSON() throws {
        let path = TestPaths.fixture("analysis/karate.tsv").path
        var warnings: [String] = []
        let lean = try Pipeline.loadLabeledGraph(path, warnings: &warnings)
        let karate = KeyActorsTests.karate
        let full = try KeyActorsTests.actors(karate)
        let viaLean = try KeyActors(graph: lean)
        #expect(viaLean.ranking == full.ranking)
        #expect(KeyActorsTests.json(viaLean) == KeyActorsTests.json(full))
        var pieces = ""
        ActorTableEncoder.writeJSON(full, rows: Array(full.ranking.prefix(5))) { pieces += $0 }
        #expect(pieces == KeyActorsTests.json(full, limit: 5))
        let c1 = CommunitySummary(graph: LabeledGraph(karate), actors: full)
        let c2 = CommunitySummary(graph: lean, actors: viaLean)
        #expect(CommunityEncoder.json(c1, actors: full) == CommunityEncoder.json(c2, actors: viaLean))
        #expect(CommunityEncoder.text(c1, actors: full) == CommunityEncoder.text(c2, actors: viaLean))
    }
}

/// Importance follows coverage: PageRank's walk restarts in proportion to each entity's articles.
@Suite struct CoverageTests {
    /// "long" appears in one article with eight others; "wide" in five articles with three others.
    static func graph() throws -> EntityGraph {
        var entities = [
            Entity(kind: .person, name: "Long Interview", mentions: 40, articles: 1),
            Entity(kind: .person, name: "Wide Coverage", mentions: 10, articles: 5),
        ]
        var relations: [Relation] = []
        for i in 0..<8 {
            entities.append(Entity(kind: .issue, name: "topic \(i)", articles: 1))
            relations.append(Relation("person:Long Interview", "issue:topic \(i)", weight: 1))
        }
        for i in 0..<3 {
            entities.append(Entity(kind: .issue, name: "theme \(i)", articles: 5))
            relations.append(Relation("person:Wide Coverage", "issue:theme \(i)", weight: 1))
        }
        relations.append(Relation("issue:theme 0", "issue:topic 0", weight: 1))
        return try EntityGraph(entities: entities, relations: relations)
    }

    func rankOfPeople(_ restart: KeyActors.Options.Restart) throws -> [String] {
        let actors = try KeyActors(graph: LabeledGraph(try Self.graph()), options: .init(measures: [], restart: restart))
        return actors.selecting(kind: .person).map { actors.entities[$0].name }
    }

    @Test func oneLongArticleDoesNotMakeAKeyActor() throws {
        #expect(try rankOfPeople(.uniform) == ["Long Interview", "Wide Coverage"])
        #expect(try rankOfPeople(.articles) == ["Wide Coverage", "Long Interview"])
    }

    @Test func restartsByArticlesAreNetworkXPersonalisedPageRank() throws {
        // networkx 3.6.1: pagerank(G, personalization={node: articles}, tol=1e-14) on this graph.
        let expected = ["Long Interview": 0.18954345010747095, "Wide Coverage": 0.23917178545506795, "theme 0": 0.12739558255837188]
        let actors = try KeyActors(graph: LabeledGraph(try Self.graph()), options: .init(measures: []))
        for v in 0..<actors.nodeCount {
            guard let x = expected[actors.entities[v].name] else { continue }
            #expect(abs(actors.value(.pagerank, of: v) - x) < 1e-12, "\(actors.entities[v].name)")
        }
    }
}
