import ArgumentParser
import Foundation
import RelGraphCore
import RelGraphExtraction
import RelGraphPipeline

/// Options shared by every command that reads articles.
struct ArticleOptions: ParsableArguments {
    @Option(help: "A user lexicon (JSON) that adds or overrides people, countries, issues and stop-names.")
    var lexicon: String?

    @Flag(help: "Stop at the first malformed record instead of skipping it.")
    var strict = false

    @Option(help: ArgumentHelp(
        "Co-mention window: 'sentence', 'article', or a number N of following sentences.",
        valueName: "window"))
    var window: String = "sentence"

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(
        "Link each person and country of a headline to every entity of the article body (weight 1 per article)."))
    var headlineLinks = true

    @Option(help: "Worker threads for extraction (default: all cores). Output does not depend on it.")
    var threads: Int?

    @Option(help: ArgumentHelp(
        "JSON key or CSV column of the article id (default: id, article_id, doc_id, uuid; else FILE:LINE).",
        valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp(
        "JSON key or CSV column of the title (default: title, headline, heading).", valueName: "name"))
    var titleField: String?

    @Option(help: ArgumentHelp(
        "JSON key or CSV column of the date (default: date, published, publish_date, published_at, pubdate).",
        valueName: "name"))
    var dateField: String?

    @Option(help: ArgumentHelp(
        "JSON key or CSV column of the text (default: text, content, article, body, story).", valueName: "name"))
    var textField: String?

    @Option(help: ArgumentHelp(
        "Format of standard input ('-') and of files named directly (default: by extension; "
            + "standard input is detected from its first character).",
        valueName: "format"))
    var inputFormat: InputFormat?

    /// The record field names: each given option replaces that role's default list.
    func fieldNames() throws -> FieldNames {
        var names = FieldNames()
        for (flag, value) in [("id", idField), ("title", titleField), ("date", dateField), ("text", textField)] {
            guard let value else { continue }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw ValidationError("Field name '\(value)' for --\(flag)-field is empty; give a JSON key or CSV column name")
            }
            switch flag {
            case "id": names.id = [trimmed]
            case "title": names.title = [trimmed]
            case "date": names.date = [trimmed]
            default: names.text = [trimmed]
            }
        }
        return names
    }

    func extractionOptions() throws -> ExtractionOptions {
        var o = ExtractionOptions()
        switch window {
        case "sentence": o.window = .sentence
        case "article": o.window = .article
        default:
            guard let n = Int(window), n >= 1 else {
                throw ValidationError("Window '\(window)' is not valid; expected 'sentence', 'article' or a number >= 1")
            }
            o.window = .sentences(n)
        }
        o.headlineLinks = headlineLinks
        if let threads {
            guard threads >= 1 else { throw ValidationError("Threads '\(threads)' must be at least 1") }
            o.threads = threads
        }
        return o
    }

    /// Reads and extracts, printing each problem as a warning and, when records were skipped,
    /// a one-line summary (all to standard error).
    func read(_ inputs: [String]) throws -> ArticleInput {
        let options = try extractionOptions()
        let fields = try fieldNames()
        var result: ArticleInput?
        try ErrorReporting.run { () throws(PipelineError) in
            result = try ArticleInput.read(
                inputs, options: options, lexicon: lexicon, strict: strict, fields: fields, format: inputFormat)
        }
        let input = result!
        for p in input.problems { ErrorReporting.warn(p) }
        if input.skipped > 0 {
            let n = input.extractions.count
            ErrorReporting.note(
                "Read \(n) article\(n == 1 ? "" : "s"); skipped \(input.skipped) malformed or empty "
                    + "record\(input.skipped == 1 ? "" : "s") (--strict stops at the first)")
        }
        return input
    }
}

/// Loads a graph argument (`*.relgraph.json` or an edge list), printing skipped lines.
func loadGraph(_ path: String) throws -> EntityGraph {
    var warnings: [String] = []
    var graph: EntityGraph?
    try ErrorReporting.run { () throws(PipelineError) in
        graph = try GraphInput.load(path, warnings: &warnings)
    }
    for w in warnings { ErrorReporting.warn(w) }
    return graph!
}

extension InputFormat: ExpressibleByArgument {}

/// Parses entity kinds given on the command line: a comma-separated list of `person`,
/// `country`, `issue`, `organization` (or `org`) and `other`, case-insensitive.
/// - Throws: `ValidationError` (exit 64) naming the unknown kind and the accepted ones.
func parseKinds(_ list: String) throws -> Set<EntityKind> {
    var kinds = Set<EntityKind>()
    for part in list.split(separator: ",") {
        let name = part.trimmingCharacters(in: .whitespaces).lowercased()
        guard let kind = EntityKind(rawValue: name == "org" ? "organization" : name) else {
            throw ValidationError(
                "Kind '\(part)' is not valid; expected \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        kinds.insert(kind)
    }
    return kinds
}
