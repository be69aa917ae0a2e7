internal import CGraphviz

/// What drawing `splines=curved` edges costs Graphviz, estimated before the layout runs.
///
/// ## Definition
/// For every edge, Graphviz 2.42 bends a curved edge towards the centre of a cycle through it,
/// and to find one it lists the graph's cycles (`find_all_cycles` in `routespl.c`): from every
/// node, a depth-first search along tail → head edges that stops at a node already on its path.
/// The search visits every such path, so its length is exponential in dense graphs (30 nodes
/// joined pairwise: about 10⁹ steps, run once per edge). ``steps(of:budget:)`` counts the
/// search's visits (calls) exactly as Graphviz makes them, stopping at `budget`; the render
/// guard multiplies by the number of edges.
///
/// - Complexity: O(min(*s*, `budget`) + *n* + *m*) for *s* search steps, *n* nodes and *m* edges.
enum CurvedEdgeCost {
    /// The most search steps (per-edge steps × edges) drawn without `force`: 2 · 10⁹, about
    /// two seconds (a 22-node clique of 231 edges takes 0.97 · 10⁹ and renders in 0.9 s).
    static let limit = 2_000_000_000

    /// The number of visits of Graphviz's cycle search over `out` (node → heads of its out-edges,
    /// in order), or `nil` when it exceeds `budget`.
    static func steps(of out: [[Int32]], budget: Int) -> Int? {
        var onPath = [Bool](repeating: false, count: out.count)
        var total = 0
        // Each frame: a node on the path and the index of its next out-edge to follow.
        var stack: [(node: Int32, next: Int)] = []
        for start in out.indices {
            total += 1
            if total > budget { return nil }
            onPath[start] = true
            stack.append((Int32(start), 0))
            while let top = stack.last {
                let edges = out[Int(top.node)]
                guard top.next < edges.count else {
                    onPath[Int(top.node)] = false
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let head = Int(edges[top.next])
                total += 1
                if total > budget { return nil }
                if !onPath[head] {
                    onPath[head] = true
                    stack.append((Int32(head), 0))
                }
            }
        }
        return total
    }

    /// Whether `graph` asks for curved edges that would take more than ``limit`` search steps.
    /// Returns the number of edges when it does, `nil` when drawing them is affordable (or the
    /// graph does not ask for curved edges).
    static func tooCostly(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int? {
        guard Graphviz.attribute("splines", of: graph)?.lowercased() == "curved" else { return nil }
        let edges = Int(agnedges(graph))
        guard edges > 0 else { return nil }
        var index: [UnsafeMutablePointer<Agnode_t>: Int32] = [:]
        var node = agfstnode(graph)
        while let n = node {
            index[n] = Int32(index.count)
            node = agnxtnode(graph, n)
        }
        var out = [[Int32]](repeating: [], count: index.count)
        node = agfstnode(graph)
        while let n = node {
            var edge = agfstout(graph, n)
            while let e = edge {
                if let from = index[n], let to = index[cgv_head(e)] { out[Int(from)].append(to) }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, n)
        }
        return steps(of: out, budget: limit / edges) == nil ? edges : nil
    }
}
