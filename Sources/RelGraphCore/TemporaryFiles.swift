import Foundation

/// The temporary files this process is writing (``AtomicFile``'s, before they are renamed into
/// place), so that an interrupted run can remove them and leave no partial output.
///
/// ``removeAll()`` is what ``removeOnInterrupt()`` calls when SIGINT, SIGTERM or SIGHUP arrives:
/// the signals are caught by a dispatch source (so the cleanup runs on an ordinary thread, not
/// in a signal handler), the registered files are unlinked and the process exits with status
/// 128 + the signal number, as a shell reports a process killed by that signal.
///
/// - Complexity: O(1) to register or unregister a file; O(*f*) to remove *f* files.
public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var live: Set<String> = []
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Notes that `path` is a temporary file of this process until ``unregister(_:)``.
    public static func register(_ path: String) {
        lock.withLock { _ = live.insert(path) }
    }

    /// Notes that `path` was renamed into place or removed.
    public static func unregister(_ path: String) {
        lock.withLock { _ = live.remove(path) }
    }

    /// The temporary files registered now, sorted.
    public static var registered: [String] { lock.withLock { live.sorted() } }

    /// Removes every registered temporary file.
    public static func removeAll() {
        lock.withLock {
            for path in live { unlink(path) }
            live.removeAll()
        }
    }

    /// From now on, SIGINT, SIGTERM and SIGHUP remove the registered temporary files, print
    /// `message(signal)` to standard error and exit with status 128 + the signal number; and
    /// SIGXFSZ is ignored, so that a write over a file-size limit (`ulimit -f`) fails with
    /// EFBIG, which the writer reports and cleans up after, instead of killing the process with
    /// its temporary file left behind. Calling it again does nothing.
    public static func removeOnInterrupt(message: @escaping @Sendable (Int32) -> String) {
        lock.withLock {
            guard sources.isEmpty else { return }
            signal(SIGXFSZ, SIG_IGN)
            for sig in [SIGINT, SIGTERM, SIGHUP] {
                signal(sig, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                source.setEventHandler {
                    removeAll()
                    FileHandle.standardError.write(Data((message(sig) + "\n").utf8))
                    exit(128 + sig)
                }
                source.resume()
                sources.append(source)
            }
        }
    }
}
