import RelGraphCore

/// A date-aware table of office holders: heads of state, heads of government and foreign
/// ministers, each with the country of the office and the dates of the term.
///
/// ## How it relates to `people.json`
/// `people.json` says *who* a well-known person is: the canonical name, the aliases the name
/// matcher finds, and one undated `affiliation` (the country the person is usually identified
/// with). `offices.json` (``Lexicon/offices``) adds *when* a person held which national office,
/// and is keyed by the same canonical names. A person's country is decided in this order:
/// 1. the text, when it states the affiliation ("Kenya's foreign minister …", "…, the
///    Iranian president,"): explicit evidence always wins;
/// 2. this table, with the article's date (``country(of:on:)``);
/// 3. the person's undated `affiliation` in `people.json`;
/// 4. (marked as a guess) the article's dominant country.
///
/// ## Conventions
/// - A term runs from `start` up to, but not including, `end` (the day the successor takes
///   office); a missing `end` means the term is running.
/// - Dates are ISO 8601 `YYYY-MM-DD` (``RelGraphCore/PartialDate``); an article date may be
///   coarser (`2020`, `2020-03`) or longer (`2020-03-12T09:00Z`, whose first ten characters
///   are read), and compares by its first day.
/// - A former office holder keeps the country of the last office held before the date; before
///   the first term the person has no table country (the undated affiliation applies).
public struct OfficeHolderTable: Sendable {
    /// One term of office.
    public struct Office: Codable, Sendable, Equatable {
        /// The office's kind.
        public enum Kind: String, Codable, Sendable, CaseIterable {
            case headOfState = "head of state"
            case headOfGovernment = "head of government"
            case headOfStateAndGovernment = "head of state and government"
            case foreignMinister = "foreign minister"
        }

        /// The holder's canonical name, as in `people.json`.
        public var person: String
        /// ISO 3166-1 alpha-3 code of the office's country.
        public var iso3: String
        /// The office (``Kind``'s raw value).
        public var office: String
        /// The first day of the term (`YYYY-MM-DD`).
        public var start: String
        /// The day the term ended (`YYYY-MM-DD`), or `nil` while it runs.
        public var end: String?

        public init(person: String, iso3: String, office: Kind, start: String, end: String? = nil) {
            self.person = person
            self.iso3 = iso3
            self.office = office.rawValue
            self.start = start
            self.end = end
        }
    }

    /// A validated term: dates as ordered keys (year·10⁴ + month·10² + day).
    struct Term: Sendable {
        var iso3: String
        var start: Int
        var end: Int?
    }

    /// Terms by canonical name, in order of start.
    let terms: [String: [Term]]

    /// The table of `offices`, checked: real `YYYY-MM-DD` dates, an end after the start, a known
    /// office and a three-letter upper-case country code.
    ///
    /// - Throws: ``ExtractionError/malformedOffice(name:entry:person:problem:)`` for the first
    ///   entry that fails a check (`name` is the resource or file the entries came from).
    /// - Complexity: O(*n* log *n*) for *n* entries.
    public init(_ offices: [Office], name: String = "offices.json") throws(ExtractionError) {
        var terms: [String: [Term]] = [:]
        for (k, o) in offices.enumerated() {
            func fail(_ p: ExtractionError.OfficeProblem) -> ExtractionError {
                .malformedOffice(name: name, entry: k, person: o.person, problem: p)
            }
            guard Office.Kind(rawValue: o.office) != nil else { throw fail(.unknownOffice(o.office)) }
            guard o.iso3.utf8.count == 3, o.iso3.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                throw fail(.invalidCountryCode(o.iso3))
            }
            guard let start = Self.dayKey(o.start, exact: true) else { throw fail(.invalidDate(o.start)) }
            var end: Int?
            if let e = o.end {
                guard let key = Self.dayKey(e, exact: true) else { throw fail(.invalidDate(e)) }
                guard key > start else { throw fail(.endBeforeStart(start: o.start, end: e)) }
                end = key
            }
            terms[o.person, default: []].append(Term(iso3: o.iso3, start: start, end: end))
        }
        self.terms = terms.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// An empty table.
    public init() { terms = [:] }

    /// Whether the table has no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// The country of the office `person` (a canonical name) held on `date`: the country of a
    /// term that runs on that day (the latest-starting one if several do), else of the last term
    /// that ended before it (a former holder keeps the country); `nil` before the first term or
    /// for a person without terms. Without a usable `date`, the country of the latest term.
    ///
    /// - Complexity: O(*k*) for *k* terms of the person.
    public func country(of person: String, on date: String?) -> String? {
        var day: Int?? = nil
        return country(of: person, on: date, day: &day)
    }

    /// ``country(of:on:)`` for the people of one article: `day` holds the key of `date`
    /// (``dayKey(_:exact:)``, `nil` inside when the date is unusable) once a person with terms
    /// needed it, so that the date is read once per article; start with `nil`.
    ///
    /// - Complexity: O(*k*) for *k* terms of the person.
    public func country(of person: String, on date: String?, day: inout Int??) -> String? {
        guard let list = terms[person], let last = list.last else { return nil }
        if day == nil { day = .some(date.flatMap { Self.dayKey($0, exact: false) }) }
        guard let known = day, let day = known else { return last.iso3 }
        var best: String?
        for t in list where t.start <= day {
            best = t.iso3  // running, or ended before `day`: the latest start wins either way
        }
        return best
    }

    /// `text` (`YYYY-MM-DD`, or when not `exact` also `YYYY`, `YYYY-MM` and longer timestamps)
    /// as year·10⁴ + month·10² + day, a missing month or day counting as 1.
    ///
    /// - Complexity: O(1).
    static func dayKey(_ text: String, exact: Bool) -> Int? {
        let date: PartialDate?
        if exact {
            date = text.utf8.count == 10 ? PartialDate(text) : nil
        } else {
            date =
                PartialDate(String(text.prefix(10))) ?? PartialDate(String(text.prefix(7)))
                ?? PartialDate(String(text.prefix(4)))
        }
        guard let date else { return nil }
        return date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1)
    }
}
