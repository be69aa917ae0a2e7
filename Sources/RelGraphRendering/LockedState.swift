import Foundation

/// A value that is only read or changed with a lock held: ``withLock(_:)`` runs a closure with
/// exclusive, `inout` access.
///
/// The lock is a pthread mutex (`NSLock`), which ThreadSanitizer understands. (The standard
/// library's `Synchronization.Mutex` locks with a futex on Linux, which ThreadSanitizer does not
/// model, so every access under it was reported as a race by `Scripts/sanitizers.sh thread`.)
final class LockedState<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the lock held and the value passed `inout`.
    /// - Complexity: O(1) besides `body`.
    func withLock<R, E: Error>(_ body: (inout Value) throws(E) -> R) throws(E) -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
