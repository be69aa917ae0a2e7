import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphPipeline

/// Options shared by every command that reads articles.
struct ArticleOptions: ParsableArguments {
    @Option(help: "A user lexicon (JSON) that adds or overrides people, countries, issues and stop-names.")
    var lexicon: String?

    @Flag(help: "Stop at the first malformed record instead of skipping it.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Co-mention window: 'sentence', 'article', or a number N of following sentences.", valueName: "window"),
        transform: ArticleOptions.window)
    var window: ExtractionOptions.Window = .sentence

    @Option(
        help: ArgumentHelp(
            "What a relation's weight counts: \(choices(ExtractionOptions.Weight.self)) (default: articles, "
                + "so one long article cannot outweigh several short ones).", valueName: "unit"))
    var weight: ExtractionOptions.Weight = .articles

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Link each person and country of a headline to every person and country of the article body, as headline relations."))
    var headlineLinks = true

    @Option(help: "Worker threads for extraction (default: all cores). Output does not depend on it.")
    var threads: Int?

    @Option(
        help: ArgumentHelp(
            "The most bytes of text per article; longer texts are cut there, with a warning (default: 8 MiB).",
            valueName: "bytes"))
    var maxArticleBytes: Int = ExtractionOptions().maxArticleBytes

    @Option(
        help: ArgumentHelp(
            "The most entities linked pairwise in one sentence; beyond it only the first named are linked, "
                + "with a warning (default: 50).",
            valueName: "count"))
    var maxEntitiesPerSentence: Int = ExtractionOptions().maxEntitiesPerSentence

    @Flag(name: .shortAndLong, help: "No progress display and no summary on standard error (warnings still show).")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "JSON key or CSV column of the article id (default: id, article_id, doc_id, uuid; else FILE:LINE).",
            valueName: "name"))
    var idField: String?

    @Option(
        help: ArgumentHelp(
            "JSON key or CSV column of the title (default: title, headline, heading).", valueName: "name"))
    var titleField: String?

    @Option(
        help: ArgumentHelp(
            "JSON key or CSV column of the date (default: date, published, publish_date, published_at, pubdate).",
            valueName: "name"))
    var dateField: String?

    @Option(
        help: ArgumentHelp(
            "JSON key or CSV column of the text (default: text, content, article, body, story).", valueName: "name"))
    var textField: String?

    @Option(
        help: ArgumentHelp(
            "Format of standard input ('-') and of files named directly (default: by extension; "
                + "standard input is detected from its first character).",
            valueName: "format"))
    var inputFormat: InputFormat?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("Threads '\(threads)' must be at least 1") }
        if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes '\(maxArticleBytes)' must be at least 1") }
        if maxEntitiesPerSentence < 2 {
            throw ValidationError("--max-entities-per-sentence '\(maxEntitiesPerSentence)' must be at least 2")
        }
        for (flag, value) in [("id", idField), ("title", titleField), ("date", dateField), ("text", textField)] {
            if let value, value.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("Field name '\(value)' for --\(flag)-field is empty; give a JSON key or CSV column name")
            }
        }
    }

    /// Parses `--window`.
    static func window(_ text: String) throws -> ExtractionOptions.Window {
        switch text {
        case "sentence": return .sentence
        case "article": return .article
        default:
            guard let n = Int(text), n >= 1 else {
                throw ValidationError("Window '\(text)' is not valid; expected 'sentence', 'article' or a number >= 1")
            }
            return .sentences(n)
        }
    }

    /// The record field names: each given option replaces that role's default list.
    var fieldNames: FieldNames {
        var names = FieldNames()
        func trimmed(_ s: String?) -> [String]? { s.map { [$0.trimmingCharacters(in: .whitespaces)] } }
        if let id = trimmed(idField) { names.id = id }
        if let title = trimmed(titleField) { names.title = title }
        if let date = trimmed(dateField) { names.date = date }
        if let text = trimmed(textField) { names.text = text }
        return names
    }

    var extractionOptions: ExtractionOptions {
        var o = ExtractionOptions()
        o.window = window
        o.weight = weight
        o.headlineLinks = headlineLinks
        o.threads = threads
        o.maxArticleBytes = maxArticleBytes
        o.maxEntitiesPerSentence = maxEntitiesPerSentence
        return o
    }

    /// Prints the problems of a read as warnings, at most `limit` of them, then how many more
    /// there were (all to standard error).
    static func warn(_ problems: [String], limit: Int = 20) {
        for p in problems.prefix(limit) { ErrorReporting.warn(p) }
        if problems.count > limit {
            ErrorReporting.warn("… and \(problems.count - limit) more problems of the same kinds")
        }
    }

    /// Reads and extracts, printing each problem as a warning and, when records were skipped,
    /// a one-line summary (all to standard error).
    func read(_ inputs: [String]) throws -> ArticleInput {
        let input = try ArticleInput.read(
            inputs, options: extractionOptions, lexicon: lexicon, strict: strict, fields: fieldNames,
            format: inputFormat)
        Self.report(input.problems, articles: input.extractions.count, skipped: input.skipped)
        return input
    }

    /// Reads and extracts `inputs` into one graph per period of `slice` (streaming, with the
    /// progress display unless `--quiet`), reporting problems as ``read(_:)`` does.
    func periodGraphs(_ inputs: [String], slice: TimeSlice) throws -> PeriodGraphs {
        let display = quiet ? nil : ProgressDisplay()
        let (fold, tally) = try Pipeline.periodGraphs(
            inputs, slice: slice, options: extractionOptions, lexicon: lexicon, strict: strict,
            fields: fieldNames, format: inputFormat, progress: display.map { d in { d.update($0) } })
        display?.finish()
        Self.report(tally.problems.map { $0.description }, articles: tally.articles, skipped: tally.skipped)
        return fold
    }

    /// Prints the problems of a read as warnings (at most 20, then a count) and, when records
    /// were skipped, a one-line summary (all to standard error).
    static func report(_ problems: [String], articles n: Int, skipped: Int) {
        warn(problems)
        if skipped > 0 {
            ErrorReporting.note(
                "Read \(n) article\(n == 1 ? "" : "s"); skipped \(skipped) malformed, empty, non-text or repeated "
                    + "record\(skipped == 1 ? "" : "s") (--strict stops at the first)")
        }
    }
}

/// The kinds of relation an analysis or diagram reads.
struct RelationOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Relations that make ties, comma-separated: \(choices(RelationKind.self)), or all (default: co-mention).",
            valueName: "list"),
        transform: { text in
            text.trimmingCharacters(in: .whitespaces) == "all"
                ? RelationKind.allCases : try parseList(text, option: "relations") as [RelationKind]
        })
    var relations: [RelationKind] = Array(RelationKind.rankingDefault)

    var kinds: Set<RelationKind> { Set(relations) }
}

/// Loads a graph argument (`*.relgraph.json` or an edge list), printing skipped lines.
func loadGraph(_ path: String, relations: Set<RelationKind>) throws -> EntityGraph {
    var warnings: [String] = []
    let graph = try Pipeline.loadGraph(path, relations: relations, warnings: &warnings)
    for w in warnings { ErrorReporting.warn(w) }
    return graph
}

/// Loads a graph argument for analysis only (entities and adjacency), printing skipped lines.
func loadLabeledGraph(_ path: String, relations: Set<RelationKind>) throws -> LabeledGraph {
    var warnings: [String] = []
    let graph = try Pipeline.loadLabeledGraph(path, relations: relations, warnings: &warnings)
    for w in warnings { ErrorReporting.warn(w) }
    return graph
}

/// The accepted values of an option, for its help text.
func choices<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
    T.allCases.map(\.rawValue).joined(separator: ", ")
}

extension InputFormat: ExpressibleByArgument {}
extension RelationKind: ExpressibleByArgument {}
extension ExtractionOptions.Weight: ExpressibleByArgument {}
extension ActorOptions.Restart: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension PathWeighting: ExpressibleByArgument {}
extension CommunityAlgorithm: ExpressibleByArgument {}
extension MeasureName: ExpressibleByArgument {}
extension Pipeline.ActorFormat: ExpressibleByArgument {}
extension Pipeline.CommunityFormat: ExpressibleByArgument {}
extension Pipeline.ExportFormat: ExpressibleByArgument {}
extension Pipeline.ExtractFormat: ExpressibleByArgument {}
extension Pipeline.TrendsFormat: ExpressibleByArgument {}
extension TimeSlice: ExpressibleByArgument {}
extension TrendChartAxis: ExpressibleByArgument {}

extension EntityKind: ExpressibleByArgument {
    /// A kind by name, case-insensitive; `org` abbreviates `organization`.
    public init?(argument: String) {
        let name = argument.trimmingCharacters(in: .whitespaces).lowercased()
        self.init(rawValue: name == "org" ? "organization" : name)
    }
}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Parses a comma-separated list of values of `T` (`--measures pagerank,degree`).
/// - Throws: `ValidationError` (exit 64) naming the value that is not accepted and the
///   accepted ones.
func parseList<T: ExpressibleByArgument & CaseIterable & RawRepresentable>(
    _ text: String, option: String
) throws -> [T] where T.RawValue == String {
    try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map {
        guard let value = T(argument: $0) else {
            throw ValidationError("Value '\($0)' for --\(option) is not valid; expected \(choices(T.self))")
        }
        return value
    }
}
