import Foundation

/// Locations tests read from: the package's own fixtures and, when present, `../shared`.
public enum TestPaths {
    /// The package root (the folder holding Package.swift), found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`.
    public static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The `shared` folder beside the checkout (CI and developers have it; users' clones do
    /// not), or `nil` when it is absent. `RELGRAPH_SHARED` overrides the location.
    public static let shared: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["RELGRAPH_SHARED"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("eval").path) }
    }()

    /// `shared/<relative>` when it exists, else `nil` (tests use this to skip cleanly).
    public static func sharedFile(_ relative: String) -> URL? {
        guard let url = shared?.appendingPathComponent(relative),
            FileManager.default.fileExists(atPath: url.path)
        else { return nil }
        return url
    }
}

extension TestPaths {
    /// Runs `body` with a fresh temporary folder (named `prefix-UUID`) that is removed afterwards,
    /// whatever `body` does.
    public static func withTemporaryFolder<T>(_ prefix: String, _ body: (URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try body(dir)
    }
}

/// A small, repeatable random number generator (SplitMix64) for seeded property tests and
/// shuffled test input; the same seed gives the same numbers on every platform.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator that starts from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}

/// What a child process printed and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output, as UTF-8 text.
    public var stdout: String
    /// Standard error, as UTF-8 text.
    public var stderr: String
}

/// Runs child processes for end-to-end tests: the built `relgraph` binary, Python, Chromium.
public enum TestProcess {
    /// The `relgraph` executable that `swift test` built, or `nil` if it is missing.
    public static let relgraph: URL? = {
        var candidates: [URL] = []
        var dir = Bundle.main.bundleURL
        for _ in 0..<3 {
            candidates.append(dir.appendingPathComponent("relgraph"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(TestPaths.packageRoot.appendingPathComponent(".build/debug/relgraph"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `executable args` in `directory` (default: the package root), writing `stdin` to
    /// its standard input from another thread so that large inputs cannot deadlock against
    /// full output pipes, and waits for it.
    public static func run(
        _ executable: URL, _ args: [String], stdin: String? = nil, directory: URL = TestPaths.packageRoot
    ) throws -> ProcessOutput {
        let p = Process()
        p.executableURL = executable
        p.arguments = args
        p.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try p.run()
        if let stdin {
            let data = Data(stdin.utf8)
            let writer = Thread {
                input.fileHandleForWriting.write(data)
                try? input.fileHandleForWriting.close()
            }
            writer.start()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return ProcessOutput(
            status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: e, as: UTF8.self))
    }

    /// Runs the built `relgraph` with `args`; throws when the binary was not built.
    public static func relgraph(_ args: [String], stdin: String? = nil) throws -> ProcessOutput {
        guard let binary = relgraph else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "relgraph binary not built"])
        }
        return try run(binary, args, stdin: stdin)
    }
}
