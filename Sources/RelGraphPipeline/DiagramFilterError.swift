import RelGraphCore

/// Why a ``DiagramFilter`` cannot be applied. All wording lives in ``description``.
public enum DiagramFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A `--focus` name designates no single entity.
    case name(NameLookupError)
    /// The filters leave nothing to draw; `filters` describes them (``DiagramFilter/summary``).
    case emptyDiagram(filters: String)
    /// A numeric option is out of range; `expected` says what is accepted.
    case invalidValue(option: String, value: String, expected: String)
    /// A date bound is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(option: String, value: String)
    /// The date window ends before it starts.
    case emptyWindow(from: String, to: String)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .name(let error):
            "--focus: \(error.description)"
        case .emptyDiagram(let filters):
            "Nothing is left to draw after the filters (\(filters)); widen them or leave them out"
        case .invalidValue(let option, let value, let expected):
            "Value '\(value)' for '--\(option)' is not valid; expected \(expected)"
        case .invalidDate(let option, let value):
            "Date '\(value)' for '--\(option)' is not valid; expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .emptyWindow(let from, let to):
            "Date window '\(from)' to '\(to)' is empty; '--from' must not be after '--to'"
        }
    }
}
