import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import RelGraphPipeline
import Testing

/// `relgraph trends`: per-period graphs from articles, ranks that agree with `actors`, and the
/// rise of COVID-19 in the Wikinews corpus.
@Suite struct TrendsCommandTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path

    @Test func periodsCoverTheExamplesAndRanksAgreeWithActors() throws {
        let (fold, tally) = try Pipeline.periodGraphs([Self.examples], slice: .month)
        #expect(fold.undated == 0)
        let periods = fold.periods
        // Every month from the first to the last article, gaps included, in order.
        #expect(zip(periods, periods.dropFirst()).allSatisfy { $0.period.next == $1.period })
        #expect(periods.reduce(0) { $0 + $1.graph.articles.count } == tally.articles)
        let (trends, restricted) = try Pipeline.trends(of: fold, options: TrendOptions(limit: 5))
        #expect(trends.actors.count == 5)
        for (k, p) in restricted.enumerated() where !p.graph.entities.isEmpty {
            let actors = try KeyActors(graph: LabeledGraph(p.graph))
            let top = try #require(actors.ranking.first)
            let first = try #require(trends.ranking(inPeriod: k).first)
            #expect(trends.entities[first.entity].id == p.graph.entities[top].id)
            #expect(first.score.rank == 1)
        }
    }

    @Test func csvHasOneRowPerPeriodAndActorAndTheChartOneLinePerActor() throws {
        let (fold, _) = try Pipeline.periodGraphs([Self.examples], slice: .quarter)
        let (trends, periods) = try Pipeline.trends(of: fold, options: TrendOptions(limit: 3))
        let csv = Pipeline.render(trends, as: .csv, periods: periods).split(separator: "\n")
        #expect(csv.first == "period,entity,name,kind,rank,pagerank")
        #expect(csv.count == 1 + 3 * periods.count)
        let svg = Pipeline.render(trends, as: .svg, periods: periods)
        #expect(svg.components(separatedBy: "class=\"line\"").count - 1 == 3)
        let gexf = Pipeline.render(trends, as: .gexf, periods: periods)
        #expect(gexf.contains("mode=\"dynamic\""))
    }

    @Test func focusNamesMustMatchAnEntity() throws {
        let (fold, _) = try Pipeline.periodGraphs([Self.examples], slice: .year)
        #expect(throws: PipelineError.self) { _ = try Pipeline.trends(of: fold, focus: ["Nobody Atall"]) }
        let (trends, _) = try Pipeline.trends(of: fold, options: TrendOptions(limit: 1), focus: ["Xi Jinping"])
        #expect(trends.actors.contains { trends.entities[$0.entity].name == "Xi Jinping" })
    }

    /// The acceptance scenario of the corpus store issue: in the dated Wikinews corpus the
    /// COVID-19 issue rises into the top actors in early 2020.
    @Test func covidRisesInEarly2020InWikinews() throws {
        guard let corpus = TestPaths.sharedFile("corpora/wikinews_2019_2020/articles.jsonl") else { return }
        let (fold, _) = try Pipeline.periodGraphs([corpus.path], slice: .month)
        let (trends, _) = try Pipeline.trends(of: fold)
        let covid = try #require(trends.entityIndex(of: "issue:COVID-19"))
        let months = trends.periods.map(\.period.description)
        func rank(_ month: String) -> Int? {
            months.firstIndex(of: month).flatMap { trends.score(of: covid, inPeriod: $0)?.rank }
        }
        #expect(trends.actors.contains { $0.entity == covid })
        #expect((rank("2020-01") ?? 1_000) > 10)
        #expect((rank("2020-03") ?? 1_000) <= 3)
    }
}
