import Foundation
import GraphTestSupport
import RelGraphCore
import RelGraphPipeline
import RelGraphStore
import Testing

/// `build --store`, `graph --store` and `--store` on the analysis commands: the store gives the
/// graphs a build gives, adds only what is new, and survives being killed.
@Suite struct CorpusStoreCommandTests {
    static let examples = CorpusScaleTests.examples

    @Test func aStoreGivesTheGraphOfABuildAndAddsOnlyWhatIsNew() throws {
        try CorpusScaleTests.withFolder { dir in
            let jsonl = dir.appendingPathComponent("all.jsonl").path
            try Data(try CorpusScaleTests.examplesAsJSONLines().utf8).write(to: URL(fileURLWithPath: jsonl))
            let store = dir.appendingPathComponent("news.sqlite").path
            let first = try Pipeline.store([jsonl], into: store)
            #expect(first.added == first.read && first.read > 10 && first.unchanged == 0)
            let built = GraphFile.encode(try Pipeline.build([jsonl]).graph)
            #expect(GraphFile.encode(try Pipeline.graph(of: StoreRequest(path: store)).graph) == built)
            // Again: nothing is extracted or written.
            let again = try Pipeline.store([jsonl], into: store)
            #expect(again.unchanged == first.read && again.added == 0 && again.replaced == 0)
            #expect(GraphFile.encode(try Pipeline.graph(of: StoreRequest(path: store)).graph) == built)
            // One article rewritten: replaced, and the graph follows.
            var lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[0] = lines[0].replacingOccurrences(of: "Anchorage", with: "Juneau")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: jsonl))
            let edited = try Pipeline.store([jsonl], into: store)
            #expect(edited.replaced == 1 && edited.unchanged == first.read - 1)
            let stored = try Pipeline.graph(of: StoreRequest(path: store)).graph
            #expect(
                stored.entities.contains { $0.name == "Juneau" }
                    || stored.relations.contains { r in
                        r.evidence.contains { $0.text.contains("Juneau") }
                    })
        }
    }

    @Test func slicesSelectByDateSourceAndWords() throws {
        try CorpusScaleTests.withFolder { dir in
            let jsonl = dir.appendingPathComponent("all.jsonl").path
            try Data(try CorpusScaleTests.examplesAsJSONLines().utf8).write(to: URL(fileURLWithPath: jsonl))
            let store = dir.appendingPathComponent("news.sqlite").path
            _ = try Pipeline.store([jsonl], into: store)
            let all = try Pipeline.build([jsonl]).graph
            let march = try #require(PartialDate("2021-03"))
            let (graph, n) = try Pipeline.graph(of: StoreRequest(path: store, since: march, until: march))
            let expected = all.articles.filter { $0.date?.hasPrefix("2021-03") == true }
            #expect(n == expected.count && n > 0)
            #expect(Set(graph.articles.map(\.id)) == Set(expected.map(\.id)))
            let (_, withWord) = try Pipeline.graph(of: StoreRequest(path: store, query: "Anchorage"))
            #expect(withWord >= 1 && withWord < all.articles.count)
            let (_, none) = try Pipeline.graph(of: StoreRequest(path: store, sources: ["No Such Paper"]))
            #expect(none == 0)
        }
    }

    @Test func trendsFromAStoreEqualTrendsFromTheArticles() throws {
        try CorpusScaleTests.withFolder { dir in
            let store = dir.appendingPathComponent("news.sqlite").path
            _ = try Pipeline.store([Self.examples], into: store)
            let fromStore = try Pipeline.trends(of: try Pipeline.periodGraphs(of: StoreRequest(path: store), slice: .month))
            let fromText = try Pipeline.trends(of: try Pipeline.periodGraphs([Self.examples], slice: .month).periods)

            #expect(
                Pipeline.render(fromStore.trends, as: .csv, periods: fromStore.periods)
                    == Pipeline.render(fromText.trends, as: .csv, periods: fromText.periods))
        }
    }

    @Test func theAnalysisCommandsReadAStoreSlice() throws {
        guard TestProcess.relgraph != nil else { return }
        try CorpusScaleTests.withFolder { dir in
            let store = dir.appendingPathComponent("news.sqlite").path
            #expect(try TestProcess.relgraph(["build", Self.examples, "--store", store, "--quiet"]).status == 0)
            let graph = dir.appendingPathComponent("g.relgraph.json").path
            #expect(try TestProcess.relgraph(["build", Self.examples, "-o", graph, "--quiet"]).status == 0)
            let fromStore = try TestProcess.relgraph(["actors", "--store", store, "--format", "csv", "--all"])
            let fromFile = try TestProcess.relgraph(["actors", graph, "--format", "csv", "--all"])
            #expect(fromStore.status == 0, "\(fromStore.stderr)")
            #expect(fromStore.stdout == fromFile.stdout)
            let both = try TestProcess.relgraph(["actors", graph, "--store", store])
            #expect(both.status == 64 && both.stderr.contains("not both"))
            let sliceWithoutStore = try TestProcess.relgraph(["actors", graph, "--since", "2021"])
            #expect(sliceWithoutStore.status == 64)
            let missing = try TestProcess.relgraph(["graph", "--store", dir.appendingPathComponent("none.sqlite").path])
            #expect(missing.status == 1 && missing.stderr.contains("none.sqlite"))
        }
    }

    /// A build killed with SIGKILL at any moment leaves a store that the next run completes to
    /// exactly the store of an uninterrupted build.
    @Test func aKilledBuildIsCompletedByTheNextRun() throws {
        guard let relgraph = TestProcess.relgraph else { return }
        try CorpusScaleTests.withFolder { dir in
            // About 2 MB of articles (the examples under many ids): two transactions or more.
            let base = try CorpusScaleTests.examplesAsJSONLines().split(separator: "\n")
            var lines: [String] = []
            for copy in 0..<60 {
                for l in base {
                    lines.append(
                        l.replacingOccurrences(of: "{\"date\"", with: "{\"copy\":\(copy),\"date\"").replacingOccurrences(
                            of: "\"id\":\"", with: "\"id\":\"c\(copy)-"))
                }
            }
            let jsonl = dir.appendingPathComponent("big.jsonl").path
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: jsonl))
            let reference = dir.appendingPathComponent("reference.sqlite").path
            let start = Date()
            let made = try TestProcess.relgraph(["build", jsonl, "--store", reference, "--quiet", "--threads", "1"])
            #expect(made.status == 0)
            let full = Date().timeIntervalSince(start)
            let expected = try Pipeline.graph(of: StoreRequest(path: reference)).graph
            #expect(expected.articles.count == lines.count)
            var partial = 0
            for fraction in [0.35, 0.7] {
                let store = dir.appendingPathComponent("killed-\(fraction).sqlite").path
                let p = Process()
                p.executableURL = relgraph
                p.arguments = ["build", jsonl, "--store", store, "--quiet", "--threads", "1"]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                try p.run()
                Thread.sleep(forTimeInterval: full * fraction)
                kill(p.processIdentifier, SIGKILL)
                p.waitUntilExit()
                if FileManager.default.fileExists(atPath: store) {
                    let n = try CorpusStore(path: store, readOnly: true).count
                    if n < lines.count { partial += 1 }
                }
                #expect(try TestProcess.relgraph(["build", jsonl, "--store", store, "--quiet"]).status == 0)
                let completed = try Pipeline.graph(of: StoreRequest(path: store)).graph
                #expect(GraphFile.encode(completed) == GraphFile.encode(expected))
            }
            #expect(partial > 0, "no kill landed before the build finished; the test did not test")
        }
    }
}
