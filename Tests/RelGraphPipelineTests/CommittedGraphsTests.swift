import Foundation
import GraphTestSupport
import RelGraphCore
import RelGraphExtraction
import Testing

@testable import RelGraphPipeline

/// The files in Graphs/ must be what the main job writes today.
@Suite struct CommittedGraphsTests {
    static let graphs = TestPaths.packageRoot.appendingPathComponent("Graphs")

    func compare(_ inputs: [String], name: String, evidence: Bool = true) throws {
        let input = try ArticleInput.read(inputs)
        let out = try Pipeline.artifacts(of: input, name: name, evidence: evidence)
        for (suffix, text) in out.files {
            let url = Self.graphs.appendingPathComponent(name + suffix)
            let committed = try String(contentsOf: url, encoding: .utf8)
            #expect(committed == text, "Graphs/\(name)\(suffix) is stale; regenerate it as Graphs/README.md says")
        }
        // Renderings and the report embed Graphviz's output, which varies by Graphviz version:
        // they must exist, but are not compared byte for byte.
        for suffix in [".svg", ".html"] {
            let url = Self.graphs.appendingPathComponent(name + suffix)
            #expect(FileManager.default.fileExists(atPath: url.path), "Graphs/\(name)\(suffix) is missing")
        }
    }

    @Test func examplesAreUpToDate() throws {
        try compare([TestPaths.packageRoot.appendingPathComponent("Examples/articles").path], name: "examples")
    }

    @Test(.enabled(if: TestPaths.sharedFile("seeds/000_3d51474ea11e8312.txt") != nil))
    func seedIsUpToDate() throws {
        try compare([TestPaths.sharedFile("seeds/000_3d51474ea11e8312.txt")!.path], name: "seed", evidence: false)
    }
}
