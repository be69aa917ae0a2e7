import Foundation
import GraphTestSupport
import Testing

@testable import RelGraphExtraction

@Suite struct LexiconTests {
    @Test func bundledLexiconCoversTheUNAndTheIssueList() throws {
        let lex = try Lexicon.bundled()
        let countries = try #require(lex.countries)
        let sovereign = countries.filter { $0.territory != true }
        #expect(sovereign.count >= 197)  // 193 UN members + Taiwan, Kosovo, Palestine, Vatican
        for code in ["USA", "CHN", "MMR", "TWN", "XKX", "PSE", "VAT", "GBR"] {
            #expect(countries.contains { $0.iso3 == code }, "missing \(code)")
        }
        #expect(Set(countries.map(\.iso3)).count == countries.count)
        #expect(try #require(lex.issues).count >= 150)
        #expect((lex.given ?? []).count > 1000)
    }

    @Test func userLexiconAddsAndOverrides() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString).json")
        try Data(
            #"""
            {"people": [{"name": "Zorblat Quux", "affiliation": "NOR", "aliases": ["Quux"]}],
             "issues": [{"issue": "fish quotas", "variants": ["cod quota", "fishing quotas"]}],
             "stopNames": ["Ana Ruiz"]}
            """#.utf8
        ).write(to: url)
        let user = try Lexicon.read(url.path)
        let x = try Extractor(userLexicon: user).extract(
            Article(
                id: "u", text: "Zorblat Quux spoke about fishing quotas with Ana Ruiz. Quux left."))
        #expect(x.entities.first { $0.name == "Zorblat Quux" }?.affiliation == "NOR")
        #expect(x.entities.first { $0.name == "Zorblat Quux" }?.mentions == 2)
        #expect(x.entities.contains { $0.name == "fish quotas" && $0.kind == .issue })
        #expect(!x.entities.contains { $0.name == "Ana Ruiz" })
    }

    @Test func malformedUserLexiconIsReported() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).json")
        try Data(#"{"people": [{"aliases": 3}]}"#.utf8).write(to: url)
        #expect {
            try Lexicon.read(url.path)
        } throws: { error in
            (error as? ExtractionError)?.description.hasPrefix("Lexicon '\(url.path)' is malformed") == true
        }
    }

    @Test func documentedExampleLexiconWorks() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("Examples/lexicon.json").path
        let x = try Extractor(userLexicon: try Lexicon.read(path)).extract(
            Article(
                id: "e", text: "Ana Ruiz of the PPF complained about harbour dues in Lima. Ruiz left."))
        let ruiz = try #require(x.entities.first { $0.name == "Ana Ruiz" })
        #expect(ruiz.affiliation == "PER" && ruiz.mentions == 2)
        #expect(x.entities.contains { $0.kind == .organization && $0.name == "Pacific Ports Forum" })
        #expect(x.entities.contains { $0.kind == .issue && $0.name == "port fees" })
    }
}
