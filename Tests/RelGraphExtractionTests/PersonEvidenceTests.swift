import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// The evidence that makes a capitalised run a person when its first word is no known given
/// name: roles, reporting verbs, appositions and lists. Names are invented for these tests.
@Suite struct PersonEvidenceTests {
    static let extractor = try! Extractor()

    func people(_ text: String) -> [String] {
        Self.extractor.extract(Article(id: "e", text: text)).entities.filter { $0.kind == .person }.map(\.name).sorted()
    }

    @Test(arguments: [
        ("The match turned when goalkeeper Ouzir Belkadi was hurt.", ["Ouzir Belkadi"]),
        ("The novel by author Tavish Orrin sold well.", ["Tavish Orrin"]),
        ("\"We will appeal,\" said Quenby Marsh, director of the forum.", ["Quenby Marsh"]),
        ("The talks failed, according to Ferro Dalvik.", ["Ferro Dalvik"]),
        ("The call went to a company attorney, Kesten Moyle.", ["Kesten Moyle"]),
        ("Lindqvar Esh, of the provincial council, spoke. Esh also alleged fraud.", ["Lindqvar Esh"]),
        ("The court sentenced Ouzir Belkadi in absentia.", ["Ouzir Belkadi"]),
        ("Gunmen kidnapped Tavish Orrin near the border.", ["Tavish Orrin"]),
        ("Police arrested Kesten Moyle and two others on Friday.", ["Kesten Moyle"]),
        ("Ouzir Belkadi's lawyer said the charges were false.", ["Ouzir Belkadi"]),
        ("Tavish Orrin's wife confirmed the news.", ["Tavish Orrin"]),
    ])
    func evidenceAroundTheName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    /// A given name alone after a possessive and a family noun is a person; a family noun
    /// without a possessive, or a full name after it, is not read this way.
    @Test(arguments: [
        ("Dalia Orrin, 72, and her husband Walter have lived in the town since 1980.", ["Dalia Orrin", "Walter"]),
        ("Her daughter, Emily, was in the car at the time.", ["Emily"]),
        ("Dalia Orrin's son Tavish said the house was lost.", ["Dalia Orrin", "Tavish"]),
        ("The son Tavish was not named.", []),
        ("Her husband Walter Pruitt said the house was lost.", ["Walter Pruitt"]),
    ])
    func aRelativeNamedByGivenNameIsAPerson(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    /// Initials before a surname have a person's name shape; a dotted acronym does not.
    @Test func initialsBeforeASurnameMakeAName() {
        #expect(people("The novel by T. R. Okonkwo sold well.") == ["T. R. Okonkwo"])
        #expect(people("The novel by Tavish Orrin sold well.") == [])
        #expect(people("She studied at U.C. Berkeley before joining the firm.") == [])
    }

    /// A lexicon alias after "the" or "a" is a common noun or a place: "Moon" is Moon Jae-in's
    /// alias, "the Moon" is not him.
    @Test func aLexiconAliasAfterADeterminerIsNoPerson() {
        #expect(people("In 1969 two astronauts walked on the Moon.") == [])
        #expect(people("Moon said the talks would go on.") == ["Moon Jae-in"])
        // A modifier of a noun after it still names the person.
        #expect(people("The Moon administration said the talks would go on.") == ["Moon Jae-in"])
    }

    @Test func aListFollowsOneAcceptedName() {
        // Only Robert Pellow starts with a known given name; the list brings in the rest.
        #expect(
            people("Paintings by Ousmane Tiro, Robert Pellow and Quillan Ferse were sold.")
                == ["Ousmane Tiro", "Quillan Ferse", "Robert Pellow"])
        #expect(
            people("Two councillors, Tobiah Grell and Jeff Dorn, voted no on the budget.")
                == ["Jeff Dorn", "Tobiah Grell"])
    }

    @Test func listNeighboursThatAreNotListItemsStayOut() {
        // "Crimson Lantern" modifies "drummer"; "Harbour Light" is the object of "of".
        #expect(
            people("The guests were tailor Mark Beale and Crimson Lantern drummer Peter Noke.")
                == ["Mark Beale", "Peter Noke"])
        #expect(
            people("The winners were Daniel Roe of Harbour Light, and Susan Kell of the Green Party.")
                == ["Daniel Roe", "Susan Kell"])
    }

    @Test func aBareSurnameSupportsAFullNameOnlyWhenItIsNameLike() {
        // "Meridian" alone has no evidence of being a person, so the ship stays out…
        #expect(people("Cargo Ship Meridian docked. Meridian was then refitted.") == [])
        // …while a surname with a reporting verb supports the full name.
        #expect(people("Ortwin Halloway arrived late. Halloway said the vote was fair.") == ["Ortwin Halloway"])
    }
}
