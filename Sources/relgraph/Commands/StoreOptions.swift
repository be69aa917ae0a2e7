import ArgumentParser
import RelGraphCore
import RelGraphPipeline

/// `--store` and its slice: read a command's graph from a corpus store instead of a graph file.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Read from this corpus store (made by 'relgraph build … --store') instead of a graph file.", valueName: "file"))
    var store: String?

    @Option(help: ArgumentHelp("With --store: only articles dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: PartialDate?

    @Option(help: ArgumentHelp("With --store: only articles dated on or before this date (inclusive at its precision).", valueName: "date"))
    var until: PartialDate?

    @Option(
        name: .customLong("source"), help: ArgumentHelp("With --store: only articles from this source (repeatable).", valueName: "name"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("With --store: only articles whose title or text contains every one of these words.", valueName: "words"))
    var query: String?

    func validate() throws {
        if store == nil, since != nil || until != nil || !sources.isEmpty || query != nil {
            throw ValidationError("--since, --until, --source and --query select articles of a store; give --store FILE")
        }
    }

    /// The store request, when `--store` is given.
    var request: StoreRequest? {
        store.map { StoreRequest(path: $0, since: since, until: until, sources: sources, query: query) }
    }

    /// Checks that exactly one of a graph argument and `--store` is given.
    func requireOne(of argument: String?, named name: String) throws {
        switch (argument, store) {
        case (nil, nil): throw ValidationError("Give a \(name) or --store FILE")
        case (.some, .some): throw ValidationError("Give a \(name) or --store FILE, not both")
        default: return
        }
    }

    /// The graph of the store slice, restricted to `relations`; notes how many articles it holds.
    func graph(relations: Set<RelationKind>) throws -> EntityGraph? {
        guard let request else { return nil }
        let (graph, articles) = try Pipeline.graph(of: request)
        ErrorReporting.note("Store \(request.path): \(articles) article\(articles == 1 ? "" : "s") in the slice")
        return graph.restricted(to: relations)
    }
}

/// Loads the graph argument, or the store slice when `--store` is given.
func loadGraph(_ path: String?, store: StoreOptions, relations: Set<RelationKind>) throws -> EntityGraph {
    if let g = try store.graph(relations: relations) { return g }
    return try loadGraph(path ?? "", relations: relations)
}

/// Loads the graph argument for analysis, or the store slice when `--store` is given.
func loadLabeledGraph(_ path: String?, store: StoreOptions, relations: Set<RelationKind>) throws -> LabeledGraph {
    if let g = try store.graph(relations: relations) { return LabeledGraph(g) }
    return try loadLabeledGraph(path ?? "", relations: relations)
}
