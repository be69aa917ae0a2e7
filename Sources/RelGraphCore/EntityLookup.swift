import Foundation

/// Finds the entity a person means by a name typed on the command line (`--focus`,
/// `--seen-from`), the same way everywhere.
///
/// ## Rules
/// 1. An entity whose canonical name, alias, ISO code or id equals the name (ignoring case and
///    diacritics) matches exactly.
/// 2. Without an exact match, an entity whose canonical name contains the name as whole words
///    matches ("Jiechi" → "Yang Jiechi").
/// 3. One match is the answer; several are an ``NameLookupError/ambiguous(name:candidates:)``
///    error listing them; none is an ``NameLookupError/unknown(name:suggestions:)`` error with
///    the closest names by edit distance ("Xi Jingping" → "Xi Jinping").
public enum EntityLookup {
    /// The index in `entities` of the one entity `name` designates (see the type's rules).
    /// - Throws: ``NameLookupError`` when no entity or several match.
    /// - Complexity: O(*n* · *k*²) in the worst case (suggestions), for *n* entities and names of
    ///   about *k* characters; O(*n* · *k*) when a name matches.
    public static func resolve(_ name: String, in entities: [Entity]) throws(NameLookupError) -> Int {
        let key = fold(name)
        let exact = exactMatches(name, in: entities)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguous(name: name, candidates: candidates(exact, entities)) }
        let words = key.split(separator: " ")
        let partial =
            words.isEmpty
            ? []
            : entities.indices.filter { i in
                let w = fold(entities[i].name).split(separator: " ")
                return w.count > words.count && (0...(w.count - words.count)).contains { w[$0..<($0 + words.count)].elementsEqual(words) }
            }
        if partial.count == 1 { return partial[0] }
        if partial.count > 1 { throw .ambiguous(name: name, candidates: candidates(partial, entities)) }
        throw .unknown(name: name, suggestions: suggestions(for: key, in: entities))
    }

    /// The indices of the entities whose canonical name, alias, ISO code or id equals `name`,
    /// ignoring case, diacritics and repeated white space (rule 1).
    /// - Complexity: O(*n* · *k*) for *n* entities with names of about *k* characters.
    public static func exactMatches(_ name: String, in entities: [Entity]) -> [Int] {
        let key = fold(name)
        return entities.indices.filter { i in
            let e = entities[i]
            return fold(e.name) == key || fold(e.id) == key || e.iso3.map { fold($0) == key } == true
                || e.aliases.contains { fold($0) == key }
        }
    }

    /// `text` lower-cased, without diacritics, with runs of white space as one space.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How many candidates an ambiguity error lists: 8.
    public static let maxCandidates = 8

    /// "Name (kind)" for each of `indices`, sorted by name.
    static func candidates(_ indices: [Int], _ entities: [Entity]) -> [String] {
        indices.map { entities[$0] }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
            .prefix(maxCandidates).map { "\($0.name) (\($0.kind.rawValue))" }
    }

    /// The up to three canonical names closest to `key` by edit distance, within a quarter of
    /// its length (at least 2 edits), nearest first.
    static func suggestions(for key: String, in entities: [Entity]) -> [String] {
        let limit = max(2, key.count / 4)
        var scored: [(Int, String)] = []
        for e in entities {
            let d = editDistance(key, fold(e.name), limit: limit)
            if d <= limit { scored.append((d, e.name)) }
        }
        var seen = Set<String>()
        return scored.sorted { $0 < $1 }.map(\.1).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }

    /// The Levenshtein distance between `a` and `b` (insertions, deletions and substitutions of
    /// characters), or `limit + 1` when it exceeds `limit`.
    ///
    /// Levenshtein, Vladimir I. "Binary Codes Capable of Correcting Deletions, Insertions, and
    /// Reversals." Soviet Physics Doklady 10, no. 8 (1966): 707–710.
    /// - Complexity: O(|*a*| · |*b*|) time, O(|*b*|) space.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(1, x.count) where !x.isEmpty {
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return min(previous[y.count], limit + 1)
    }
}

/// Why a name typed by a user designates no single entity. All wording lives in ``description``.
public enum NameLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Several entities match `name`; `candidates` lists them ("Name (kind)", at most 8).
    case ambiguous(name: String, candidates: [String])
    /// No entity matches `name`; `suggestions` are the closest names (at most 3).
    case unknown(name: String, suggestions: [String])

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .ambiguous(let name, let candidates):
            "'\(name)' matches several entities: " + candidates.map { "'\($0)'" }.joined(separator: ", ")
                + "; give the full name, an alias or the id"
        case .unknown(let name, let suggestions):
            "No entity is called '\(name)'; "
                + (suggestions.isEmpty
                    ? "check the spelling or list the names with 'relgraph actors'"
                    : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
        }
    }
}
