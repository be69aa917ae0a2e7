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
