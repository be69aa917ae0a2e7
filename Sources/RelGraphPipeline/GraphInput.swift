import RelGraphCore

/// Loads a graph from any file RelGraph can read as a graph.
public enum GraphInput {
    /// Reads `path`: `*.relgraph.json` (or any `.json` in the native format) or a weighted edge
    /// list (`.tsv`, `.csv`, `.txt`, `.edges`). Skipped lines are appended to `warnings`.
    public static func load(_ path: String, warnings: inout [String]) throws(PipelineError) -> EntityGraph {
        do {
            return try GraphFile.read(path, warnings: &warnings)
        } catch {
            throw .graph(error)
        }
    }

    /// Reads `path` like ``load(_:warnings:)`` but returns only what analyses need (entities
    /// and adjacency); edge lists skip the ``RelGraphCore/EntityGraph`` model, which on large
    /// lists is most of the memory.
    public static func loadLabeled(_ path: String, warnings: inout [String]) throws(PipelineError) -> LabeledGraph {
        do {
            return try GraphFile.readLabeled(path, warnings: &warnings)
        } catch {
            throw .graph(error)
        }
    }
}
