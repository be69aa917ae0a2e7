import RelGraphCore
import RelGraphExtraction

/// Reads articles and extracts them, collecting the problems met on the way.
public struct ArticleInput: Sendable {
    /// The extractions, in input order.
    public var extractions: [ArticleExtraction]
    /// One message per skipped record or repaired file (`file:line: reason`).
    public var problems: [String]
    /// How many records were skipped as malformed.
    public var skipped: Int

    /// Reads `paths` (files or folders) and extracts every article.
    /// - Parameters:
    ///   - strict: stop at the first malformed record instead of skipping it.
    ///   - lexicon: an optional user lexicon file (see ``Lexicon``).
    /// - Throws: ``PipelineError/extraction(_:)`` for missing inputs, unreadable files, a
    ///   malformed lexicon, no articles at all, or (strict) a malformed record.
    public static func read(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false
    ) throws(PipelineError) -> ArticleInput {
        do throws(ExtractionError) {
            let result = try ArticleReader(strict: strict).read(paths)
            guard !result.articles.isEmpty else { throw ExtractionError.noArticles(inputs: paths) }
            var user: Lexicon?
            if let lexicon { user = try Lexicon.read(lexicon) }
            let extractor = try Extractor(options: options, userLexicon: user)
            let skipped = result.problems.filter {
                if case .malformedRecord = $0 { return true } else { return false }
            }.count
            return ArticleInput(
                extractions: extractor.extract(result.articles),
                problems: result.problems.map(\.description), skipped: skipped)
        } catch {
            throw .extraction(error)
        }
    }

    /// The graph of all extractions.
    public var graph: EntityGraph { Extractor.graph(from: extractions) }

    /// The JSON Lines text of `relgraph extract --format jsonl`, one line per article.
    public var jsonLines: String {
        extractions.map { $0.jsonLine() + "\n" }.joined()
    }
}
