import Foundation
import GraphTestSupport
import RelGraphCore
import RelGraphPipeline
import Testing

/// Streaming builds, the map stage and merging: the same graph whatever the threads or the
/// split of the corpus.
@Suite struct CorpusScaleTests {
    static let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path

    /// Runs `body` with a fresh folder that is removed afterwards.
    static func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        try TestPaths.withTemporaryFolder("scale", body)
    }

    /// The bundled examples as JSON Lines records with ids (file name), title, date and text,
    /// so that every split of the file names its articles the same way.
    static func examplesAsJSONLines() throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { name -> String in
            let text = try String(contentsOfFile: examples + "/" + name, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            let title = lines.removeFirst()
            let date = lines.removeFirst()
            let body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            let record: [String: String] = [
                "id": String(name.dropLast(4)), "title": title, "date": date, "text": body,
            ]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    @Test func buildIsByteIdenticalForAnyThreadCount() throws {
        var encodings: [Data] = []
        for threads in [1, 2, 4] {
            var options = ExtractionOptions()
            options.threads = threads
            encodings.append(GraphFile.encode(try Pipeline.build([Self.examples], options: options).graph))
        }
        #expect(encodings.allSatisfy { $0 == encodings[0] })
        // And the streamed build is the in-memory one.
        #expect(encodings[0] == GraphFile.encode(try ArticleInput.read([Self.examples]).graph))
    }

    @Test func mergingTheRecordsOfAnySplitEqualsOneBuild() throws {
        try Self.withFolder { dir in
            let lines = try Self.examplesAsJSONLines().split(separator: "\n").map { $0 + "\n" }
            let all = dir.appendingPathComponent("all.jsonl").path
            try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: all))
            let built = GraphFile.encode(try Pipeline.build([all]).graph)
            // Three uneven parts, one of them sent twice (a retried task).
            let cuts = [0, 2, 9, lines.count]
            var parts: [String] = []
            for k in 0..<3 {
                let part = dir.appendingPathComponent("part\(k).jsonl").path
                try Data(lines[cuts[k]..<cuts[k + 1]].joined().utf8).write(to: URL(fileURLWithPath: part))
                let records = dir.appendingPathComponent("records\(k).jsonl").path
                _ = try Pipeline.extract([part], format: .edgesJSONL, to: records)
                parts.append(records)
            }
            let (merged, summary) = try Pipeline.merge(parts + [parts[1]], threads: 2)
            #expect(GraphFile.encode(merged) == built)
            #expect(summary.records == lines.count)
            #expect(summary.problems.count == cuts[2] - cuts[1])
            #expect(summary.problems.allSatisfy { $0.contains("repeats an earlier article word for word") })
        }
    }

    @Test func mapStageStreamsThroughStandardInputAndMergeReadsIt() throws {
        guard TestProcess.relgraph != nil else { return }
        try Self.withFolder { dir in
            let jsonl = try Self.examplesAsJSONLines()
            let all = dir.appendingPathComponent("all.jsonl").path
            try Data(jsonl.utf8).write(to: URL(fileURLWithPath: all))
            let map = try TestProcess.relgraph(["extract", "-", "--format", "edges-jsonl", "--quiet"], stdin: jsonl)
            #expect(map.status == 0)
            #expect(map.stdout.split(separator: "\n").count == jsonl.split(separator: "\n").count)
            let merged = dir.appendingPathComponent("merged.relgraph.json").path
            let reduce = try TestProcess.relgraph(["merge", "-", "-o", merged], stdin: map.stdout)
            #expect(reduce.status == 0, "\(reduce.stderr)")
            let built = dir.appendingPathComponent("built.relgraph.json").path
            #expect(try TestProcess.relgraph(["build", all, "-o", built, "--quiet"]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: merged)) == Data(contentsOf: URL(fileURLWithPath: built)))
        }
    }

    @Test func mergingGraphFilesAddsCountsOfDisjointParts() throws {
        try Self.withFolder { dir in
            let lines = try Self.examplesAsJSONLines().split(separator: "\n").map { $0 + "\n" }
            var graphs: [String] = []
            var built: [EntityGraph] = []
            for (k, range) in [0..<5, 5..<lines.count].enumerated() {
                let part = dir.appendingPathComponent("part\(k).jsonl").path
                try Data(lines[range].joined().utf8).write(to: URL(fileURLWithPath: part))
                let g = try Pipeline.build([part]).graph
                let path = dir.appendingPathComponent("part\(k).relgraph.json").path
                try GraphFile.write(g, to: path)
                graphs.append(path)
                built.append(g)
            }
            let (merged, summary) = try Pipeline.merge(graphs)
            #expect(summary.graphs == 2)
            #expect(summary.problems.isEmpty)
            #expect(merged.articles.count == lines.count)
            // Every relation's weight and counts are the sums over the parts.
            for r in merged.relations {
                let parts = built.flatMap { g in
                    g.relations.filter { $0.source == r.source && $0.target == r.target && $0.kind == r.kind }
                }
                #expect(r.weight == parts.reduce(0) { $0 + $1.weight })
                #expect(r.articles == parts.reduce(0) { $0 + $1.articles })
                #expect(r.evidence == Array(parts.flatMap(\.evidence).sorted().prefix(Relation.maxEvidence)))
            }
            // Merging a graph with itself says that its articles are counted twice.
            let (_, twice) = try Pipeline.merge([graphs[0], graphs[0]])
            #expect(twice.problems.count == 5)
        }
    }

    @Test func buildSliceWritesOneGraphPerPeriodThatAddUpToTheWhole() throws {
        guard TestProcess.relgraph != nil else { return }
        try Self.withFolder { dir in
            let base = dir.appendingPathComponent("ex.relgraph.json").path
            let r = try TestProcess.relgraph(["build", Self.examples, "--slice", "month", "-o", base, "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            #expect(!files.isEmpty && files.allSatisfy { $0.hasPrefix("ex.20") && $0.hasSuffix(".relgraph.json") })
            var warnings: [String] = []
            let parts = try files.map { try GraphFile.read(dir.appendingPathComponent($0).path, warnings: &warnings) }
            let whole = try Pipeline.build([Self.examples]).graph
            #expect(parts.reduce(0) { $0 + $1.articles.count } == whole.articles.count)
            let (merged, _) = try Pipeline.merge(files.map { dir.appendingPathComponent($0).path })
            #expect(merged.relations.map(\.weight) == whole.relations.map(\.weight))
            #expect(merged.entities.map(\.id) == whole.entities.map(\.id))
        }
    }

    @Test func buildEndsWithASummaryThatQuietSilences() throws {
        guard TestProcess.relgraph != nil else { return }
        try Self.withFolder { dir in
            let out = dir.appendingPathComponent("g.relgraph.json").path
            let loud = try TestProcess.relgraph(["build", Self.examples, "-o", out])
            #expect(loud.status == 0)
            #expect(loud.stdout.hasPrefix("Read 22 articles; wrote "))
            #expect(loud.stderr.range(of: #"^[0-9.]+ MB in [0-9.]+ s \([0-9.]+ MB/s\)\n$"#, options: .regularExpression) != nil)
            let quiet = try TestProcess.relgraph(["build", Self.examples, "-o", out, "--quiet"])
            #expect(quiet.status == 0 && quiet.stderr.isEmpty)
            #expect(quiet.stdout == loud.stdout)
        }
    }

    @Test func extractWritesNothingWhenItFails() throws {
        try Self.withFolder { dir in
            let out = dir.appendingPathComponent("out.jsonl").path
            #expect(throws: PipelineError.self) {
                _ = try Pipeline.extract([dir.appendingPathComponent("missing.jsonl").path], format: .jsonl, to: out)
            }
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            #expect(left.isEmpty, "no output and no temporary file: \(left)")
        }
    }

    /// The map stage inside Apache Spark (local mode, `RDD.pipe`) gives records whose merge is
    /// the single-machine build. Needs `pip install pyspark` and Java 17.
    @Test(.enabled(if: Spark.available, "needs pyspark (pip install pyspark) and Java 17"))
    func sparkMapStageMergesToTheSingleMachineBuild() throws {
        guard let relgraph = TestProcess.relgraph else { return }
        try Self.withFolder { dir in
            let all = dir.appendingPathComponent("all.jsonl").path
            try Data(try Self.examplesAsJSONLines().utf8).write(to: URL(fileURLWithPath: all))
            let records = dir.appendingPathComponent("records.jsonl").path
            let script = TestPaths.packageRoot.appendingPathComponent("Tests/Spark/map_stage.py").path
            let spark = try TestProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", script, relgraph.path, all, records, "3"])
            #expect(spark.status == 0, "\(spark.stderr.suffix(2_000))")
            #expect(spark.stdout.contains("partitions=3"))
            let merged = dir.appendingPathComponent("merged.relgraph.json").path
            let built = dir.appendingPathComponent("built.relgraph.json").path
            #expect(try TestProcess.relgraph(["merge", records, "-o", merged]).status == 0)
            #expect(try TestProcess.relgraph(["build", all, "-o", built, "--quiet"]).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: merged)) == Data(contentsOf: URL(fileURLWithPath: built)))
        }
    }
}

/// Whether PySpark and Java are installed, checked once.
enum Spark {
    static let available: Bool = {
        guard let r = try? TestProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import pyspark"])
        else { return false }
        return r.status == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/java")
    }()
}
