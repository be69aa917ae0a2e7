import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Titles and honorifics (plural and foreign ones too) are stripped from names; outlets,
/// groups and sentence openers are no people; names of any shape are found from their context.
/// Names are invented for these tests.
@Suite struct TitleTests {
    static let extractor = PeopleTestSupport.extractor

    func people(_ text: String) -> [String] { PeopleTestSupport.people(text) }

    @Test(arguments: [
        ("Representatives Dana Whitfield and Carla Pruitt voted against the bill.", ["Carla Pruitt", "Dana Whitfield"]),
        ("Senators Jo Harlan and Pete Vaskin abstained on the vote.", ["Jo Harlan", "Pete Vaskin"]),
        ("Monseñor Rafael Orduña said mass on Sunday.", ["Rafael Orduña"]),
        ("Monsignor Rafael Orduña said mass on Sunday.", ["Rafael Orduña"]),
        ("The talks were led by Sheikh Hamad Al Mansoori on Sunday.", ["Hamad Al Mansoori"]),
        ("Herr Klaus Brenner met the delegation on Sunday.", ["Klaus Brenner"]),
        ("The delegation met Señor Diego Fuentes on Sunday.", ["Diego Fuentes"]),
        ("Gunmen seized Fr. Emeka Obiora near the parish.", ["Emeka Obiora"]),
        ("Revd Alan Pritchard led the service.", ["Alan Pritchard"]),
    ])
    func titlesAreStripped(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test(arguments: [
        "Reuters said the protest was peaceful.",
        "Al Jazeera said dozens were hurt.",
        "Bloomberg News reported the deal on Monday.",
        "Ending Hunger Now said it would help the region.",
        "Members of the Thai Sawang Nakhon party said they would vote.",
        "Signatories of the Marwen Accords met on Monday.",
    ])
    func outletsAndGroupsAreNoPeople(_ text: String) {
        #expect(people(text) == [])
    }

    @Test func aSentenceOpenerBeforeASurnameIsNoPerson() {
        #expect(
            people("Ana Rodriguez said the vote was fair. Instead Rodriguez said nothing more.") == ["Ana Rodriguez"])
        let x = Self.extractor.extract(
            Article(id: "o", text: "Ana Rodriguez said the vote was fair. Instead Rodriguez said nothing more."))
        #expect(x.entities.first { $0.kind == .person }?.mentions == 2)
    }

    @Test(arguments: [
        // verbs of saying, including the present tense of interviews and an auxiliary
        ("Tjarko Wessels told the court the deal was void.", ["Tjarko Wessels"]),
        ("Tjarko Wessels explains the plan in the film.", ["Tjarko Wessels"]),
        ("Tjarko Wessels has said the deal was void.", ["Tjarko Wessels"]),
        // given-name-first and family-name-first shapes from a role or an apposition
        ("Opposition leader Sviatlana Karpovich said the vote was rigged.", ["Sviatlana Karpovich"]),
        ("Ihar Barysenka, a Belarusian activist, was detained.", ["Ihar Barysenka"]),
        ("Tjarko Wessels, 45, was detained on Monday.", ["Tjarko Wessels"]),
        ("The Prime Minister of Kenya, Wambui Oduya, arrived.", ["Wambui Oduya"]),
        // a person particle gives a name its shape
        ("Arnel dela Cuesta of the coast guard confirmed the rescue.", ["Arnel dela Cuesta"]),
        // a role of/for/at apposition, a party label, a passive only people undergo
        ("Ruben Oyelaran, spokesman for the ministry, gave no figures.", ["Ruben Oyelaran"]),
        ("The bill was filed by Pia Lundqvist (D-Calif.) on Monday.", ["Pia Lundqvist"]),
        ("Marta Kellgren was arrested on Monday.", ["Marta Kellgren"]),
        // a given name takes a one-word place name as its surname
        ("Representatives Dana Whitfield and Carla Mendoza voted no.", ["Carla Mendoza", "Dana Whitfield"]),
    ])
    func namesFromContext(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }
}
