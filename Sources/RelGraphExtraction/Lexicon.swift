import Foundation
import RelGraphCore

/// The word lists that drive extraction: countries, issues, well-known people and name parts.
///
/// ## File format
/// A user lexicon is one JSON object with any of these keys (every key optional):
/// ```json
/// {
///   "countries": [{"iso3": "USA", "name": "United States", "forms": ["U.S."], "former": [],
///                  "demonyms": ["American"], "capitals": ["Washington"], "territory": false,
///                  "weak": ["Washington"]}],
///   "issues":    [{"issue": "human rights", "variants": ["human rights", "rights abuses"]},
///                 {"issue": "primary election", "variants": ["primaries"], "exclude": ["primary school"]}],
///   "people":    [{"name": "Xi Jinping", "affiliation": "CHN", "aliases": ["Xi"]}],
///   "offices":   [{"person": "Xi Jinping", "iso3": "CHN", "office": "head of state", "start": "2013-03-14"}],
///   "namedOrganizations": [{"name": "European Union", "aliases": ["EU"]}],
///   "given": ["Antony"], "eastAsianSurnames": ["Yang"], "places": ["Xinjiang"],
///   "organizations": ["State Department"], "orgWords": ["Ministry"], "titles": ["Secretary of State"],
///   "stopNames": ["Hagia Sophia"]
/// }
/// ```
/// The bundled lexicon is the same format, split over the package resources `countries.json`,
/// `issues.json`, `people.json`, `offices.json` (dated terms of office, see
/// ``OfficeHolderTable``), `organizations.json` (the `namedOrganizations`) and `names.json`. Merging a user lexicon adds its entries; a
/// country or person with the same key (ISO code, canonical name) or an issue with the same
/// name, ignoring case, replaces the bundled one, and `stopNames` are never taken for people.
public struct Lexicon: Codable, Sendable {
    /// A country or territory and the surface forms that name it.
    public struct Country: Codable, Sendable {
        /// ISO 3166-1 alpha-3 code.
        public var iso3: String
        /// The canonical short name.
        public var name: String
        /// Other names and abbreviations.
        public var forms: [String]? = nil
        /// Former names.
        public var former: [String]? = nil
        /// Adjectives and nouns for its people.
        public var demonyms: [String]? = nil
        /// Capital cities, used as metonyms for the government.
        public var capitals: [String]? = nil
        /// A dependent territory rather than a sovereign state.
        public var territory: Bool? = nil
        /// Forms that count only when the article also names the country unambiguously.
        public var weak: [String]? = nil
        /// Forms that are weak (see ``weak``) only where a common noun is capitalised too: as the
        /// first word of a sentence or in a headline ("Turkey prices rose"). Elsewhere a
        /// capitalised "Turkey" names the country, so "Turkey threatened Greece" names two.
        public var weakAtStart: [String]? = nil
    }

    /// An issue: a topic an analyst would file a story under ("trade war", "COVID-19",
    /// "presidential election", "stabbing"), and the phrases that express it.
    ///
    /// ## Conventions
    /// - ``issue`` is the node's name, written as it appears mid-sentence: common nouns in
    ///   lower case ("human rights"), proper nouns and acronyms capitalised ("COVID-19",
    ///   "Tibet", "LGBT rights"); singular for one event ("presidential election", "bombing"),
    ///   plural where analysts name a continuing theme that way ("protests", "sanctions").
    /// - ``variants`` are matched case-insensitively on token boundaries, longest phrase first;
    ///   the label itself is always a variant. A phrase listed under two issues names the one
    ///   listed last.
    /// - ``exclude`` lists longer phrases that contain a variant but do not name the issue
    ///   ("primary school" for a primary election). Where an excluded phrase matches, its words
    ///   name no issue at all: it wins over any variant that starts at the same token or later
    ///   inside it, as a longer or earlier match does.
    /// - ``minMentions`` keeps an issue that news often names only in passing (a defendant's
    ///   earlier "robberies", a "trial" in a biography) out of an article that names it fewer
    ///   times, unless its headline names it.
    /// - ``broader`` names the more general issue that this one specialises ("presidential
    ///   election" → "election"): an article that names both is filed under the specific one.
    public struct Issue: Codable, Sendable {
        /// The canonical issue name, in its usual capitalisation (see the conventions).
        public var issue: String
        /// Phrases matched case-insensitively on word boundaries.
        public var variants: [String]
        /// Phrases, matched like variants, whose words name no issue (guards against false
        /// matches of a variant inside them).
        public var exclude: [String]? = nil
        /// How many mentions an article needs for the issue to become a node, unless the
        /// headline names it (default 1).
        public var minMentions: Int? = nil
        /// The more general issue this one specialises; an article that names this issue is
        /// not filed under the broader one too.
        public var broader: String? = nil
    }

    /// A well-known person: canonical name, affiliation and short forms.
    public struct Person: Codable, Sendable {
        /// The canonical full name.
        public var name: String
        /// ISO 3166-1 alpha-3 code of the person's country.
        public var affiliation: String?
        /// Short and variant forms ("Xi", "Zelenskyy").
        public var aliases: [String]?
    }

    /// An organisation that becomes a graph node of kind `organization`.
    public struct Organization: Codable, Sendable {
        /// The canonical name.
        public var name: String
        /// Acronyms and other names, matched case-sensitively.
        public var aliases: [String]?
    }

    /// Countries and territories.
    public var countries: [Country]?
    /// Organisations that become graph nodes.
    public var namedOrganizations: [Organization]?
    /// Issues.
    public var issues: [Issue]?
    /// Well-known people.
    public var people: [Person]?
    /// Dated terms of national office of people named as in ``people`` (see
    /// ``OfficeHolderTable``); a user lexicon's terms replace the bundled terms of the people
    /// it lists.
    public var offices: [OfficeHolderTable.Office]?
    /// Common given names (they anchor person names).
    public var given: [String]?
    /// Common Chinese, Korean and Vietnamese family names (family-name-first anchors).
    public var eastAsianSurnames: [String]?
    /// Places that are not countries.
    public var places: [String]?
    /// Organisation and institution names (never taken for people or countries).
    public var organizations: [String]?
    /// Words that mark a capitalised run as an organisation, place or event.
    public var orgWords: [String]?
    /// Titles and roles written before names.
    public var titles: [String]?
    /// Capitalised phrases that are never people.
    public var stopNames: [String]?

    /// An empty lexicon.
    public init() {}

    /// The lexicon shipped with RelGraph (package resources).
    /// - Throws: ``ExtractionError/malformedLexicon(name:reason:)`` if a resource is damaged.
    public static func bundled() throws(ExtractionError) -> Lexicon {
        // Decoding is most of a start-up: half the files are decoded on another thread.
        let other = BackgroundWork { () -> Result<Lexicon, ExtractionError> in
            do throws(ExtractionError) {
                var lex = Lexicon()
                lex.issues = try resource("issues", as: [Issue].self)
                lex.people = try resource("people", as: [Person].self)
                lex.offices = try resource("offices", as: [OfficeHolderTable.Office].self)
                _ = try OfficeHolderTable(lex.offices ?? [])
                return .success(lex)
            } catch {
                return .failure(error)
            }
        }
        var lex = Lexicon()
        let countries = Result { () throws(ExtractionError) in try resource("countries", as: [Country].self) }
        let organizations = Result { () throws(ExtractionError) in
            try resource("organizations", as: [Organization].self)
        }
        let names = Result { () throws(ExtractionError) in try resource("names", as: Lexicon.self) }
        let decoded = other.result()
        // Errors in the order the files were always read: countries, issues, people, offices,
        // organizations, names.
        lex.countries = try countries.get()
        let half = try decoded.get()
        lex.issues = half.issues
        lex.people = half.people
        lex.offices = half.offices
        lex.namedOrganizations = try organizations.get()
        let n = try names.get()
        lex.given = n.given
        lex.eastAsianSurnames = n.eastAsianSurnames
        lex.places = n.places
        lex.organizations = n.organizations
        lex.orgWords = n.orgWords
        lex.titles = n.titles
        lex.stopNames = n.stopNames
        return lex
    }

    /// Reads a user lexicon file (the format above).
    public static func read(_ path: String) throws(ExtractionError) -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "no such file")
        }
        let lex: Lexicon = try decode(data, name: path)
        _ = try OfficeHolderTable(lex.offices ?? [], name: path)
        return lex
    }

    static func decode<T: Decodable>(_ data: Data, name: String, as type: T.Type = Lexicon.self) throws(ExtractionError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw .malformedLexicon(name: name, reason: "\(error)")
        }
    }

    /// The package resource `name`.json, decoded as `type`.
    static func resource<T: Decodable>(_ name: String, as type: T.Type) throws(ExtractionError) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else { throw .malformedLexicon(name: "\(name).json", reason: "bundled resource missing") }
        // The bundled files are valid JSON of these types: decode them through a parsed tree,
        // about ten times cheaper than `JSONDecoder`, and only if that ever fails go through
        // `JSONDecoder`, for its error message.
        let fast = data.withUnsafeBytes { raw in
            try? JSONTreeDecoder.decode(T.self, from: raw.bindMemory(to: UInt8.self))
        }
        if let fast { return fast }
        return try decode(data, name: "\(name).json", as: T.self)
    }

    /// This lexicon with `other`'s entries added (see the type's discussion for precedence).
    public func merged(with other: Lexicon) -> Lexicon {
        func replace<T>(_ a: [T]?, _ b: [T]?, key: (T) -> String) -> [T]? {
            guard let b else { return a }
            let keys = Set(b.map(key))
            return (a ?? []).filter { !keys.contains(key($0)) } + b
        }
        var out = self
        out.countries = replace(countries, other.countries) { $0.iso3 }
        out.issues = replace(issues, other.issues) { $0.issue.lowercased() }
        out.people = replace(people, other.people) { $0.name }
        if let theirs = other.offices {
            let listed = Set(theirs.map(\.person))
            out.offices = (offices ?? []).filter { !listed.contains($0.person) } + theirs
        }
        out.namedOrganizations = replace(namedOrganizations, other.namedOrganizations) { $0.name }
        out.given = (given ?? []) + (other.given ?? [])
        out.eastAsianSurnames = (eastAsianSurnames ?? []) + (other.eastAsianSurnames ?? [])
        out.places = (places ?? []) + (other.places ?? [])
        out.organizations = (organizations ?? []) + (other.organizations ?? [])
        out.orgWords = (orgWords ?? []) + (other.orgWords ?? [])
        out.titles = (titles ?? []) + (other.titles ?? [])
        out.stopNames = (stopNames ?? []) + (other.stopNames ?? [])
        return out
    }
}
