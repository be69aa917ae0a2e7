import Foundation
import GraphTestSupport
import RelGraphExport
import RelGraphPipeline
import Testing

/// Runs the built `relgraph` executable end to end and checks output and exit codes.
@Suite struct CommandLineTests {
    func run(_ args: [String]) throws -> ProcessOutput { try TestProcess.relgraph(args) }

    @Test func actorsOfAPlainEdgeListAsJSON() throws {
        let karate = TestPaths.fixture("analysis/karate.tsv").path
        let r = try run(["actors", karate, "--all", "--format", "json"])
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let nodes = try #require(obj["nodes"] as? [[String: Any]])
        #expect(nodes.count == 34)
        #expect(Set(nodes[0].keys) == Set(ActorTableEncoder.columns))
        #expect(
            Set(ActorTableEncoder.columns).isSuperset(of: [
                "rank", "name", "kind", "country", "degree", "strength", "pagerank", "betweenness", "community",
            ]))
        let modularity = try #require(obj["modularity"] as? Double)
        #expect(modularity > 0.4)
    }

    @Test func exportWithoutCommunities() throws {
        let karate = TestPaths.fixture("analysis/karate.tsv").path
        let with = try run(["export", karate, "--format", "graphml"])
        let without = try run(["export", karate, "--format", "graphml", "--no-communities"])
        #expect(with.status == 0 && without.status == 0, "\(without.stderr)")
        #expect(with.stdout.contains(#"attr.name="community""#))
        #expect(!without.stdout.contains(#"attr.name="community""#))
        // Every node gets the one colour for "no community"; nodes, edges and PageRank stay.
        let colours = without.stdout.components(separatedBy: "\n").filter { $0.contains(#"<data key="d"#) && $0.contains("#") }
        #expect(colours.count == 34 && colours.allSatisfy { $0.contains(Palette.unassigned.hex) })
        for text in [with.stdout, without.stdout] {
            #expect(text.components(separatedBy: "<node ").count == 35 && text.components(separatedBy: "<edge ").count == 79)
            #expect(text.contains(#"attr.name="pagerank""#))
        }
    }

    @Test func extractJSONLinesOfTheExamples() throws {
        let r = try run(["extract", "Examples/articles", "--format", "jsonl"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        let files = try FileManager.default.contentsOfDirectory(
            atPath: TestPaths.packageRoot.appendingPathComponent("Examples/articles").path)
        #expect(lines.count == files.filter { $0.hasSuffix(".txt") }.count)
    }

    @Test func runWritesEveryOutputAndRendersInProcess() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("rg-run-\(UUID().uuidString)").path
        let r = try run(["run", "Examples/articles", "--out", out, "--name", "ex", "--formats", "svg,png,pdf", "--report"])
        #expect(r.status == 0, "\(r.stderr)")
        for suffix in [".relgraph.json", ".actors.csv", ".communities.json", ".dot", ".svg", ".png", ".pdf", ".html"] {
            #expect(FileManager.default.fileExists(atPath: out + "/ex" + suffix), "missing ex\(suffix)")
        }
        let png = try Data(contentsOf: URL(fileURLWithPath: out + "/ex.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: URL(fileURLWithPath: out + "/ex.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(r.stdout.contains("Key actors:"))
    }

    @Test func runDrawsOnlyWhatTheFiltersKeep() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("rg-top-\(UUID().uuidString)").path
        let r = try run(["run", "Examples/articles", "--out", out, "--name", "t", "--top", "5", "--formats", "svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: out + "/t.dot", encoding: .utf8)
        #expect(dot.contains("(5 shown)"))
        let nodes = dot.split(separator: "\n").filter {
            $0.hasPrefix("  n") && $0.dropFirst(3).first?.isNumber == true && !$0.contains(" -- ")
        }
        #expect(nodes.count == 5)
    }

    /// One sentence naming 30 countries links every pair: 435 edges among 30 nodes. Graphviz's
    /// curved edges would search about 10⁹ paths per edge; the diagram uses straight ones.
    @Test(.timeLimit(.minutes(1)))
    func aDenseDiagramIsDrawnInTime() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rg-dense-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let countries = [
            "France", "Germany", "Italy", "Spain", "Portugal", "Poland", "Austria", "Belgium", "Netherlands",
            "Sweden", "Norway", "Denmark", "Finland", "Ireland", "Greece", "Hungary", "Romania", "Bulgaria",
            "Croatia", "Slovenia", "Slovakia", "Estonia", "Latvia", "Lithuania", "Luxembourg", "Malta", "Cyprus",
            "Iceland", "Canada", "Japan",
        ]
        let text = "Ministers from \(countries.dropLast().joined(separator: ", ")) and Japan met on Monday.\n"
        let input = dir.appendingPathComponent("summit.txt")
        try Data(text.utf8).write(to: input)
        let r = try run(["run", input.path, "--out", dir.path, "--name", "s", "--formats", "svg"])
        #expect(r.status == 0, "\(r.stderr)")
        let dot = try String(contentsOfFile: dir.path + "/s.dot", encoding: .utf8)
        #expect(dot.contains("splines=\"line\""))
        #expect(dot.components(separatedBy: " -- ").count - 1 == 435)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/s.svg"))
    }

    /// A graph of more than 60 entities whose ties all weigh 1 (an unweighted edge list): the
    /// readable default keeps the top 60 with their ties instead of failing on its weight
    /// threshold, and says what it drew.
    @Test func anUnweightedGraphGetsAReadableDiagram() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rg-unweighted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A ring of 100 nodes with chords: every weight 1.
        let lines = (0..<100).flatMap { i in ["v\(i)\tv\((i + 1) % 100)", "v\(i)\tv\((i + 7) % 100)"] }
        let input = dir.appendingPathComponent("ring.tsv")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let r = try run(["export", input.path, "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        let nodes = r.stdout.split(separator: "\n").filter {
            $0.hasPrefix("  n") && $0.dropFirst(3).first?.isNumber == true && !$0.contains(" -- ")
        }
        #expect(nodes.count == 60)
        #expect(r.stdout.contains(" -- "))
        #expect(r.stderr.contains("Drawing 60 of 100 entities") && r.stderr.contains("top 60 by pagerank"))
        #expect(!r.stderr.contains("min weight"))
        let svg = dir.appendingPathComponent("ring.svg").path
        #expect(try run(["render", input.path, "-o", svg]).status == 0)
        // Weighted graphs keep the threshold.
        let weighted = dir.appendingPathComponent("weighted.tsv")
        try Data((lines.enumerated().map { "\($0.element)\t\($0.offset % 3 + 1)" }.joined(separator: "\n") + "\n").utf8)
            .write(to: weighted)
        let w = try run(["export", weighted.path, "--format", "dot"])
        #expect(w.status == 0, "\(w.stderr)")
        #expect(w.stderr.contains("min weight 2"))
    }

    /// A measure that does not converge (eigenvector centrality on a 2,000-node path) is left
    /// out of the table with a warning instead of failing it; ranking by it fails with the
    /// reason.
    @Test func anUnconvergedMeasureIsLeftOutWithAWarning() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rg-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("path.tsv")
        try Data((0..<1_999).map { "p\($0)\tp\($0 + 1)\n" }.joined().utf8).write(to: input)
        let r = try run(["actors", input.path, "--measures", "degree,eigenvector", "--top", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: Eigenvector centrality is left out: Measure 'eigenvector' did not converge"))
        #expect(r.stdout.contains("Degree") && !r.stdout.contains("Eigenvector"))
        let ranked = try run(["actors", input.path, "--measures", "eigenvector", "--by", "eigenvector"])
        #expect(ranked.status == 1 && ranked.stderr.contains("error: Measure 'eigenvector' did not converge"))
    }

    @Test func renderADotFileAndAGraphFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rg-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let dot = dir.appendingPathComponent("g.dot")
        try Data("graph { a -- b; b -- c }".utf8).write(to: dot)
        let r1 = try run(["render", dot.path, "-o", dir.appendingPathComponent("g.svg").path])
        #expect(r1.status == 0)
        let svg = try String(contentsOf: dir.appendingPathComponent("g.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        let r2 = try run(["render", TestPaths.fixture("analysis/florentine.tsv").path, "-o", dir.appendingPathComponent("f.pdf").path])
        #expect(r2.status == 0)
    }

    @Test func errorsAndExitCodes() throws {
        let missing = try run(["actors", "/nonexistent/graph.tsv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: Cannot read '/nonexistent/graph.tsv'"))
        let usage = try run(["actors"])
        #expect(usage.status == 64)
        let badKind = try run(["actors", TestPaths.fixture("analysis/karate.tsv").path, "--kind", "planet"])
        #expect(badKind.status == 64)
        #expect(badKind.stderr.contains("The value 'planet' is invalid for '--kind <kind>'"))
        #expect(badKind.stderr.contains("'person', 'country', 'issue', 'organization' or 'other'"))
        let badKinds = try run(["export", TestPaths.fixture("analysis/karate.tsv").path, "--kinds", "person,planet"])
        #expect(badKinds.status == 64)
        #expect(badKinds.stderr.contains("Value 'planet' for --kinds is not valid; expected person, country, issue, organization, other"))
        let kinds = try run(["export", TestPaths.fixture("analysis/karate.tsv").path, "--kinds", "org,other"])
        #expect(kinds.status == 0 && kinds.stdout.hasPrefix("graph"))
        let badWindow = try run(["extract", "Examples/articles", "--window", "zero"])
        #expect(badWindow.status == 64)
        #expect(badWindow.stderr.contains("Window 'zero' is not valid"))
        let badDot = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).dot")
        try Data("graph { a -- ; }".utf8).write(to: badDot)
        let parse = try run(["render", badDot.path, "-o", "/tmp/never.svg"])
        #expect(parse.status == 1)
        #expect(parse.stderr.contains("syntax error"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.svg"))
    }

    /// The documented exit codes: 1 for runtime failures, 64 for every option value the command
    /// cannot use, whichever command and option.
    @Test func sameKindOfErrorSameExitCode() throws {
        let karate = TestPaths.fixture("analysis/karate.tsv").path
        let usage: [([String], String)] = [
            (["actors", karate, "--seen-from", "Nobody"], "error: --seen-from: No entity is called 'Nobody'"),
            (["export", karate, "--focus", "Nobody"], "error: --focus: No entity is called 'Nobody'"),
            (["export", karate, "--from", "2020-13-01"], "Date '2020-13-01' for '--from' is not valid"),
            (["export", karate, "--from", "2021-05", "--to", "2021-03"], "error: Date window '2021-05' to '2021-03' is empty"),
            (["actors", karate, "--resolution=-1"], "error: Invalid value '-1.0' for option 'resolution'"),
            (["communities", karate, "--algorithm", "louvain", "--resolution=-1"], "error: Invalid value '-1.0' for option 'resolution'"),
            (["actors", karate, "--by", "fame"], "The value 'fame' is invalid for '--by <by>'"),
            (["export", karate, "--top", "0"], "error: Value '0' for '--top' is not valid"),
            (["export", karate, "--format", "csv"], "error: Format 'csv' writes two files"),
        ]
        for (args, message) in usage {
            let r = try run(args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        let unreadable = try run(["render", "/nonexistent/g.dot", "-o", "/tmp/never.svg"])
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.hasPrefix("error: Cannot read '/nonexistent/g.dot'"))
        let missingFile = try run(["actors", "/nonexistent/article.txt"])
        #expect(missingFile.status == 1)
        for command in ["actors", "communities", "render", "report", "export"] {
            let args = [command, "Examples/articles/01-anchorage-talks.txt"] + (command == "render" ? ["-o", "/tmp/never.svg"] : [])
            let r = try run(args)
            #expect(r.status == 1, "\(command)")
            #expect(r.stderr.contains("looks like articles, not a graph; run 'relgraph build"), "\(command): \(r.stderr)")
        }
    }

    /// Large graphs are drawn readable by default, saying what was hidden; `--all` draws all;
    /// `--relations` chooses the ties analyses read.
    @Test func readableByDefaultAndRelationKinds() throws {
        let examples = "Graphs/examples.relgraph.json"
        func nodes(_ dot: String) -> Int {
            dot.split(separator: "\n").filter { $0.hasPrefix("  n") && $0.dropFirst(3).first?.isNumber == true && !$0.contains(" -- ") }
                .count
        }
        let file = try JSONSerialization.jsonObject(
            with: Data(contentsOf: TestPaths.packageRoot.appendingPathComponent(examples)))
        let total = try #require(((file as? [String: Any])?["entities"] as? [Any])?.count)
        #expect(total > 60)  // else the test tests nothing
        let readable = try run(["export", examples, "--format", "dot"])
        #expect(readable.status == 0)
        let drawn = nodes(readable.stdout)
        #expect(drawn <= 60 && drawn >= 50)
        #expect(readable.stderr.hasPrefix("Drawing \(drawn) of \(total) entities"), "\(readable.stderr)")
        let all = try run(["export", examples, "--format", "dot", "--all"])
        #expect(all.stderr.isEmpty && nodes(all.stdout) == total)
        func edges(_ args: [String]) throws -> Int {
            let r = try run(["actors", examples, "--format", "json", "--measures", "degree"] + args)
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            return try #require(obj["edgeCount"] as? Int)
        }
        let coMention = try edges([])
        #expect(try edges(["--relations", "all"]) > coMention)
        #expect(try edges(["--relations", "co-mention"]) == coMention)
    }

    @Test func helpListsEveryRegisteredMeasure() throws {
        let r = try run(["actors", "--help"])
        for name in [
            "pagerank", "betweenness", "degree", "strength", "closeness", "harmonic", "eigenvector",
            "coreness", "clustering", "brokerage",
        ] {
            #expect(r.stdout.contains(name + ":"), "\(name) has no definition in the help")
        }
        let export = try run(["export", "--help"])
        #expect(export.stdout.contains("brokerage"))
    }

    @Test func helpEverywhere() throws {
        for cmd in ["run", "build", "extract", "actors", "communities", "export", "render"] {
            let r = try run([cmd, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("USAGE: relgraph \(cmd)"))
        }
    }
}
