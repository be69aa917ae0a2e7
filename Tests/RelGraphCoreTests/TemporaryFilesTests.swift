import Foundation
import GraphTestSupport
import RelGraphCore
import Testing

/// AtomicFile's temporary files are known to ``TemporaryFiles`` exactly while they exist, so
/// that an interrupt can remove them.
@Suite(.serialized) struct TemporaryFilesTests {
    @Test func aStreamingWriterIsRegisteredUntilCommitOrRelease() throws {
        try TestPaths.withTemporaryFolder("relgraph-tmpfiles") { folder in
            let path = folder.appendingPathComponent("out.txt").path
            let before = Set(TemporaryFiles.registered)
            var writer: AtomicFile.Writer? = try AtomicFile.Writer(path: path)
            try writer?.write("half")
            let live = Set(TemporaryFiles.registered).subtracting(before)
            #expect(live.count == 1)
            let tmp = try #require(live.first)
            #expect(tmp.hasPrefix(folder.path + "/.out.txt.") && FileManager.default.fileExists(atPath: tmp))
            // Other suites write files in parallel, so removeAll() is tested end to end, on a
            // process, by InterruptTests; here the destination does not exist before commit.
            #expect(!FileManager.default.fileExists(atPath: path))
            writer = nil
            #expect(!FileManager.default.fileExists(atPath: tmp))
            #expect(Set(TemporaryFiles.registered).isSubset(of: before))

            let second = try AtomicFile.Writer(path: path)
            try second.write("whole")
            try second.commit()
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "whole")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
            try AtomicFile.write("again", to: path)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
            #expect(!TemporaryFiles.registered.contains { $0.hasPrefix(folder.path) })
        }
    }
}
