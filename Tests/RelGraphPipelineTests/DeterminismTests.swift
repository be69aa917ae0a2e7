import Foundation
import GraphTestSupport
import Testing

/// The same articles give byte-identical outputs whatever the thread count and whatever order
/// the file system lists the input files in.
@Suite struct DeterminismTests {
    @Test func runOutputsAreByteIdenticalAcrossThreadsAndListingOrder() throws {
        let binary = try #require(TestProcess.relgraph)
        let articles = TestPaths.packageRoot.appendingPathComponent("Examples/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        #expect(names.count > 10)
        try TestPaths.withTemporaryFolder("relgraph-determinism") { dir in
            // Two copies of the input folder, their files created in opposite orders (and so,
            // on most file systems, listed in opposite orders).
            for (copy, order) in [("forward", names), ("backward", names.reversed())] {
                let folder = dir.appendingPathComponent(copy)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for name in order {
                    try FileManager.default.copyItem(
                        at: articles.appendingPathComponent(name), to: folder.appendingPathComponent(name))
                }
            }
            var outputs: [[String: Data]] = []
            for (copy, threads) in [("forward", "1"), ("backward", "2"), ("backward", "1")] {
                let out = dir.appendingPathComponent("out-\(copy)-\(threads)")
                let r = try TestProcess.run(
                    binary,
                    [
                        "run", dir.appendingPathComponent(copy).path, "--out", out.path, "--name", "x", "--threads", threads,
                        "--report",
                    ])
                #expect(r.status == 0, "\(r.stderr)")
                var files: [String: Data] = [:]
                for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
                    files[name] = try Data(contentsOf: out.appendingPathComponent(name))
                }
                outputs.append(files)
            }
            #expect(outputs[0].count >= 5)
            #expect(Set(outputs[0].keys) == Set(outputs[1].keys) && Set(outputs[0].keys) == Set(outputs[2].keys))
            for (name, data) in outputs[0] {
                #expect(outputs[1][name] == data, "\(name) differs between 1 thread forward and 2 threads backward")
                #expect(outputs[2][name] == data, "\(name) differs between the two listing orders")
            }
        }
    }
}
