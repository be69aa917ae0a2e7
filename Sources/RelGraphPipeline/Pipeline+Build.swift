import RelGraphCore
import RelGraphExtraction

extension Pipeline {
    /// Builds the graph of the articles at `paths` in one streaming pass: extractions are
    /// folded into the graph as they arrive and never held all at once
    /// (``ArticleInput/stream(_:options:lexicon:strict:fields:format:mergeAcrossArticles:pruneEvidence:progress:consume:)``), so
    /// memory depends on the graph, not on the corpus. The graph equals
    /// `ArticleInput.read(...).graph` on the same inputs, for any number of threads.
    /// - Returns: the graph and what was read and skipped.
    /// - Throws: as ``ArticleInput/read(_:options:lexicon:strict:fields:format:)``.
    public static func build(
        _ paths: [String], options: ExtractionOptions = .init(), lexicon: String? = nil, strict: Bool = false,
        fields: FieldNames = .init(), format: InputFormat? = nil, progress: ((ExtractionProgress) -> Void)? = nil
    ) throws(PipelineError) -> (graph: EntityGraph, tally: ExtractionTally) {
        var builder = EntityGraphBuilder()
        let tally = try ArticleInput.stream(
            paths, options: options, lexicon: lexicon, strict: strict, fields: fields, format: format,
            pruneEvidence: true, progress: progress
        ) { batch in
            for x in batch { Extractor.add(x, to: &builder) }
        }
        return (builder.build(), tally)
    }
}
