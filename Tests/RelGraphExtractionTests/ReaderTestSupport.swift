import Foundation

@testable import RelGraphExtraction

/// A fresh temporary folder per test suite instance, for writing small input files; removed
/// with everything in it when the instance goes away.
final class TempFolder: Sendable {
    let url: URL = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-reader-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }()

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` as UTF-8 to `name` (subfolders created) and returns its path.
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns its path.
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file.path
    }
}

extension ArticleReader {
    /// Reads `text` as if it came from standard input (`format` nil: detected).
    func readUnnamed(_ text: String, format: InputFormat? = nil) -> ReadResult {
        var sink = Sink(for: self)
        read(Data(text.utf8), format: format ?? self.format, source: Source(path: "<stdin>", base: "stdin"), into: &sink)
        return sink.result
    }
}
