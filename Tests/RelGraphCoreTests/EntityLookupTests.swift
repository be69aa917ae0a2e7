import Testing

@testable import RelGraphCore

@Suite struct EntityLookupTests {
    static let entities = [
        Entity(kind: .person, name: "Boris Johnson", aliases: ["BoJo"]),
        Entity(kind: .person, name: "Gary Johnson"),
        Entity(kind: .person, name: "Xi Jinping"),
        Entity(kind: .person, name: "José Rizal"),
        Entity(kind: .country, name: "China", iso3: "CHN"),
        Entity(kind: .issue, name: "human rights"),
    ]

    func resolve(_ name: String) throws -> String {
        Self.entities[try EntityLookup.resolve(name, in: Self.entities)].name
    }

    @Test func exactNamesAliasesCodesAndIDs() throws {
        #expect(try resolve("boris johnson") == "Boris Johnson")
        #expect(try resolve("BoJo") == "Boris Johnson")
        #expect(try resolve("chn") == "China")
        #expect(try resolve("person:Xi Jinping") == "Xi Jinping")
        #expect(try resolve("Jose  Rizal") == "José Rizal")  // diacritics and spaces folded
    }

    @Test func wholeWordsOfOneNameMatch() throws {
        #expect(try resolve("Jinping") == "Xi Jinping")
        #expect(try resolve("rights") == "human rights")
        #expect(throws: NameLookupError.unknown(name: "Jin", suggestions: [])) { try resolve("Jin") }
    }

    @Test func severalMatchesAreAnErrorListingThem() {
        #expect(
            throws: NameLookupError.ambiguous(
                name: "Johnson", candidates: ["Boris Johnson (person)", "Gary Johnson (person)"])
        ) {
            try resolve("Johnson")
        }
        let message = NameLookupError.ambiguous(name: "Johnson", candidates: ["Boris Johnson (person)"]).description
        #expect(message == "'Johnson' matches several entities: 'Boris Johnson (person)'; give the full name, an alias or the id")
    }

    @Test func unknownNamesSuggestTheClosest() {
        #expect(throws: NameLookupError.unknown(name: "Xi Jingping", suggestions: ["Xi Jinping"])) {
            try resolve("Xi Jingping")
        }
        #expect(throws: NameLookupError.unknown(name: "Chna", suggestions: ["China"])) { try resolve("Chna") }
        #expect(
            NameLookupError.unknown(name: "Q", suggestions: []).description
                == "No entity is called 'Q'; check the spelling or list the names with 'relgraph actors'")
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("flaw", "lawn", 2)])
    func editDistance(_ a: String, _ b: String, _ d: Int) {
        #expect(EntityLookup.editDistance(a, b, limit: 10) == d)
        #expect(EntityLookup.editDistance(b, a, limit: 10) == d)
        // Beyond the limit the answer is limit + 1, whatever the true distance.
        if d > 1 { #expect(EntityLookup.editDistance(a, b, limit: d - 2) == d - 1) }
    }
}
