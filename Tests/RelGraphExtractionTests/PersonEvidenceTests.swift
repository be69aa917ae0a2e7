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
    ])
    func evidenceAroundTheName(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test func aListFollowsOneAcceptedName() {
        // Only Robert Mapplethorpe starts with a known given name; the list brings in the rest.
        #expect(people("Photographs by Ousmane Tiro, Robert Mapplethorpe and Quillan Ferse were shown.")
            == ["Ousmane Tiro", "Quillan Ferse", "Robert Mapplethorpe"])
        #expect(people("Two Representatives, Tobiah Grell and Jeff Van Dorn, opposed both articles.")
            == ["Jeff Van Dorn", "Tobiah Grell"])
    }

    @Test func listNeighboursThatAreNotListItemsStayOut() {
        // "Crimson Lantern" modifies "drummer"; "Harbour Light" is the object of "of".
        #expect(people("Guests included designer Tim Gunn and Crimson Lantern drummer Mickey Hart.")
            == ["Mickey Hart", "Tim Gunn"])
        #expect(people("Elected were Raymond Chan of Harbour Light, and Alvin Yeung of the Civic Party.")
            == ["Alvin Yeung", "Raymond Chan"])
    }

    @Test func aBareSurnameSupportsAFullNameOnlyWhenItIsNameLike() {
        // "Discovery" alone has no evidence of being a person, so the vehicle stays out…
        #expect(people("Space Shuttle Discovery landed. Discovery was then retired.") == [])
        // …while a surname with a reporting verb supports the full name.
        #expect(people("Ortwin Halloway arrived late. Halloway said the vote was fair.") == ["Ortwin Halloway"])
    }
}
