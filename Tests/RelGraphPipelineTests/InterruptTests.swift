import Foundation
import GraphTestSupport
import Testing

/// A signal in the middle of writing an output leaves neither the output nor its temporary
/// file, and the exit status says which signal stopped the run.
@Suite struct InterruptTests {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalWhileWritingLeavesNoPartialOutput(signal: Int32, status: Int32) throws {
        let binary = try #require(TestProcess.relgraph)
        try TestPaths.withTemporaryFolder("relgraph-interrupt") { folder in
            let p = Process()
            p.executableURL = binary
            p.arguments = ["extract", "-", "--format", "jsonl", "-o", folder.appendingPathComponent("out.jsonl").path]
            let input = Pipe(), err = Pipe()
            p.standardInput = input
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            // One record, and standard input left open: the output's temporary file now exists
            // and the run waits for more input.
            input.fileHandleForWriting.write(Data(#"{"id":"a","text":"The envoy met the minister in Oslo."}"#.utf8 + [0x0A]))
            var waited = 0
            while try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, waited < 600 {
                usleep(50_000)
                waited += 1
            }
            let during = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(during.count == 1 && during[0].hasSuffix(".tmp"), "\(during)")
            kill(p.processIdentifier, signal)
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            try? input.fileHandleForWriting.close()
            #expect(p.terminationStatus == status)
            #expect(message.contains("interrupted by signal \(signal)"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test(
        .disabled(
            if: ProcessInfo.processInfo.environment["TSAN_OPTIONS"] != nil,
            "ThreadSanitizer's runtime cannot start a process under a 16 KiB file-size limit"))
    func aFullDiskFailsCleanly() throws {
        // A file-size limit (ulimit -f, in KiB) stands for a full disk: the graph file of the
        // examples (hundreds of KB) cannot be written. The run fails with the system's reason,
        // and neither the output nor its temporary file remains.
        let binary = try #require(TestProcess.relgraph)
        try TestPaths.withTemporaryFolder("relgraph-full") { folder in
            let out = folder.appendingPathComponent("graph.relgraph.json").path
            let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path
            let r = try TestProcess.run(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", "ulimit -f 16 && exec \"$0\" \"$@\"", binary.path, "build", examples, "-q", "-o", out])
            #expect(r.status == 1)
            #expect(r.stderr.contains(out) && r.stderr.contains("File too large"), "\(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    @Test func anOutputFolderThatCannotExistFailsCleanly() throws {
        // The output's folder is a regular file (root may write anywhere, so permissions cannot
        // stand in for an unwritable folder here).
        let binary = try #require(TestProcess.relgraph)
        try TestPaths.withTemporaryFolder("relgraph-unwritable") { folder in
            let file = folder.appendingPathComponent("plain-file")
            try Data("x".utf8).write(to: file)
            let out = file.appendingPathComponent("graph.relgraph.json").path
            let examples = TestPaths.packageRoot.appendingPathComponent("Examples/articles").path
            let r = try TestProcess.run(binary, ["build", examples, "-q", "-o", out])
            #expect(r.status == 1)
            #expect(r.stderr.contains(out), "\(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plain-file"])
        }
    }
}
