import RelGraphCore
import RelGraphExtraction
import RelGraphAnalysis
import RelGraphRendering

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
    /// An argument value is not usable; `message` says which and what is accepted.
    case invalidArgument(message: String)

    /// Whether the error is a usage error (an option value the command cannot use: exit 64)
    /// rather than a runtime failure (exit 1).
    public var isUsageError: Bool {
        switch self {
        case .filter, .invalidArgument: return true
        case .analysis(.invalidOption): return true
        case .graph, .extraction, .analysis, .rendering: return false
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
        case .invalidArgument(let message): return message
        }
    }
}
