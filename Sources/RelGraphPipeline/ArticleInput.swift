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
    /// - Complexity: O(*b*) to read *b* bytes, plus extraction; the text of one batch
    ///   (8 MiB, ``RelGraphExtraction/FileArticleSource/batchBytes``) is in memory at a time.
    public static func read(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil
    ) throws(PipelineError) -> ArticleInput {
        do throws(ExtractionError) {
            var user: Lexicon?
            if let lexicon { user = try Lexicon.read(lexicon) }
            let extractor = try Extractor(options: options, userLexicon: user)
            var source = FileArticleSource(paths, reader: ArticleReader(strict: strict, fields: fields, format: format))
            let extractions = try extractor.extract(from: &source)
            let skipped = source.problems.count(where: \.skipsInput)
            guard !extractions.isEmpty else {
                if let first = source.problems.first(where: \.skipsInput) {
                    throw ExtractionError.allSkipped(inputs: paths, skipped: skipped, first: first)
                }
                throw ExtractionError.noArticles(inputs: paths)
            }
            return ArticleInput(
                extractions: extractions, problems: source.problems.map(\.description), skipped: skipped)
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
