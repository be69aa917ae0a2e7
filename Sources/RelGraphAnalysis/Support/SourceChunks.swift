import Foundation

/// Runs an all-sources computation in parallel with a result that does not depend on the
/// number of threads.
///
/// The sources `0..<n` are cut into ``count(nodes:bufferLength:)`` contiguous chunks; that
/// number depends only on the graph. Each chunk accumulates into its own buffer, and the
/// caller adds the buffers in chunk order, so floating-point sums are the same whether one
/// worker or sixty-four ran the chunks. Worker *t* of *T* runs chunks *t*, *t* + *T*, ….
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
    static func threads(_ requested: Int?) -> Int {
        let t = requested ?? ProcessInfo.processInfo.activeProcessorCount
        precondition(t >= 1, "thread count must be at least 1")
        return t
    }

    /// Calls `body(c)` once for every chunk `c` in `0..<chunks`, on up to `threads` workers.
    static func forEach(chunks: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        let workers = min(threads, chunks)
        if workers <= 1 {
            for c in 0..<chunks { body(c) }
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var c = worker
            while c < chunks {
                body(c)
                c += workers
            }
        }
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
