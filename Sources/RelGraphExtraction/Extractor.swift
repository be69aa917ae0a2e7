import Foundation
import RelGraphCore

/// Turns news articles into entities (people, countries, issues) and weighted co-mention
/// relations.
///
/// ## Pipeline, per article
/// 1. **Cleaning** (``TextCleaner``): datelines, captions, "Read more" lines, glued related-headline
///    teasers and glued words. The title is sentence 0.
/// 2. **Tokens and sentences** (``Tokenizer``, ``SentenceSplitter``).
/// 3. **Countries**: longest match of every name, former name, abbreviation, demonym and capital
///    in the lexicon, case-sensitively; then guards drop matches inside a person's name
///    ("Jim Jordan"), inside organisation and place names ("German Institute for…",
///    "English Channel", "Iran–Iraq War", "Bank of England"), languages ("in French"), currency
///    ("U.S. dollars", "US$"), and weak forms ("Georgia", "Jordan", "Washington") in an article
///    that never names the country unambiguously.
/// 4. **People**: runs of capitalised words are cut after titles and country words; a run is a
///    person when it starts at a known given name or East Asian family name, is in the
///    office-holder table, or has evidence (a title, a country word before it, a reporting verb
///    or an apposition after it, its surname used alone elsewhere). Within the article, a
///    surname or family name alone, or title + surname, joins the full name; across articles,
///    a surname-only node joins the single full name that ends with it.
/// 5. **Affiliation**: a country word in the title chain before the name ("Chinese Director of
///    the Office … Yang Jiechi", "Iran's President …"), or after it ("… of Kenya",
///    "…, the Iranian president,"); else the office-holder table; else, if
///    ``ExtractionOptions/inferAffiliationFromArticle``, the country that has over half of
///    the article's country mentions.
/// 6. **Issues**: case-insensitive phrase match of the issue lexicon.
/// 7. **Relations**: every pair of entities in the same sentence (or window) gains weight 1
///    and the tone of the sentence (``ToneLexicon``); see ``ExtractionOptions``.
///
/// Extraction of different articles runs in parallel; results are combined in input order, so
/// the output does not depend on the number of threads.
public struct Extractor: Sendable {
    let analyzer: ArticleAnalyzer

    /// Creates an extractor with the bundled lexicon, merged with `userLexicon` if given.
    /// - Throws: ``ExtractionError/malformedLexicon(name:reason:)``.
    public init(options: ExtractionOptions = .init(), userLexicon: Lexicon? = nil) throws(ExtractionError) {
        guard let userLexicon else {
            analyzer = ArticleAnalyzer(lex: try Self.bundledLexicon.get(), options: options)
            return
        }
        _ = try WordLists.bundled.get()
        let lex = try Lexicon.bundled().merged(with: userLexicon)
        analyzer = ArticleAnalyzer(lex: CompiledLexicon(lex), options: options)
    }

    /// The bundled lexicon, decoded and compiled once per process, at the first extractor
    /// without a user lexicon or on another thread from ``prepareBundledLexicon()`` (a static
    /// constant: a thread that needs it while another compiles it waits for that).
    private static let bundledLexicon = Result { () throws(ExtractionError) -> CompiledLexicon in
        _ = try WordLists.bundled.get()
        return CompiledLexicon(try Lexicon.bundled())
    }

    /// Starts decoding and compiling the bundled lexicon on another thread and returns at once,
    /// so that a command that will extract can do other work meanwhile (its arguments, its
    /// input); the first extractor without a user lexicon then waits for it, if it must.
    /// - Complexity: O(1) here; the compilation is about 50 ms of one core.
    public static func prepareBundledLexicon() {
        DispatchQueue.global().async { _ = bundledLexicon }
    }

    /// Creates an extractor with exactly `lexicon` (no bundled lists).
    public init(lexicon: Lexicon, options: ExtractionOptions = .init()) {
        analyzer = ArticleAnalyzer(lex: CompiledLexicon(lexicon), options: options)
    }

    /// Extracts one article.
    public func extract(_ article: Article) -> ArticleExtraction {
        analyzer.analyze(article)
    }

    /// Extracts every article, in parallel, returning results in input order; then merges
    /// surname-only people into the one full name across articles that ends with the same
    /// surname (see the type's discussion), and the variants of one concept into one entity
    /// (``mergeVariants(_:threads:)``).
    public func extract(_ articles: [Article]) -> [ArticleExtraction] {
        let threads = max(1, analyzer.options.threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let results = Self.map(articles, threads: threads) { analyzer.analyze($0) }
        return Self.mergeVariants(Self.mergeSurnames(results, threads: threads), threads: threads)
    }

    /// `xs.map(transform)`, on up to `threads` threads: element `i` of the result is always
    /// `transform(xs[i])`, whatever the number of threads. Work is handed out in chunks of up
    /// to 64 elements, four or more chunks per thread.
    static func map<T: Sendable, U>(
        _ xs: [T], threads: Int, _ transform: @Sendable (T) -> U
    ) -> [U] {
        if threads <= 1 || xs.count < 2 { return xs.map(transform) }
        var results = [U?](repeating: nil, count: xs.count)
        let chunk = max(1, min(64, xs.count / (threads * 4)))
        let chunks = (xs.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one chunk, so the writes never overlap.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                for i in (c * chunk)..<min(xs.count, (c + 1) * chunk) {
                    out[i] = transform(xs[i])
                }
            }
        }
        // Every index was written above; `compactMap` drops nothing.
        return results.compactMap { $0 }
    }

    /// Builds the graph of all `extractions`: entities merged by id, relations of each kind
    /// summed. A person's affiliation is the one most articles state, with its best source; an
    /// affiliation guessed from an article's dominant country only counts when no article states
    /// one (see ``RelGraphCore/EntityGraphBuilder``).
    /// - Parameter threads: builds the graph in that many parts at once
    ///   (``RelGraphCore/EntityGraphBuilder/build(parts:_:)``); the graph does not depend on it.
    public static func graph(from extractions: [ArticleExtraction], threads: Int = 1) -> EntityGraph {
        EntityGraphBuilder.build(parts: max(1, threads)) { b in
            for x in extractions { add(x, to: &b) }
        }
    }

    /// Adds one extraction's article, entities and relations to `builder`, as
    /// ``graph(from:)`` does for each; folding a stream of extractions this way builds the same
    /// graph without holding them.
    public static func add(_ x: ArticleExtraction, to builder: inout EntityGraphBuilder) {
        builder.addArticle(x.article)
        for e in x.entities { builder.addEntity(e) }
        for r in x.relations { builder.addRelation(r) }
    }

    /// Renames single-token person names to the unique multi-token name ending (or, for
    /// family-name-first names, starting) with that token, across all extractions.
    ///
    /// The renaming of each article runs on up to `threads` threads (the result does not
    /// depend on it).
    /// - Complexity: O(*e*) hash operations for *e* entities and relations in all.
    static func mergeSurnames(_ xs: [ArticleExtraction], threads: Int = 1) -> [ArticleExtraction] {
        var census = SurnameCensus()
        for x in xs { census.count(x) }
        let renames = census.renames()
        guard !renames.isEmpty else { return xs }
        return map(xs, threads: threads) { renames.apply($0) }
    }

    /// The person names of the articles seen so far, for ``mergeSurnames(_:threads:)``: fed
    /// one article at a time, so that a streaming build needs only the names, not the articles.
    struct SurnameCensus {
        private var byToken: [String: Set<String>] = [:]
        private var singles = Set<String>()

        /// Counts the people of `x`.
        mutating func count(_ x: ArticleExtraction) {
            // By index, so that only the name is copied out of each entity.
            let es = x.entities
            for k in es.indices where es[k].kind == .person {
                let name = es[k].name
                switch Extractor.lastWord(name) {
                case .single: singles.insert(name)
                case .last(let last): byToken[last, default: []].insert(name)
                }
            }
        }

        /// The renaming the names counted so far call for.
        func renames() -> SurnameRenames {
            var rename: [String: String] = [:]
            for s in singles {
                if let full = byToken[s], full.count == 1, let name = full.first {
                    rename[Entity.makeID(kind: .person, key: s)] = name
                }
            }
            return SurnameRenames(rename: rename)
        }
    }

    /// Surname-only person ids and the full names they become (see ``mergeSurnames(_:threads:)``).
    struct SurnameRenames: Sendable {
        let rename: [String: String]
        let canonical: [String: Entity]

        init(rename: [String: String]) {
            self.rename = rename
            canonical = rename.mapValues { Entity(kind: .person, name: $0) }
        }

        var isEmpty: Bool { rename.isEmpty }

        /// `x` with its surname-only people renamed.
        func apply(_ x: ArticleExtraction) -> ArticleExtraction {
            guard !rename.isEmpty else { return x }
            let es = x.entities
            // Only people are renamed; looking up no other entity saves hashing its id.
            guard es.indices.contains(where: { es[$0].kind == .person && rename[es[$0].id] != nil }) else { return x }
            if let inPlace = renamedInPlace(x, rename) { return inPlace }
            // Something merges: rebuild the article as variant merging does.
            return renamed(x, canonical)
        }
    }

    /// `x` with its surname-only people renamed by `rename` when no renamed name is already an
    /// entity of `x`, so that nothing merges: the same result as rebuilding the article with
    /// ``EntityGraphBuilder`` (the old name becomes an alias, aliases are sorted without the
    /// name, evidence sorted, entities and relations in id order), without the builder's
    /// dictionaries. `nil` when a renamed name is present, for the builder to merge.
    /// - Complexity: O(*e* log *e* + *r* log *r*) for *e* entities and *r* relations.
    static func renamedInPlace(_ x: ArticleExtraction, _ rename: [String: String]) -> ArticleExtraction? {
        var present = Set<String>()
        present.reserveCapacity(x.entities.count)
        for e in x.entities { present.insert(e.id) }
        var newID: [String: String] = [:]
        for e in x.entities {
            guard let full = rename[e.id] else { continue }
            let id = Entity.makeID(kind: .person, key: full)
            if present.contains(id) || newID.values.contains(id) { return nil }
            newID[e.id] = id
        }
        var out = x
        out.entities = x.entities.map { e in
            guard let full = rename[e.id] else {
                var e = e
                e.articles = 1
                return e
            }
            var aliases = Set(e.aliases)
            aliases.insert(e.name)
            aliases.remove(full)
            return Entity(
                kind: .person, name: full, aliases: aliases.sorted(), affiliation: e.affiliation,
                affiliationSource: e.affiliationSource, mentions: e.mentions, articles: 1)
        }.sorted { $0.id < $1.id }
        // An article renames one or two people: comparing with each is cheaper than hashing.
        let renamings = Array(newID)
        let rename = { (id: String) -> String in
            for (from, to) in renamings where from == id { return to }
            return id
        }
        out.relations = x.relations.map { r in
            Relation(
                rename(r.source), rename(r.target), kind: r.kind, weight: r.weight,
                articles: r.articles, sentences: r.sentences, tone: r.tone,
                evidence: Array(r.evidence.map { $0.renamed(rename) }.sorted().prefix(Relation.maxEvidence)))
        }.sorted { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        return out
    }

    /// A name split at spaces, as `split(separator: " ")` splits it: one word, or the last of
    /// several words.
    enum NameWords: Equatable {
        case single
        case last(String)
    }

    /// The words of `name` (see ``NameWords``). An ASCII name is split on its bytes; any other
    /// name by `Character`s (a space followed by a combining mark is no separator there).
    static func lastWord(_ name: String) -> NameWords {
        let ascii = name.utf8.withContiguousStorageIfAvailable { b -> NameWords? in
            var words = 0
            var i = 0
            var lastStart = 0, lastEnd = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 { return nil }
                if c == 0x20 { i += 1; continue }
                let start = i
                while i < b.count, b[i] != 0x20 {
                    if b[i] >= 0x80 { return nil }
                    i += 1
                }
                words += 1
                lastStart = start
                lastEnd = i
            }
            if words == 1 { return .single }
            return .last(String(decoding: UnsafeBufferPointer(rebasing: b[lastStart..<lastEnd]), as: UTF8.self))
        }
        if let ascii, let ascii { return ascii }
        let parts = name.split(separator: " ")
        guard parts.count > 1, let last = parts.last else { return .single }
        return .last(String(last))
    }
}

extension Evidence {
    /// The same evidence with its resolved entity ids passed through `rename`.
    func renamed(_ rename: (String) -> String) -> Evidence {
        var copy = self
        copy.resolved = resolved?.map(rename)
        return copy
    }
}
