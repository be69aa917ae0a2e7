import RelGraphCore
import RelGraphExtraction

/// Reads articles and extracts them, collecting the problems met on the way.
public struct ArticleInput: Sendable {
    /// The extractions, in input order.
    public var extractions: [ArticleExtraction]
    /// One message per skipped record or file and per repaired file (`file:line: reason`).
    public var problems: [String]
    /// How many records (or files) were skipped as malformed or empty.
    public var skipped: Int

    /// Reads `paths` (files, folders, or `-` for standard input) and extracts every article.
    /// - Parameters:
    ///   - options: extraction options.
    ///   - lexicon: an optional user lexicon file (see ``Lexicon``).
    ///   - strict: stop at the first malformed record instead of skipping it.
    ///   - fields: the record fields holding id, title, date and text (see ``FieldNames``).
    ///   - format: the format of standard input and of directly named files; `nil` detects
    ///     standard input and goes by extension (see ``ArticleReader/format``).
    /// - Throws: ``PipelineError/extraction(_:)`` for missing inputs, unreadable files, a
    ///   malformed lexicon, no articles at all (``ExtractionError/allSkipped(inputs:skipped:first:)``
    ///   when every record was skipped), or (strict) the first problem.
    /// - Complexity: O(*b*) to read *b* bytes, plus extraction.
    public static func read(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil
    ) throws(PipelineError) -> ArticleInput {
        do throws(ExtractionError) {
            let result = try ArticleReader(strict: strict, fields: fields, format: format).read(paths)
            guard !result.articles.isEmpty else {
                if let first = result.problems.first(where: \.skipsInput) {
                    throw ExtractionError.allSkipped(inputs: paths, skipped: result.skipped, first: first)
                }
                throw ExtractionError.noArticles(inputs: paths)
            }
            var user: Lexicon?
            if let lexicon { user = try Lexicon.read(lexicon) }
            let extractor = try Extractor(options: options, userLexicon: user)
            return ArticleInput(
                extractions: extractor.extract(result.articles),
                problems: result.problems.map(\.description), skipped: result.skipped)
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
