import Dispatch
import Foundation

/// Work started on another thread, whose result the starting thread collects later: lets the
/// extraction read its next batch of articles while the worker threads analyze the current one,
/// and a run render its diagram while it writes its text files.
///
/// ## Conventions
/// - ``result()`` is called once, by the thread that started the work; it waits for the work
///   to finish. The result is written by the work before the group is left and read only
///   after waiting on it, so the two threads never touch it at the same time.
/// - The work runs once, on whichever thread claims it first: a worker of the global queue, or
///   the thread that calls ``result()`` when no worker has started it yet. So a caller never
///   waits for work that is still queued behind other work (with two cores, the lexicon's
///   compilation would otherwise wait for the fonts' set-up to free a worker), and a worker
///   that waits on its own background work does not hold up the queue.
///
/// - Complexity: O(1) besides the work itself.
package final class BackgroundWork<Result>: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    /// The work until a thread claims it.
    private var work: (@Sendable () -> Result)?
    private var value: Result?

    /// Starts `work` on a global queue.
    package init(_ work: @escaping @Sendable () -> Result) {
        self.work = work
        group.enter()
        DispatchQueue.global().async { self.runIfUnclaimed() }
    }

    /// Runs the work on this thread if no thread has claimed it yet.
    private func runIfUnclaimed() {
        lock.lock()
        let claimed = work
        work = nil
        lock.unlock()
        guard let claimed else { return }
        value = claimed()
        group.leave()
    }

    /// Waits for the work (running it here if it has not started) and returns what it made.
    package func result() -> Result {
        runIfUnclaimed()
        group.wait()
        // The work always sets `value` before leaving the group.
        guard let value else { preconditionFailure("background work left no result") }
        return value
    }
}
