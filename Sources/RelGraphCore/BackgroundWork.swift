import Dispatch

/// Work started on another thread, whose result the starting thread collects later: lets the
/// extraction read its next batch of articles while the worker threads analyze the current one,
/// and a run render its diagram while it writes its text files.
///
/// ## Conventions
/// - ``result()`` is called once, by the thread that started the work; it waits for the work
///   to finish. The result is written by the work before the group is left and read only
///   after waiting on it, so the two threads never touch it at the same time.
///
/// - Complexity: O(1) besides the work itself.
package final class BackgroundWork<Result>: @unchecked Sendable {
    private let group = DispatchGroup()
    private var value: Result?

    /// Starts `work` on a global queue.
    package init(_ work: @escaping @Sendable () -> Result) {
        DispatchQueue.global().async(group: group) { self.value = work() }
    }

    /// Waits for the work and returns what it made.
    package func result() -> Result {
        group.wait()
        // The work always sets `value` before leaving the group.
        guard let value else { preconditionFailure("background work left no result") }
        return value
    }
}
