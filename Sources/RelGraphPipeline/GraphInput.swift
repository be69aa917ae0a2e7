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
}
