import Foundation
import RelGraphCore

/// The state of one seeded Leiden run: iterations of fast local moving, refinement and
/// aggregation (see ``RelGraphCore/WeightedGraph/leiden(_:)``).
///
/// - Complexity: O(*n* + *m*) space, where *n* counts nodes and *m* edges.
///
/// ## Reference
/// Traag, V. A., L. Waltman, and N. J. van Eck. "From Louvain to Leiden: Guaranteeing
/// Well-Connected Communities." Scientific Reports 9 (2019): 5233.
/// https://doi.org/10.1038/s41598-019-41695-z
struct LeidenRun {
    let base: WeightedGraph
    let gamma: Double
    let theta: Double
    let maxIterations: Int?
    let tolerance: Double
    let twoM: Double
    var rng: SplitMix64
    /// Every buffer of the phases, sized for the base graph and reused on each level.
    let scratch: LeidenScratch

    init(graph: WeightedGraph, options: LeidenOptions, seed: UInt64) {
        base = graph
        gamma = options.resolution
        theta = options.randomness
        maxIterations = options.maxIterations
        tolerance = options.tolerance
        twoM = 2 * graph.totalWeight
        rng = SplitMix64(seed: seed)
        scratch = LeidenScratch(capacity: graph.nodeCount)
    }

    /// Iterates Leiden from singletons until an iteration changes nothing (or raises Q by
    /// less than the tolerance, or `maxIterations` is reached); returns labels and Q.
    mutating func run() -> (labels: [Int32], q: Double) {
        let n = base.nodeCount
        let level0 = CommunityGraph(base)
        var best = (0..<n).map { Int32($0) }
        var bestQ = base.modularity(labels: best, range: n, resolution: gamma)
        var done = 0
        while maxIterations.map({ done < $0 }) ?? true {
            done += 1
            let next = iteration(level0, start: best)
            if samePartition(next, best) { break }
            let q = base.modularity(labels: next, range: n, resolution: gamma)
            // Q can only rise, up to rounding; stop rather than cycle on rounding noise.
            guard q > bestQ else { break }
            let gain = q - bestQ
            bestQ = q
            best = next
            if gain < tolerance { break }
        }
        return (best, bestQ)
    }

    /// One Leiden iteration from the partition `start` of the base graph (labels `< n`).
    /// - Complexity: one local-moving pass, one refinement and one aggregation per level; levels
    ///   shrink, so near O(*m*) per iteration on sparse graphs, where *m* counts edges.
    mutating func iteration(_ level0: CommunityGraph, start: [Int32]) -> [Int32] {
        var graph = level0
        var part = start
        compactLabels(&part, range: graph.nodeCount)
        // nodeOf[v] = the current-level node holding base node v.
        var nodeOf = (0..<base.nodeCount).map { Int32($0) }
        while true {
            moveNodesFast(graph, &part)
            let k = compactLabels(&part, range: graph.nodeCount)
            if k == graph.nodeCount { break }
            var refined = refine(graph, part)
            var r = compactLabels(&refined, range: graph.nodeCount)
            if r == graph.nodeCount {
                // Refinement merged nothing: aggregate by the partition itself so that the
                // next level is smaller (as igraph's implementation does; Algorithm A.2 would
                // aggregate to the same graph and could repeat this level forever).
                refined = part
                r = k
            }
            var nextPart = [Int32](repeating: 0, count: r)
            for v in 0..<graph.nodeCount { nextPart[Int(refined[v])] = part[v] }
            for v in nodeOf.indices { nodeOf[v] = refined[Int(nodeOf[v])] }
            graph = graph.aggregated(by: refined, count: r)
            part = nextPart
        }
        return nodeOf.map { part[Int($0)] }
    }

    /// Fast local moving: a queue of nodes in random order; a node moves to the neighbouring (or
    /// an empty) community with the largest gain in *m* · Q, and its neighbours outside the new
    /// community are queued again.
    mutating func moveNodesFast(_ g: CommunityGraph, _ partArray: inout [Int32]) {
        let n = g.nodeCount
        let s = scratch
        let part = s.part, total = s.total, link = s.link, size = s.size
        let flags = s.flags, listed = s.listed  // flags: bit 0 queued, 1 seen
        s.load(partArray, into: part)
        let queue = s.shuffledNodes(n, &rng)
        s.reset(total, count: n, to: 0)
        s.reset(link, count: n, to: 0)
        s.reset(size, count: n, to: 0)
        s.reset(flags, count: n, to: 1)
        let gamma = self.gamma, twoM = self.twoM
        s.withRows(of: g) { offsets, targets, weights, nodeWeight in
            for v in 0..<n {
                total[Int(part[v])] += nodeWeight[v]
                size[Int(part[v])] += 1
            }
            var empty: [Int32] = []
            for c in (0..<n).reversed() where size[c] == 0 {
                empty.append(Int32(c))
            }
            var head = 0
            var count = n
            while count > 0 {
                let v = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                count -= 1
                flags[v] &= ~1
                let current = Int(part[v])
                let kv = nodeWeight[v]
                var listedCount = 0
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    if u == v { continue }
                    let c = Int(part[u])
                    if flags[c] & 2 == 0 {
                        flags[c] |= 2
                        listed[listedCount] = Int32(c)
                        listedCount += 1
                    }
                    link[c] += weights[e]
                }
                total[current] -= kv
                size[current] -= 1
                let factor = gamma * kv / twoM
                var best = current
                var bestGain = link[current] - factor * total[current]
                for i in 0..<listedCount {
                    let c = Int(listed[i])
                    if c == current { continue }
                    let gain = link[c] - factor * total[c]
                    if gain > bestGain { best = c; bestGain = gain }
                }
                // An empty community has gain 0; when v was alone, its own.
                if bestGain < 0 {
                    if size[current] == 0 {
                        best = current
                    } else if let c = empty.last {
                        best = Int(c)
                    }
                }
                total[best] += kv
                size[best] += 1
                if best != current {
                    if size[best] == 1, empty.last == Int32(best) {
                        empty.removeLast()
                    }
                    if size[current] == 0 { empty.append(Int32(current)) }
                    part[v] = Int32(best)
                    for e in offsets[v]..<offsets[v + 1] {
                        let u = Int(targets[e])
                        if u != v, flags[u] & 1 == 0, Int(part[u]) != best {
                            flags[u] |= 1
                            var slot = head + count
                            if slot >= n { slot -= n }
                            queue[slot] = Int32(u)
                            count += 1
                        }
                    }
                }
                for i in 0..<listedCount {
                    let c = Int(listed[i])
                    link[c] = 0
                    flags[c] &= ~2
                }
            }
        }
        for v in 0..<n { partArray[v] = part[v] }
    }

    /// Refinement: inside each community of `part`, visits the nodes in random order and merges
    /// every still-singleton, well-connected node into a well-connected refined community of the
    /// same community with non-negative gain, drawn with probability ∝ exp(gain / θ). Returns
    /// the refined labels (node indices of a representative, not compacted).
    ///
    /// A node joins only a refined community of its own community that it has an edge to, so
    /// every refined community is connected and lies inside one community.
    /// - Complexity: O(*n* + *m*) for a level of *n* nodes and *m* entries.
    mutating func refine(_ g: CommunityGraph, _ partArray: [Int32]) -> [Int32] {
        let n = g.nodeCount
        let s = scratch
        let part = s.part, refined = s.refined, communityTotal = s.total
        let refinedTotal = s.refinedTotal, refinedSize = s.refinedSize
        let external = s.external  // weight from each refined community to the rest of its community
        let link = s.link, seen = s.seen, listed = s.listed
        s.load(partArray, into: part)
        for v in 0..<n { refined[v] = Int32(v) }
        let order = s.shuffledNodes(n, &rng)
        s.reset(communityTotal, count: n, to: 0)
        s.reset(refinedSize, count: n, to: 1)
        s.reset(link, count: n, to: 0)
        s.reset(seen, count: n, to: false)
        var candidates: [(Int32, Double)] = []
        var cumulative: [Double] = []
        let scale = gamma / twoM
        let theta = self.theta
        s.withRows(of: g) { offsets, targets, weights, nodeWeight in
            for v in 0..<n {
                communityTotal[Int(part[v])] += nodeWeight[v]
                refinedTotal[v] = nodeWeight[v]
                var inside = 0.0
                let pv = part[v]
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    if u != v, part[u] == pv { inside += weights[e] }
                }
                external[v] = inside
            }
            for vi in order {
                let v = Int(vi)
                guard refinedSize[Int(refined[v])] == 1 else { continue }
                let kv = nodeWeight[v]
                let pv = part[v]
                let totalS = communityTotal[Int(pv)]
                guard external[v] >= scale * kv * (totalS - kv) else { continue }
                let own = refined[v]
                var listedCount = 0
                for e in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[e])
                    if u == v || part[u] != pv { continue }
                    let r = Int(refined[u])
                    if !seen[r] {
                        seen[r] = true
                        listed[listedCount] = Int32(r)
                        listedCount += 1
                    }
                    link[r] += weights[e]
                }
                candidates.removeAll(keepingCapacity: true)
                candidates.append((own, 0))
                var maxGain = 0.0
                for i in 0..<listedCount {
                    let r = listed[i]
                    if r == own { continue }
                    let tr = refinedTotal[Int(r)]
                    guard external[Int(r)] >= scale * tr * (totalS - tr) else {
                        continue
                    }
                    let gain = link[Int(r)] - scale * kv * tr
                    if gain >= 0 {
                        candidates.append((r, gain))
                        maxGain = max(maxGain, gain)
                    }
                }
                var chosen = own
                if candidates.count > 1 {
                    if theta == 0 {
                        for (r, gain) in candidates where gain == maxGain {
                            chosen = r
                            break
                        }
                    } else {
                        cumulative.removeAll(keepingCapacity: true)
                        var sum = 0.0
                        for (_, gain) in candidates {
                            let x = (gain - maxGain) / theta
                            sum += x < -700 ? 0 : Foundation.exp(x)
                            cumulative.append(sum)
                        }
                        let x = Double(rng.next() >> 11) * 0x1p-53 * sum
                        var i = 0
                        while i < candidates.count - 1, cumulative[i] <= x {
                            i += 1
                        }
                        chosen = candidates[i].0
                    }
                }
                if chosen != own {
                    let c = Int(chosen)
                    refined[v] = chosen
                    refinedTotal[c] += kv
                    refinedSize[c] += 1
                    refinedSize[Int(own)] = 0
                    refinedTotal[Int(own)] = 0
                    external[c] += external[v] - 2 * link[c]
                }
                for i in 0..<listedCount {
                    let r = Int(listed[i])
                    link[r] = 0
                    seen[r] = false
                }
            }
        }
        return Array(refined[..<n])
    }
}

/// Whether the labellings `a` and `b` (labels in `0..<a.count`) group the nodes identically,
/// whatever the label values.
/// - Complexity: O(*n*) time and space, where *n* is the number of nodes.
func samePartition(_ a: [Int32], _ b: [Int32]) -> Bool {
    precondition(a.count == b.count, "labellings of different sizes")
    let n = a.count
    var forward = [Int32](repeating: -1, count: n)
    var backward = [Int32](repeating: -1, count: n)
    for v in 0..<n {
        let x = Int(a[v]), y = Int(b[v])
        if forward[x] < 0, backward[y] < 0 {
            forward[x] = Int32(y)
            backward[y] = Int32(x)
        } else if forward[x] != Int32(y) || backward[y] != Int32(x) {
            return false
        }
    }
    return true
}
