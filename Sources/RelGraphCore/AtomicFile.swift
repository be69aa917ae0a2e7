import Foundation

/// Writes files so that readers never see half-written output: the bytes go to a temporary
/// file in the destination's folder, which is then renamed over the destination (an atomic
/// operation on POSIX file systems). Missing parent folders are created.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
    public static func write(_ data: Data, to path: String) throws(GraphError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            try data.write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                throw GraphError.unwritableFile(path: path, reason: reason)
            }
        } catch let e as GraphError {
            throw e
        } catch {
            throw .unwritableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws(GraphError) {
        try write(Data(text.utf8), to: path)
    }
}
