import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Spelling variants of one name become one person; different names stay apart. Names are
/// invented for these tests.
@Suite struct NameVariantTests {
    static let extractor = PeopleTestSupport.extractor

    func people(_ text: String) -> [String] { PeopleTestSupport.people(text) }

    @Test(arguments: [
        ("Mohammed Farouk", "Mohammad Farouk"), ("Muhammad Farouk", "Mohamed Farouk"),
        ("Oleksandr Zelinskyy", "Oleksandr Zelinsky"), ("Sergei Voronov", "Sergey Voronov"),
        ("José Ramírez", "Jose Ramirez"), ("Abdel Fattah el-Hadi", "Abdel Fattah al-Hadi"),
        ("Zoë Kowalczyk", "Zoe Kowalczyk"), ("Łukasz Nowak", "Lukasz Nowak"),
        ("Muammar Gaddafi", "Moammar Qaddafi"), ("Muammar Gaddafi", "Muammar Kadhafi"),
    ])
    func variantsShareAKey(_ a: String, _ b: String) {
        #expect(NameVariants.key(a) == NameVariants.key(b))
    }

    @Test(arguments: [
        ("Dan Kell", "Den Kell"), ("Bo Li", "Bu Li"), ("John Lee", "John Li"), ("Mark Soler", "Mike Soler"),
        ("Kim Jong-un", "Kim Jong-il"), ("Anna Gruber", "Anna Huber"), ("Olaf Gerhardt", "Olaf Reinhardt"),
    ])
    func differentNamesKeepApart(_ a: String, _ b: String) {
        #expect(NameVariants.key(a) != NameVariants.key(b))
    }

    @Test func variantsInOneArticleAreOnePerson() {
        #expect(
            people("Mohammed Farouk said on Sunday the deal was good. Later, Mohammad Farouk said more.")
                == ["Mohammed Farouk"])
        #expect(people("José Ramírez said the vote was fair. Jose Ramirez said it again.") == ["José Ramírez"])
    }

    @Test func aMisspellingOfANameFoundBeforeIsThatPerson() {
        #expect(people("Ana Rodriguez said the vote was fair. Later Ana Rodrigeuz said more.") == ["Ana Rodriguez"])
        #expect(NameVariants.isMisspelling("Ana Rodrigeuz", of: "Ana Rodriguez"))  // transposition
        #expect(NameVariants.isMisspelling("Ana Rodriguz", of: "Ana Rodriguez"))  // deletion
        #expect(!NameVariants.isMisspelling("Ana Rodriguez", of: "Eva Rodriguez"))  // short words differ
        #expect(!NameVariants.isMisspelling("Ana Rodriguez", of: "Ana Rodriguez"))
        #expect(!NameVariants.isMisspelling("Ana Ramirez", of: "Ana Rodriguez"))
    }

    @Test func aSurnameVariantJoinsTheFullName() {
        #expect(people("Oleksandr Zelinsky said the vote was fair. Zelinskyy thanked the voters.") == ["Oleksandr Zelinsky"])
    }

    @Test func variantsAcrossArticlesMerge() {
        let xs = Self.extractor.extract([
            Article(id: "1", text: "Mohammed Farouk said the deal was good. Farouk said it twice."),
            Article(id: "2", text: "Mohammad Farouk said the deal was bad."),
        ])
        let names = Set(xs.flatMap { $0.entities.filter { $0.kind == .person }.map(\.name) })
        #expect(names == ["Mohammed Farouk"])
    }
}
