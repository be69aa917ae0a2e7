import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Affiliation from the text, one test per construction, and the date-aware office-holder
/// table. People in the text constructions are invented; the table's people are real.
@Suite struct AffiliationTests {
    static let extractor = PeopleTestSupport.extractor

    /// Name → affiliation and its source, for the people of `text`.
    func affiliations(_ text: String, date: String? = nil) -> [String: String] {
        var out: [String: String] = [:]
        for e in Self.extractor.extract(Article(id: "a", date: date, text: text)).entities where e.kind == .person {
            out[e.name] = (e.affiliation ?? "-") + "/" + (e.affiliationSource?.rawValue ?? "-")
        }
        return out
    }

    @Test(arguments: [
        // X's foreign minister
        ("Talks resumed. Kenya's foreign minister Wambui Oduya arrived on Monday.", "Wambui Oduya", "KEN"),
        // Prime Minister of X, Y
        ("Talks resumed. The Prime Minister of Kenya, Wambui Oduya, said the talks were useful.", "Wambui Oduya", "KEN"),
        // the X ambassador
        ("Talks resumed. The Nigerian ambassador Tolu Adeyemo spoke later.", "Tolu Adeyemo", "NGA"),
        // X-born
        ("Talks resumed. Brazilian-born Ivar Solheim attended the meeting.", "Ivar Solheim", "BRA"),
        // a former X president, Y
        ("Talks resumed. A former Peruvian president, Rosa Quillca, also came.", "Rosa Quillca", "PER"),
        // apposition: Y, the X foreign minister,
        ("Talks resumed. Mateus Corvo, the Portuguese foreign minister, arrived on Tuesday.", "Mateus Corvo", "PRT"),
        // apposition with a possessive country
        ("Talks resumed. Wambui Oduya, Kenya's trade minister, said little.", "Wambui Oduya", "KEN"),
        // nationality adjective before a title
        ("Talks resumed. Portuguese Foreign Minister Mateus Corvo said little.", "Mateus Corvo", "PRT"),
        // Y of X
        ("Talks resumed. Senator Anselm Vries of Belgium said little.", "Anselm Vries", "BEL"),
    ])
    func roleConstructions(_ text: String, _ person: String, _ iso3: String) {
        #expect(affiliations(text)[person] == "\(iso3)/text")
    }

    @Test func aPlaceBeforeACommaIsNoRole() {
        // "in Kenya, Wambui Oduya said": the comma ends a place, not a role phrase.
        let a = affiliations("The vote was held in Kenya, Wambui Oduya said on Monday.")
        #expect(a["Wambui Oduya"] != "KEN/text")
    }

    @Test func theOfficeTableUsesTheArticleDate() throws {
        let table = try OfficeHolderTable([
            .init(person: "Ana Ruiz", iso3: "PER", office: .foreignMinister, start: "2015-03-01", end: "2018-06-30"),
            .init(person: "Ana Ruiz", iso3: "CHL", office: .headOfGovernment, start: "2020-01-15"),
        ])
        #expect(table.country(of: "Ana Ruiz", on: "2014-12-31") == nil)  // before the first term
        #expect(table.country(of: "Ana Ruiz", on: "2016-05-01") == "PER")  // during
        #expect(table.country(of: "Ana Ruiz", on: "2019-01-01") == "PER")  // after: a former holder keeps it
        #expect(table.country(of: "Ana Ruiz", on: "2021-07") == "CHL")  // the running term, month precision
        #expect(table.country(of: "Ana Ruiz", on: "2021-07-04T10:00:00Z") == "CHL")  // a timestamp
        #expect(table.country(of: "Ana Ruiz", on: nil) == "CHL")  // no date: the latest term
        #expect(table.country(of: "Ana Ruiz", on: "soon") == "CHL")  // no usable date
        #expect(table.country(of: "Tomás Vidal", on: "2016-05-01") == nil)
    }

    @Test func theBundledTableGivesAffiliationsAndTheTextWins() {
        // In the table (and people.json), no country word in the text.
        #expect(affiliations("Olaf Scholz spoke on Monday.", date: "2022-03-01")["Olaf Scholz"] == "DEU/table")
        #expect(affiliations("Olaf Scholz spoke on Monday.", date: "2026-03-01")["Olaf Scholz"] == "DEU/table")
        // Explicit text beats the table.
        #expect(
            affiliations("Olaf Scholz, the Austrian envoy, spoke on Monday.", date: "2022-03-01")["Olaf Scholz"]
                == "AUT/text")
    }

    @Test func everyBundledOfficeHolderIsAWellKnownPerson() throws {
        let lex = try Lexicon.bundled()
        let people = Set((lex.people ?? []).map(\.name))
        let offices = lex.offices ?? []
        #expect(offices.count > 150)
        for o in offices { #expect(people.contains(o.person), "\(o.person) is in offices.json only") }
        // The G20 and the permanent members of the Security Council each have a term.
        let countries = Set(offices.map(\.iso3))
        for iso in [
            "USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "CAN", "ITA", "AUS", "KOR", "MEX", "IDN",
            "TUR", "SAU", "ARG", "ZAF",
        ] {
            #expect(countries.contains(iso), "\(iso) has no office holder")
        }
    }

    @Test(arguments: [
        (
            OfficeHolderTable.Office(person: "A", iso3: "PER", office: .headOfState, start: "2015-02-30"),
            ExtractionError.OfficeProblem.invalidDate("2015-02-30")
        ),
        (
            OfficeHolderTable.Office(person: "A", iso3: "PER", office: .headOfState, start: "2015-02-01", end: "2014-01-01"),
            .endBeforeStart(start: "2015-02-01", end: "2014-01-01")
        ),
        (
            OfficeHolderTable.Office(person: "A", iso3: "Peru", office: .headOfState, start: "2015-02-01"),
            .invalidCountryCode("Peru")
        ),
    ])
    func malformedOfficesAreTypedErrors(_ office: OfficeHolderTable.Office, _ problem: ExtractionError.OfficeProblem) {
        #expect(throws: ExtractionError.malformedOffice(name: "offices.json", entry: 0, person: "A", problem: problem)) {
            try OfficeHolderTable([office])
        }
    }

    @Test func anUnknownOfficeIsNamedInTheMessage() {
        var o = OfficeHolderTable.Office(person: "A", iso3: "PER", office: .headOfState, start: "2015-02-01")
        o.office = "emperor"
        do {
            _ = try OfficeHolderTable([o], name: "mine.json")
            Issue.record("no error")
        } catch {
            #expect(
                error.description.hasPrefix("Lexicon 'mine.json', office entry 0 (A): unknown office 'emperor'"))
        }
    }
}
