import Foundation
import GraphTestSupport
import Testing

/// Compares `actual` with `Snapshots/<name>.dot` beside this file.
///
/// With `RECORD_SNAPSHOTS=1` in the environment, or when the file does not exist yet, the file
/// is (re)written and the test *fails*, so that a person reviews every new baseline before it is
/// committed (swift-argument-parser's TestHelpers do the same).
func assertSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).dot")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "Recorded snapshot '\(url.path)'; review it, then run the tests without RECORD_SNAPSHOTS",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                "Could not record snapshot '\(url.path)': \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = Array(zip(a, e)).firstIndex { $0 != $1 } ?? min(a.count, e.count)
    let got = line < a.count ? String(a[line]) : "<end of output>"
    let want = line < e.count ? String(e[line]) : "<end of snapshot>"
    Issue.record(
        """
        Output differs from snapshot '\(url.lastPathComponent)' at line \(line + 1) \
        (rerun with RECORD_SNAPSHOTS=1 to accept the new output after reviewing it)
          expected: \(want)
          actual:   \(got)
        """, sourceLocation: sourceLocation)
}

/// The shared seeded generator, under the name these tests use.
typealias SplitMix64 = SeededRandom
