/// Why a ``DiagramFilter`` cannot be applied. All wording lives in ``description``.
public enum DiagramFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No entity matches a `--focus` name; `suggestions` are entities whose name contains a
    /// word of it (at most 3).
    case unknownFocus(name: String, suggestions: [String])
    /// A numeric option is out of range; `expected` says what is accepted.
    case invalidValue(option: String, value: String, expected: String)
    /// A date bound is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(option: String, value: String)
    /// The date window ends before it starts.
    case emptyWindow(from: String, to: String)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .unknownFocus(let name, let suggestions):
            "No entity is called '\(name)'; "
                + (suggestions.isEmpty
                    ? "check the spelling or list the names with 'relgraph actors'"
                    : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
        case .invalidValue(let option, let value, let expected):
            "Value '\(value)' for '--\(option)' is not valid; expected \(expected)"
        case .invalidDate(let option, let value):
            "Date '\(value)' for '--\(option)' is not valid; expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .emptyWindow(let from, let to):
            "Date window '\(from)' to '\(to)' is empty; '--from' must not be after '--to'"
        }
    }
}
