import Foundation

/// Writes files so that readers never see half-written output: the bytes go to a temporary
/// file in the destination's folder, which is then renamed over the destination (an atomic
/// operation on POSIX file systems). Missing parent folders are created. Temporary files are
/// registered with ``TemporaryFiles`` while they exist, so that an interrupted run removes them.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
    public static func write(_ data: Data, to path: String) throws(GraphError) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            TemporaryFiles.register(tmp.path)
            defer { TemporaryFiles.unregister(tmp.path) }
            do { try data.write(to: tmp) } catch {
                try? FileManager.default.removeItem(at: tmp)
                throw error
            }
            if rename(tmp.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                throw GraphError.unwritableFile(path: path, reason: reason)
            }
        } catch let e as GraphError {
            throw e
        } catch {
            throw .unwritableFile(path: path, reason: GraphError.reason(error))
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws(GraphError) {
        try write(Data(text.utf8), to: path)
    }
}

extension AtomicFile {
    /// Writes a file a piece at a time without readers ever seeing it half-written: pieces go
    /// through a buffer to a temporary file in the destination's folder, and ``commit()``
    /// renames it over the destination. A writer released without ``commit()`` (an error on
    /// the way) removes its temporary file. With no path, pieces go to standard output as
    /// they come (a pipe has no "half-written" state to hide).
    public final class Writer {
        private let path: String?
        private let tmp: URL?
        private let handle: FileHandle
        private var buffer = Data()
        private var committed = false

        /// Opens a writer for `path`, or for standard output when `path` is `nil`.
        /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
        public init(path: String?) throws(GraphError) {
            self.path = path
            guard let path else {
                tmp = nil
                handle = FileHandle.standardOutput
                return
            }
            let url = URL(fileURLWithPath: path)
            let dir = url.deletingLastPathComponent()
            let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                TemporaryFiles.register(tmp.path)
                guard FileManager.default.createFile(atPath: tmp.path, contents: nil) else {
                    TemporaryFiles.unregister(tmp.path)
                    throw GraphError.unwritableFile(path: path, reason: "cannot create a file in \(dir.path)")
                }
                handle = try FileHandle(forWritingTo: tmp)
            } catch let e as GraphError {
                throw e
            } catch {
                try? FileManager.default.removeItem(at: tmp)
                TemporaryFiles.unregister(tmp.path)
                throw .unwritableFile(path: path, reason: GraphError.reason(error))
            }
            self.tmp = tmp
        }

        deinit {
            if !committed, let tmp {
                try? handle.close()
                try? FileManager.default.removeItem(at: tmp)
                TemporaryFiles.unregister(tmp.path)
            }
        }

        /// Appends `text` as UTF-8.
        /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
        public func write(_ text: String) throws(GraphError) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Appends `bytes`.
        /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
        public func write(bytes: UnsafeBufferPointer<UInt8>) throws(GraphError) {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 20 { try flush() }
        }

        /// Writes out what is buffered.
        public func flush() throws(GraphError) {
            guard !buffer.isEmpty else { return }
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                throw .unwritableFile(path: path ?? "-", reason: GraphError.reason(error))
            }
            buffer.removeAll(keepingCapacity: true)
        }

        /// Flushes and, for a file, renames it into place.
        /// - Throws: ``GraphError/unwritableFile(path:reason:)``.
        public func commit() throws(GraphError) {
            try flush()
            committed = true
            guard let path, let tmp else { return }
            defer { TemporaryFiles.unregister(tmp.path) }
            do { try handle.close() } catch {
                try? FileManager.default.removeItem(at: tmp)
                throw .unwritableFile(path: path, reason: GraphError.reason(error))
            }
            if rename(tmp.path, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: tmp)
                throw .unwritableFile(path: path, reason: reason)
            }
        }
    }
}
