import Foundation

/// Runs an all-sources computation in parallel with a result that does not depend on the
/// number of threads.
///
/// The sources `0..<n` are cut into ``count(nodes:bufferLength:)`` contiguous chunks; that
/// number depends only on the graph. Each chunk accumulates into its own buffer, and the
/// caller adds the buffers in chunk order, so floating-point sums are the same whether one
/// worker or sixty-four ran the chunks. Workers take the next unstarted chunk when they finish
/// one, so a worker slowed by other load on the machine takes fewer chunks.
enum SourceChunks {
    /// The number of chunks for `n` sources when each chunk needs a buffer of `bufferLength`
    /// doubles: at most 64, at least 1 (for *n* > 0), and few enough that all buffers together
    /// stay near 2²² doubles (32 MiB).
    static func count(nodes n: Int, bufferLength: Int) -> Int {
        guard n > 0 else { return 0 }
        let byMemory = max(1, (1 << 22) / max(1, bufferLength))
        return min(n, 64, byMemory)
    }

    /// The sources of chunk `c` of `chunks`.
    static func sources(ofChunk c: Int, of chunks: Int, nodes n: Int) -> Range<Int> {
        (c * n / chunks)..<((c + 1) * n / chunks)
    }

    /// The worker count to use for `requested` threads (`nil` = every active core).
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` when `requested` < 1.
    static func threads(_ requested: Int?) throws(AnalysisError) -> Int {
        try AnalysisError.validateThreads(requested)
        return requested ?? ProcessInfo.processInfo.activeProcessorCount
    }

    /// Calls `body(c)` once for every chunk `c` in `0..<chunks`, on up to `threads` workers that
    /// take chunks in increasing order as they become free.
    static func forEach(chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        let workers = min(threads, chunks)
        if workers <= 1 {
            for c in 0..<chunks { body(c) }
            return
        }
        let counter = ChunkCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let c = counter.next()
                if c >= chunks { break }
                body(c)
            }
        }
    }
}

/// The next chunk to start, shared by the workers of ``SourceChunks/forEach(chunks:threads:_:)``.
///
/// `@unchecked Sendable` is sound because every access holds `lock`.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// A fixed-size block of doubles that concurrent chunks write to at disjoint positions.
///
/// `@unchecked Sendable` is sound because ``SourceChunks`` hands each chunk its own slice (or
/// its own source indices) and joins all workers before anyone reads the block.
final class SharedDoubles: @unchecked Sendable {
    let pointer: UnsafeMutableBufferPointer<Double>

    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: 0)
    }

    deinit { pointer.deallocate() }
}
