import RelGraphAnalysis
import RelGraphCore
import Testing

/// Trends over three months, the second without articles:
/// ```
///   2020-01   A ==3== B --1-- C
///   2020-02   (no articles)
///   2020-03   A --1-- B ==4== C ==2== D        (D is a country, the others people)
/// ```
/// Every entity is mentioned in one article per period, so PageRank restarts uniformly.
@Suite("Actor trends")
struct ActorTrendsTests {
    static func entity(_ name: String, articles: Int = 1) -> Entity {
        name == "D"
            ? Entity(kind: .country, name: "D", iso3: "D", articles: articles) : Entity(kind: .person, name: name, articles: articles)
    }

    static func graph(_ edges: [(String, String, Double)], articles: [String: Int] = [:]) throws -> EntityGraph {
        let names = Set(edges.flatMap { [$0.0, $0.1] }).sorted()
        let entities = names.map { entity($0, articles: articles[$0] ?? 1) }
        let id = { (n: String) in entities.first { $0.name == n }!.id }
        return try EntityGraph(
            entities: entities, relations: edges.map { Relation(id($0.0), id($0.1), weight: $0.2) })
    }

    static func periods() throws -> [(period: Period, graph: EntityGraph)] {
        let months = TimeSlice.month.periods(from: TimeSlice.month.period(of: "2020-01")!, through: TimeSlice.month.period(of: "2020-03")!)
        return [
            (months[0], try graph([("A", "B", 3), ("B", "C", 1)])),
            (months[1], .empty),
            (months[2], try graph([("A", "B", 1), ("B", "C", 4), ("C", "D", 2)])),
        ]
    }

    // networkx 3.6.1 pagerank(G, alpha=0.85, weight="weight", tol=1e-15, max_iter=10000).
    static let january = ["A": 0.3601351351351345, "B": 0.486486486486487, "C": 0.15337837837837817]
    static let march = ["A": 0.09669935212747324, "B": 0.3482314831027843, "C": 0.40330064787252673, "D": 0.15176851689721577]

    @Test("PageRank and ranks per period; absent actors have none")
    func scores() throws {
        let t = try ActorTrends(periods: Self.periods())
        #expect(t.periods.map(\.period.description) == ["2020-01", "2020-02", "2020-03"])
        #expect(t.periods.map(\.nodeCount) == [3, 0, 4])
        #expect(t.entities.map(\.name) == ["D", "A", "B", "C"])  // by id: country:D < person:A
        for (p, expected) in [(0, Self.january), (2, Self.march)] {
            for (name, value) in expected {
                let u = try #require(t.entityIndex(of: Self.entity(name).id))
                let s = try #require(t.score(of: u, inPeriod: p))
                #expect(abs(s.pagerank - value) <= 1e-12, "\(name) in \(p)")
            }
        }
        func ranks(_ p: Int) -> [String] { t.ranking(inPeriod: p).map { t.entities[$0.entity].name } }
        #expect(ranks(0) == ["B", "A", "C"])
        #expect(ranks(1) == [])
        #expect(ranks(2) == ["C", "B", "D", "A"])
        let d = try #require(t.entityIndex(of: "country:D"))
        #expect(t.score(of: d, inPeriod: 0) == nil)
        #expect(t.score(of: d, inPeriod: 2)?.rank == 3)
    }

    @Test("Lines: weight = sum of PageRank times entities; top, kinds and focus")
    func lines() throws {
        let t = try ActorTrends(periods: Self.periods())
        let names = t.actors.map { t.entities[$0.entity].name }
        #expect(names == ["B", "C", "A", "D"])
        let b = try #require(t.actors.first)
        #expect(abs(b.weight - (3 * Self.january["B"]! + 4 * Self.march["B"]!)) <= 1e-12)
        #expect(b.scores.map { $0?.rank } == [1, nil, 2])
        #expect(!b.isFocus)

        let top2 = try ActorTrends(periods: Self.periods(), options: .init(limit: 2))
        #expect(top2.actors.map { top2.entities[$0.entity].name } == ["B", "C"])
        let focused = try ActorTrends(periods: Self.periods(), options: .init(limit: 2, focus: ["country:D"]))
        #expect(focused.actors.map { focused.entities[$0.entity].name } == ["B", "D"])
        #expect(focused.actors.map(\.isFocus) == [false, true])
        let countries = try ActorTrends(periods: Self.periods(), options: .init(kinds: [.country]))
        #expect(countries.actors.map { countries.entities[$0.entity].name } == ["D"])
        let people = try ActorTrends(periods: Self.periods(), options: .init(kinds: [.person], focus: ["country:D"]))
        #expect(people.actors.map { people.entities[$0.entity].name } == ["B", "C", "A", "D"])
    }

    @Test("Restarts follow article counts, as for key actors")
    func restarts() throws {
        let g = try Self.graph([("A", "B", 1), ("B", "C", 4), ("C", "D", 2)], articles: ["B": 2, "C": 3])
        let t = try ActorTrends(periods: [(TimeSlice.year.period(of: "2021")!, g)])
        // networkx 3.6.1 pagerank(G, alpha=0.85, personalization={A: 1, B: 2, C: 3, D: 1},
        // weight="weight", tol=1e-15, max_iter=10000).
        let expected = ["A": 0.08135759142588056, "B": 0.35252364704299627, "C": 0.4244339143656243, "D": 0.14168484716549876]
        for (name, value) in expected {
            let s = try #require(t.score(of: t.entityIndex(of: Self.entity(name).id)!, inPeriod: 0))
            #expect(abs(s.pagerank - value) <= 1e-12, "\(name)")
        }
        let actors = try KeyActors(graph: LabeledGraph(g), options: .init(measures: [.pagerank]))
        #expect(t.ranking(inPeriod: 0).map(\.score.rank) == [1, 2, 3, 4])
        #expect(t.ranking(inPeriod: 0).map { t.entities[$0.entity].id } == actors.ranking.map { g.entities[$0].id })
    }

    @Test("Strong ties that appear and disappear, across an empty period")
    func edgeChanges() throws {
        let t = try ActorTrends(periods: Self.periods())
        // January: weights [1, 3], Q(0.9) = 1 + 0.9 · 2 = 2.8. March: [1, 2, 4], h = 1.8, Q = 2 + 0.8 · 2 = 3.6.
        #expect(t.periods.map(\.strongWeight) == [2.8, nil, 3.6])
        let changes = t.edgeChanges.map {
            "\($0.period) vs \($0.previous) \($0.kind) \($0.sourceName)–\($0.targetName) \($0.weightBefore)→\($0.weightAfter)"
        }
        #expect(changes == ["2020-03 vs 2020-01 appeared B–C 1.0→4.0", "2020-03 vs 2020-01 disappeared A–B 3.0→1.0"])
        #expect(t.edgeChanges.first?.source == "person:B")

        // The least strong weight (2) overrides a low quantile: with q = 0, January's weight-1 tie is weak.
        let low = try ActorTrends(periods: Self.periods(), options: .init(strongQuantile: 0))
        #expect(low.periods.map(\.strongWeight) == [2, nil, 2])
        #expect(
            low.edgeChanges.map { "\($0.kind) \($0.sourceName)–\($0.targetName)" } == [
                "appeared B–C", "appeared D–C", "disappeared A–B",
            ])
    }

    @Test("Unchanged periods have no changes; order does not depend on input order")
    func stable() throws {
        let p = try Self.periods()
        let march = p[2].graph
        let shuffled = try EntityGraph(entities: march.entities.reversed(), relations: march.relations.reversed())
        let april = TimeSlice.month.period(of: "2020-04")!
        let t = try ActorTrends(periods: p + [(april, shuffled)])
        #expect(t.edgeChanges.count == 2)
        #expect(t.actors.last?.scores.count == 4)
        let again = try ActorTrends(periods: p + [(april, march)])
        #expect(again.actors.map(\.entity) == t.actors.map(\.entity))
        #expect(again.edgeChanges == t.edgeChanges)
    }

    @Test("Invalid options")
    func invalid() throws {
        let p = try Self.periods()
        #expect(throws: AnalysisError.invalidOption(name: "limit", value: "0", expected: "an integer ≥ 1")) {
            try ActorTrends(periods: p, options: .init(limit: 0))
        }
        #expect(throws: AnalysisError.invalidOption(name: "quantile", value: "1.5", expected: "a number in [0, 1]")) {
            try ActorTrends(periods: p, options: .init(strongQuantile: 1.5))
        }
        #expect(
            throws: AnalysisError.invalidOption(name: "min-strong-weight", value: "-1.0", expected: "a finite number ≥ 0")
        ) {
            try ActorTrends(periods: p, options: .init(minimumStrongWeight: -1))
        }
        #expect(
            throws: AnalysisError.invalidOption(name: "focus", value: "person:Z", expected: "the id of an entity of some period")
        ) {
            try ActorTrends(periods: p, options: .init(focus: ["person:Z"]))
        }
    }

    @Test("No periods")
    func empty() throws {
        let t = try ActorTrends(periods: [])
        #expect(t.periods.isEmpty && t.actors.isEmpty && t.edgeChanges.isEmpty)
    }
}
