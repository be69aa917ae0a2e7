import Foundation

/// Errors raised while building, reading or writing graphs. All wording lives in ``description``.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two entities share an id.
    case duplicateEntity(id: String)
    /// A relation names an entity that the graph does not contain.
    case unknownEndpoint(id: String)
    /// A relation connects an entity to itself.
    case selfLoop(id: String)
    /// A relation appears twice.
    case duplicateRelation(source: String, target: String)
    /// A relation's weight is not finite and positive.
    case invalidWeight(source: String, target: String, weight: Double)
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A file could not be written.
    case unwritableFile(path: String, reason: String)
    /// A graph file is not valid JSON of the expected shape.
    case malformedGraphFile(path: String, reason: String)
    /// A graph file was written by a newer, incompatible version of RelGraph.
    case unsupportedVersion(path: String, version: Int, supported: Int)
    /// A line of an edge list cannot be parsed.
    case malformedEdgeLine(path: String, line: Int, reason: String)
    /// The file's extension names no graph format that RelGraph reads.
    case unknownGraphFormat(path: String)

    /// A message in the shape: capitalised, no trailing period, bad value quoted, where it happened.
    /// Why a file operation failed, in words: the system's message for the underlying POSIX
    /// error ("Permission denied", "File too large", "No space left on device") when there is
    /// one, else the error's own description.
    public static func reason(_ error: any Error) -> String {
        var e = error as NSError
        while e.domain != NSPOSIXErrorDomain, let inner = e.userInfo[NSUnderlyingErrorKey] as? NSError { e = inner }
        if e.domain == NSPOSIXErrorDomain, let text = strerror(Int32(e.code)) { return String(cString: text) }
        return (error as NSError).localizedDescription
    }

    public var description: String {
        switch self {
        case .duplicateEntity(let id):
            return "Entity '\(id)' appears more than once; entity ids must be unique"
        case .unknownEndpoint(let id):
            return "Relation endpoint '\(id)' is not an entity of the graph"
        case .selfLoop(let id):
            return "Relation from '\(id)' to itself; self-loops are not allowed"
        case .duplicateRelation(let s, let t):
            return "Relation between '\(s)' and '\(t)' appears more than once"
        case .invalidWeight(let s, let t, let w):
            return "Edge weight '\(w)' between '\(s)' and '\(t)' is not positive; weights must be finite and > 0"
        case .unreadableFile(let path, let reason):
            return "Cannot read '\(path)': \(reason)"
        case .unwritableFile(let path, let reason):
            return "Cannot write '\(path)': \(reason)"
        case .malformedGraphFile(let path, let reason):
            return "'\(path)' is not a valid RelGraph graph file: \(reason)"
        case .unsupportedVersion(let path, let version, let supported):
            return "'\(path)' has format version \(version); this RelGraph reads versions up to \(supported)"
        case .malformedEdgeLine(let path, let line, let reason):
            return "\(path):\(line): \(reason); expected 'source<TAB or comma>target[<sep>weight]'"
        case .unknownGraphFormat(let path):
            return "Cannot tell the graph format of '\(path)'; expected a .relgraph.json, .json, .tsv, .csv or .txt edge list"
        }
    }
}
