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
