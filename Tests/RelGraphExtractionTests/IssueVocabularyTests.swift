import Foundation
import GraphTestSupport
import Testing

@testable import RelGraphExtraction

/// The bundled issue vocabulary on sentences written for these tests: synonyms and
/// inflections name their canonical issue, labels keep their usual capitalisation, guards keep
/// unrelated uses of a variant out, and salience keeps passing mentions out.
@Suite struct IssueVocabularyTests {
    static let extractor = try! Extractor()

    /// The issue names of `text` (with `title` as its headline).
    static func issues(_ text: String, title: String? = nil, extractor: Extractor = Self.extractor) -> Set<String> {
        let x = extractor.extract(Article(id: "t", title: title, text: text))
        return Set(x.entities.filter { $0.kind == .issue }.map(\.name))
    }

    @Test(arguments: [
        ("The House voted on Wednesday to impeach the governor.", "impeachment"),
        ("The governor was impeached by the state assembly.", "impeachment"),
        ("A man stabbed two passers-by outside the station.", "stabbing"),
        ("Police said the gunmen opened fire on the crowd.", "shooting"),
        ("Twin bombings struck a market in the capital.", "bombing"),
        ("Dozens died in a stampede at the stadium gates.", "stampede"),
        ("The two sides agreed a prisoner swap on Friday.", "prisoner exchange"),
        ("Parliament voted to bring back compulsory military service.", "conscription"),
        ("The airline filed for bankruptcy in March.", "bankruptcy"),
        ("The city will buy two hundred electric buses.", "electric vehicles"),
        ("A cargo plane crashed shortly after take-off.", "plane crash"),
        ("A magnitude 6 quake shook the coastal towns.", "earthquake"),
        ("Flash floods swept away several bridges.", "flood"),
        ("Thousands joined the funeral procession on Sunday.", "funeral"),
        ("She won the Democratic primary in Nevada.", "primary election"),
        ("He ended his presidential bid in April.", "presidential election"),
        ("The 2020 United States presidential election is in November.", "presidential election"),
        ("Voters go to the polls in a general election next week.", "general election"),
        ("The senator announced her running mate on Tuesday.", "running mate"),
        ("The former rival endorsed the senator on Monday.", "endorsement"),
        ("The minister said she would step down at the end of the month.", "resignation"),
        ("Lawmakers debated term limits for members of Congress.", "term limits"),
        ("The army seized power in a coup overnight.", "military coup"),
        ("Critics accused the palace of using the monarchy for politics.", "monarchy"),
        ("The colony declared independence in 1965.", "independence"),
        ("The standoff led to a partial government shutdown.", "government shutdown"),
        ("The bishop was accused of a cover-up of the allegations.", "cover-up"),
        ("Prosecutors filed a murder charge against the driver.", "murder"),
        ("Officials reported 40 new COVID-19 cases on Friday.", "COVID-19"),
        ("The coronavirus pandemic closed schools across the region.", "COVID-19"),
        ("Rights groups condemned the camps holding Uighur Muslims.", "Uyghurs"),
        ("Tibetan monks marched through the town.", "Tibet"),
        ("The mayor has long supported gay rights.", "LGBT rights"),
        ("The report detailed human rights abuses in the prisons.", "human rights"),
        ("Protesters demanded action on global warming.", "climate change"),
        ("The government announced new tariffs on imported cars.", "tariffs"),
        ("The talks covered uranium enrichment and nuclear weapons.", "nuclear weapons"),
        ("Both countries have been at war since the spring, and the war has closed the ports.", "war"),
        ("Decades of conflict have emptied the villages of the valley.", "armed conflict"),
        ("Rocket attacks hit the border town overnight.", "missiles"),
        ("The nationalist party gained seats in the assembly.", "nationalism"),
        ("Populist parties gained ground across the region.", "populism"),
        ("Police arrested members of a neo-Nazi cell.", "far-right extremism"),
        ("Crude oil exports fell by a third in March.", "crude oil"),
        ("The government closed the border and sent more border guards.", "border control"),
        ("An appeals court overturned the sentence on Friday.", "court ruling"),
        ("Hotels emptied as tourists stayed away from the islands.", "tourism"),
    ])
    func aSynonymNamesItsCanonicalIssue(_ text: String, _ issue: String) {
        #expect(Self.issues(text).contains(issue), "\(text)")
    }

    @Test func labelsKeepTheirUsualCapitalisation() throws {
        let x = Self.extractor.extract(
            Article(id: "c", text: "Covid-19 and the fate of uyghurs and tibet were raised with lgbt activists."))
        let names = Set(x.entities.filter { $0.kind == .issue }.map(\.name))
        #expect(names.isSuperset(of: ["COVID-19", "Uyghurs", "Tibet", "LGBT rights"]))
        #expect(x.entities.contains { $0.id == "issue:COVID-19" })
        let labels = try #require(try Lexicon.bundled().issues).map(\.issue)
        for proper in ["COVID-19", "Brexit", "Kashmir", "South China Sea", "Paris Agreement", "Islamic State"] {
            #expect(labels.contains(proper), "\(proper)")
        }
        // Common nouns are written as mid-sentence: lower case.
        for common in ["human rights", "presidential election", "sanctions", "climate change"] {
            #expect(labels.contains(common), "\(common)")
        }
    }

    @Test(arguments: [
        ("She left primary school at eleven.", "primary election"),
        ("The minister came under fire for the plan.", "fire"),
        ("Beijing said its critics were playing with fire.", "fire"),
        ("The political climate in the capital is tense.", "climate change"),
        ("He flew to Rome on a budget airline.", "budget"),
        ("He completed his education in Paris.", "education"),
        ("Amnesty International published the report.", "pardon"),
        ("The deal was a stab in the back, he said.", "stabbing"),
        ("The Independence Party lost two seats.", "independence"),
        ("The World Trade Center reopened in 2014.", "trade"),
        ("The clinical trials ended in March.", "trial"),
        ("The death toll rose to 12.", "death"),
        ("Rebels attended a summit in the capital.", "diplomatic talks"),
        ("The war of words between the two ministers went on, and the war of words grew.", "war"),
        ("The judge declared a conflict of interest and stepped aside.", "armed conflict"),
    ])
    func guardsKeepUnrelatedUsesOut(_ text: String, _ issue: String) {
        #expect(!Self.issues(text).contains(issue), "\(text)")
    }

    @Test func anIssueNamedInPassingNeedsARepeatOrTheHeadline() {
        let once = "The mayor opened the library. The suspect had stood trial in 2009 for theft."
        #expect(!Self.issues(once).contains("trial"))
        let twice = once + " His trial begins in May."
        #expect(Self.issues(twice).contains("trial"))
        #expect(Self.issues(once, title: "Trial of library suspect delayed").contains("trial"))
    }

    @Test func anArticleKeepsItsMostSalientIssues() {
        let topics = [
            "tariffs", "sanctions", "climate change", "human rights", "protests", "migration", "terrorism",
            "corruption", "inflation", "unemployment", "abortion", "gun control",
        ]
        let text = topics.map { "The report mentioned \($0)." }.joined(separator: " ") + " Protests grew."
        let found = Self.issues(text, title: "Gun control bill stalls")
        #expect(found.count == ArticleAnalyzer.maxIssuesPerArticle)
        // The headline's issue, then the most mentioned, then the earliest.
        #expect(found.isSuperset(of: ["gun control", "protests", "tariffs", "sanctions"]))
        #expect(!found.contains("abortion"))
    }

    @Test func aSpecificIssueReplacesItsBroaderOne() {
        let text = "Voters cast ballots in the presidential election. The election was calm."
        let found = Self.issues(text)
        #expect(found.contains("presidential election") && !found.contains("election"))
        #expect(Self.issues("The election was calm.").contains("election"))
    }

    @Test func everyBundledPhraseNamesOneIssue() throws {
        let issues = try #require(try Lexicon.bundled().issues)
        var owner: [String: String] = [:]
        for i in issues {
            for v in Set(([i.issue] + i.variants).map { $0.lowercased() }) {
                #expect(owner[v] == nil, "'\(v)' names both \(owner[v] ?? "") and \(i.issue)")
                owner[v] = i.issue
            }
        }
        #expect(Set(issues.map { $0.issue.lowercased() }).count == issues.count)
        let labels = Set(issues.map(\.issue))
        for i in issues {
            for x in i.exclude ?? [] { #expect(owner[x.lowercased()] == nil, "excluded '\(x)' is a variant") }
            if let b = i.broader { #expect(labels.contains(b), "\(i.issue): no broader issue '\(b)'") }
        }
    }

    @Test func aUserLexiconAddsAnIssueWithGuardsAndReplacesOneWhateverItsCase() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("issues-\(UUID().uuidString).json")
        try Data(
            #"""
            {"issues": [
              {"issue": "Port fees", "variants": ["harbour dues", "docking charges"],
               "exclude": ["docking charges waived"]},
              {"issue": "pilotage", "variants": ["pilot boats"], "minMentions": 2},
              {"issue": "tugboat fees", "variants": ["tug fees"], "broader": "Port fees"},
              {"issue": "covid-19", "variants": ["corona"]}
            ]}
            """#.utf8
        ).write(to: url)
        let user = try Extractor(userLexicon: try Lexicon.read(url.path))
        #expect(Self.issues("Shippers complained about harbour dues.", extractor: user).contains("Port fees"))
        #expect(!Self.issues("Docking charges waived for ferries.", extractor: user).contains("Port fees"))
        #expect(!Self.issues("Two pilot boats left.", extractor: user).contains("pilotage"))
        #expect(Self.issues("Two pilot boats left. More pilot boats came.", extractor: user).contains("pilotage"))
        let fees = Self.issues("Harbour dues and tug fees rose.", extractor: user)
        #expect(fees.contains("tugboat fees") && !fees.contains("Port fees"))
        // The user's "covid-19" replaces the bundled "COVID-19" and its variants.
        let covid = Self.issues("Corona closed the port; the coronavirus spread.", extractor: user)
        #expect(covid.contains("covid-19") && !covid.contains("COVID-19"))
    }

    @Test func theDocumentedIssueExampleWorks() throws {
        let doc = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("Docs/lexicon.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Issues").last)
        let json = try #require(section.components(separatedBy: "```").dropFirst().first)
            .replacingOccurrences(of: "json\n", with: "", options: .anchored)
        let lexicon: Lexicon = try Lexicon.decode(Data(json.utf8), name: "Docs/lexicon.md")
        let user = try Extractor(userLexicon: lexicon)
        #expect(Self.issues("The party held its primaries in May.", extractor: user).contains("primary election"))
        #expect(Self.issues("The senator was stabbed outside the hall.", extractor: user).contains("stabbing"))
        #expect(!Self.issues("He felt stabbed in the back by the party.", extractor: user).contains("stabbing"))
        #expect(!Self.issues("The verdict is due on Friday.", extractor: user).contains("trial"))
    }
}
