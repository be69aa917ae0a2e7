/// The errors that analysis functions throw for bad input data or options.
///
/// All wording lives in ``description``: capitalised, no trailing period, offending values in
/// single quotes, followed by what is accepted. Misuse that only a programming error can cause
/// (a node index out of range, a partition of the wrong length) is a `precondition` instead.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `measure` is undefined on a graph without edges (for example modularity, whose
    /// denominator is the total edge weight).
    case emptyGraph(measure: String)
    /// An iterative method for `measure` did not reach `tolerance` within `iterations` steps.
    case didNotConverge(measure: String, iterations: Int, tolerance: Double)
    /// The option `name` was given `value`, which is outside `expected`.
    case invalidOption(name: String, value: String, expected: String)

    /// A one-line message for users, for example
    /// `Measure 'modularity' is undefined on a graph without edges`.
    public var description: String {
        switch self {
        case .emptyGraph(let measure):
            return "Measure '\(measure)' is undefined on a graph without edges"
        case .didNotConverge(let measure, let iterations, let tolerance):
            return "Measure '\(measure)' did not converge within '\(iterations)' iterations "
                + "to tolerance '\(tolerance)'"
        case .invalidOption(let name, let value, let expected):
            return "Invalid value '\(value)' for option '\(name)'; expected \(expected)"
        }
    }
}
