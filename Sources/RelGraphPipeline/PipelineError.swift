import RelGraphAnalysis
import RelGraphCore
import RelGraphExtraction
import RelGraphRendering
import RelGraphStore

/// Any failure of a pipeline step, wrapping the failing module's error. All wording lives in
/// the wrapped errors' descriptions.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    /// Reading or writing a graph failed.
    case graph(GraphError)
    /// Reading or extracting articles failed.
    case extraction(ExtractionError)
    /// An analysis failed.
    case analysis(AnalysisError)
    /// Rendering failed.
    case rendering(RenderError)
    /// A diagram filter cannot be applied.
    case filter(DiagramFilterError)
    /// A file given where a graph is expected holds articles.
    case articlesGivenAsGraph(path: String)
    /// A name given to `--option` designates no single entity.
    case name(option: String, NameLookupError)
    /// An argument value is not usable; `message` says which and what is accepted.
    case invalidArgument(message: String)
    /// No article had a date that the time slice could place (`trends`, `--slice`);
    /// `undated` articles were read.
    case emptyTrends(undated: Int)
    /// A corpus store cannot be opened, read or written.
    case store(StoreError)

    /// Whether the error is a usage error (an option value the command cannot use: exit 64)
    /// rather than a runtime failure (exit 1).
    public var isUsageError: Bool {
        switch self {
        case .filter, .invalidArgument, .name: return true
        case .analysis(.invalidOption): return true
        case .graph, .extraction, .analysis, .rendering, .articlesGivenAsGraph, .emptyTrends, .store: return false
        }
    }

    /// The wrapped error's message.
    public var description: String {
        switch self {
        case .graph(let e): return e.description
        case .extraction(let e): return e.description
        case .analysis(let e): return e.description
        case .rendering(let e): return e.description
        case .filter(let e): return e.description
        case .articlesGivenAsGraph(let path):
            return "'\(path)' looks like articles, not a graph; run 'relgraph build \(path) -o graph.relgraph.json' "
                + "(or 'relgraph run \(path)') first, then give the graph file"
        case .name(let option, let e): return "--\(option): \(e.description)"
        case .invalidArgument(let message): return message
        case .store(let e): return e.description
        case .emptyTrends(let undated):
            return "No dated articles to slice by period (\(undated) undated); dates are read from the "
                + "date field of records (--date-field) or the line after a text file's title (YYYY-MM-DD)"
        }
    }
}
