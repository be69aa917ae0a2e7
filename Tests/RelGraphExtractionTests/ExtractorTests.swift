import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Extraction on short articles written for these tests.
@Suite struct ExtractorTests {
    static let extractor = try! Extractor()

    func extract(_ text: String, title: String? = nil, id: String = "t") -> ArticleExtraction {
        Self.extractor.extract(Article(id: id, title: title, text: text))
    }

    func names(_ x: ArticleExtraction, _ kind: EntityKind) -> [String] {
        x.entities.filter { $0.kind == kind }.map(\.name).sorted()
    }

    func entity(_ x: ArticleExtraction, _ name: String) -> Entity? {
        x.entities.first { $0.name == name }
    }

    @Test func peopleCountriesAffiliationsAndSurnames() throws {
        let x = extract(
            """
            Peruvian Foreign Minister Ana Ruiz met her Chilean counterpart Tomás Vidal in Lima on Monday. \
            Ruiz said the two countries agreed to cut port fees. Vidal welcomed the deal.
            """, title: "Ministers meet in Lima over port fees")
        #expect(names(x, .person) == ["Ana Ruiz", "Tomás Vidal"])
        #expect(names(x, .country) == ["Chile", "Peru"])
        #expect(entity(x, "Ana Ruiz")?.affiliation == "PER")
        #expect(entity(x, "Tomás Vidal")?.affiliation == "CHL")
        #expect(entity(x, "Ana Ruiz")?.mentions == 2)
        #expect(entity(x, "Peru")?.aliases == ["Lima", "Peruvian"])
        let pair = try #require(x.relations.first { $0.source == "person:Ana Ruiz" && $0.target == "person:Tomás Vidal" })
        #expect(pair.weight == 1 && pair.sentences == 1)
        #expect(pair.tone.label == .cooperation)
        #expect(pair.evidence.first?.sentence == 1)
    }

    @Test func countryWordsInsideNamesAreNotCountries() {
        let x = extract(
            """
            Jim Jordan, a U.S. congressman, criticised the plan. Chad Brooks, a coach, agreed. \
            The talks moved to Atlanta, Georgia, where prices are quoted in U.S. dollars. \
            Ships crossed the English Channel and the Indian Ocean. \
            The German Institute for Economic Research studied the Iran–Iraq War, \
            the Islamic State of Iraq and the Levant and the Bank of England. \
            Turkey prices rose before the holiday. She answered in French.
            """)
        #expect(names(x, .country) == ["United States"])
        #expect(names(x, .person).contains("Jim Jordan"))
        #expect(names(x, .person).contains("Chad Brooks"))
        #expect(entity(x, "Jim Jordan")?.affiliation == "USA")
        #expect(entity(x, "United States")?.aliases == ["U.S."])
        #expect(entity(x, "United States")?.mentions == 1)
    }

    @Test func weakFormsCountWhenTheCountryIsNamedPlainly() {
        let x = extract("Georgian officials said Georgia would join talks in Tbilisi.")
        #expect(names(x, .country) == ["Georgia"])
        #expect(entity(x, "Georgia")?.mentions == 3)
    }

    @Test func aWeakFormListedWithAPlainCountryIsACountry() {
        #expect(names(extract("Beijing and Washington traded barbs over tariffs."), .country) == ["China", "United States"])
        #expect(names(extract("Georgia, Armenia and Azerbaijan met in Baku."), .country) == ["Armenia", "Azerbaijan", "Georgia"])
        // A weak form alone, or listed with states, stays out.
        #expect(names(extract("Washington sued the company on Monday."), .country) == [])
        #expect(names(extract("Protests spread from Georgia and Florida to Texas."), .country) == [])
        #expect(names(extract("Washington and Oregon sued the administration."), .country) == [])
    }

    @Test func aWeakDemonymBeforeAStateNounNamesItsCountry() {
        #expect(names(extract("German troops arrived in Lithuania."), .country) == ["Germany", "Lithuania"])
        #expect(names(extract("Mali expelled the French ambassador."), .country) == ["France", "Mali"])
        // A language or a people is no country.
        #expect(names(extract("He spoke French and Bambara at home."), .country) == [])
        #expect(names(extract("The German translation appeared in May."), .country) == [])
    }

    @Test func aCapitalisedCommonNounCountsAsACountryWhereTheNounWouldNotBeCapitalised() {
        // Mid-sentence, with another country in the sentence, or before a possessive.
        for text in [
            "On Monday Turkey threatened Greece with retaliation.",
            "Turkey threatened Greece with retaliation.",
            "Officials said Turkey would reply.",
            "Turkey's parliament met on Monday.",
        ] {
            #expect(names(extract(text), .country).contains("Turkey"), "\(text)")
        }
        // The first word of a sentence or a headline in title case, with no other country.
        #expect(names(extract("Turkey prices rose before the holiday."), .country) == [])
        #expect(names(extract("Farmers sold birds early.", title: "Turkey Prices Soar"), .country) == [])
    }

    @Test func notPeople() {
        let x = extract(
            """
            The State Department said on Friday that the Indo-Pacific matters. Visitors queued at \
            Trump Tower and Hagia Sophia in March. The court ruled in Kelly v. United States.
            """)
        #expect(names(x, .person) == [])
    }

    @Test func titlesAndFamilyNameFirstNames() {
        let x = extract(
            """
            Chinese Director of the Office of Foreign Affairs Yang Jiechi spoke with Secretary of \
            State Antony Blinken. Blinken pressed Yang on human rights. President Xi Jinping was absent, \
            and Xi sent a letter.
            """)
        #expect(names(x, .person) == ["Antony Blinken", "Xi Jinping", "Yang Jiechi"])
        #expect(entity(x, "Yang Jiechi")?.affiliation == "CHN")
        #expect(entity(x, "Yang Jiechi")?.mentions == 2)
        #expect(entity(x, "Xi Jinping")?.mentions == 2)
        #expect(names(x, .issue) == ["human rights"])
    }

    @Test func issuesAreMatchedCaseInsensitively() {
        let x = extract("Climate Change and the NUCLEAR PROGRAMME dominated; so did tariffs.")
        let issues = names(x, .issue)
        #expect(issues.contains("climate change"))
        #expect(issues.count == 3)
    }

    @Test func surnameOnlyPeopleJoinTheFullNameAcrossArticles() {
        let xs = Self.extractor.extract([
            Article(id: "a", text: "Foreign Minister Ana Ruiz of Peru arrived."),
            Article(id: "b", text: "Minister Ruiz said Peru would sign."),
        ])
        let g = Extractor.graph(from: xs)
        let people = g.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Ana Ruiz"])
        #expect(people.first?.articles == 2)
        #expect(people.first?.affiliation == "PER")
    }

    @Test func renamingInPlaceMatchesTheBuilder() throws {
        // Article b names only "Ruiz"; across articles that is Ana Ruiz.
        let b = Self.extractor.extract(Article(id: "b", text: "Minister Ruiz met Tomás Vidal in Lima. Ruiz praised Chile."))
        let rename = ["person:Ruiz": "Ana Ruiz"]
        let fast = try #require(Extractor.renamedInPlace(b, rename))
        // The reference: the same article rebuilt by EntityGraphBuilder.
        var builder = EntityGraphBuilder()
        for var e in b.entities {
            if e.id == "person:Ruiz" {
                e.aliases.append(e.name)
                e = Entity(
                    kind: .person, name: "Ana Ruiz", aliases: e.aliases, affiliation: e.affiliation,
                    mentions: e.mentions, articles: 1)
            }
            builder.addEntity(e)
        }
        for var r in b.relations {
            if r.source == "person:Ruiz" { r.source = "person:Ana Ruiz" }
            if r.target == "person:Ruiz" { r.target = "person:Ana Ruiz" }
            builder.addRelation(
                Relation(
                    r.source, r.target, weight: r.weight, articles: r.articles,
                    sentences: r.sentences, tone: r.tone, evidence: r.evidence))
        }
        let g = builder.build()
        #expect(fast.entities == g.entities)
        #expect(fast.relations == g.relations)
        #expect(fast.entities.first { $0.name == "Ana Ruiz" }?.aliases.contains("Ruiz") == true)
        // When the new name is already an entity of the article, the builder must merge.
        let both = Self.extractor.extract(Article(id: "c", text: "Ana Ruiz met Tomás Vidal."))
        #expect(Extractor.renamedInPlace(both, ["person:Tomás Vidal": "Ana Ruiz"]) == nil)
    }

    @Test func windowOptions() throws {
        let text = "Peru spoke. Chile listened. Bolivia left."
        var o = ExtractionOptions()
        o.window = .sentence
        #expect(try Extractor(options: o).extract(Article(id: "w", text: text)).relations.isEmpty)
        o.window = .sentences(1)
        #expect(try Extractor(options: o).extract(Article(id: "w", text: text)).relations.count == 2)
        o.window = .article
        #expect(try Extractor(options: o).extract(Article(id: "w", text: text)).relations.count == 3)
    }

    @Test func outputDoesNotDependOnThreads() throws {
        let articles = (0..<40).map { i in
            Article(id: "a\(i)", text: "Peruvian minister Ana Ruiz met Chilean envoy Tomás Vidal (\(i)). Ruiz praised Chile.")
        }
        var one = ExtractionOptions(); one.threads = 1
        var four = ExtractionOptions(); four.threads = 4
        let a = try Extractor(options: one).extract(articles).map { $0.jsonLine() }
        let b = try Extractor(options: four).extract(articles).map { $0.jsonLine() }
        #expect(a == b)
    }

    @Test func jsonLineEscapesTextAndKeepsOnePairPerLine() throws {
        // The line is written by hand: quotes, backslashes, line breaks and control characters in
        // ids and titles must still give one valid JSON object with the same strings.
        let title = "Ana Ruiz \"meets\" Chile\\Peru\u{1}"
        let x = Extractor.graphTestExtraction(id: "a/b\"c", title: title)
        let line = x.jsonLine()
        #expect(!line.contains("\n"))
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(obj["id"] as? String == "a/b\"c" && obj["title"] as? String == title)
        let rels = try #require(obj["relations"] as? [[String: Any]])
        // Co-mention and affiliation of one pair: one line entry, the co-mention first, all kinds listed.
        #expect(rels.count == 1)
        #expect(rels[0]["kind"] as? String == "co-mention" && rels[0]["kinds"] as? [String] == ["co-mention", "affiliation"])
        #expect(rels[0]["weight"] as? Int == 2)
        let ents = try #require(obj["entities"] as? [[String: Any]])
        #expect(ents.first { $0["name"] as? String == "Ana Ruiz" }?["affiliationSource"] as? String == "table")
    }

    @Test func jsonLineShape() throws {
        let x = extract("Peruvian Foreign Minister Ana Ruiz met Chilean envoy Tomás Vidal.", title: "Talks")
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(x.jsonLine().utf8)) as? [String: Any])
        #expect(obj["id"] as? String == "t")
        let ents = try #require(obj["entities"] as? [[String: Any]])
        let ruiz = try #require(ents.first { $0["name"] as? String == "Ana Ruiz" })
        #expect(ruiz["kind"] as? String == "person" && ruiz["affiliation"] as? String == "PER")
        let peru = try #require(ents.first { $0["name"] as? String == "Peru" })
        #expect(peru["iso3"] as? String == "PER")
        let rels = try #require(obj["relations"] as? [[String: Any]])
        #expect(
            rels.contains {
                $0["source"] as? String == "Ana Ruiz" && $0["target"] as? String == "Tomás Vidal" && $0["tone"] as? String == "cooperation"
            })
    }
}

/// Pronoun links and sentence tone.
@Suite struct PronounAndToneTests {
    static let extractor = try! Extractor()

    @Test func aPronounLinksThePersonNamedJustBefore() throws {
        let x = Self.extractor.extract(
            Article(
                id: "p",
                text: """
                    Peruvian Foreign Minister Ana Ruiz arrived in Santiago on Monday. \
                    She later met Chilean envoy Tomás Vidal.
                    """))
        #expect(x.relations.contains { $0.source == "person:Ana Ruiz" && $0.target == "person:Tomás Vidal" })
        // The pronoun is not a mention.
        #expect(x.entities.first { $0.name == "Ana Ruiz" }?.mentions == 1)
    }

    @Test func aNameBeforeThePronounWins() {
        let x = Self.extractor.extract(
            Article(
                id: "p",
                text: """
                    Peruvian Foreign Minister Ana Ruiz arrived. Chilean envoy Tomás Vidal said he was ready.
                    """))
        #expect(!x.relations.contains { $0.source == "person:Ana Ruiz" && $0.target == "person:Tomás Vidal" })
    }

    @Test(arguments: [
        ("Peru condemned Chile over the border incident.", Tone.conflict),
        ("Peru and Chile signed a trade pact on Friday.", .cooperation),
        ("Peru did not support Chile in the vote.", .conflict),
        ("Peru and Chile are neighbours.", .neutral),
        ("Peru imposed a ban on imports from Chile.", .conflict),
        ("Peru's bank lent money to Chile.", .cooperation),  // a loan is aid (CAMEO 07)
        ("Peru's bank sold bonds in Chile.", .neutral),
    ])
    func sentenceTone(_ text: String, _ tone: Tone) throws {
        let x = Self.extractor.extract(Article(id: "t", text: text))
        let r = try #require(x.relations.first)
        #expect(r.tone.label == tone)
    }
}

/// The name shapes and place traps of news text, one sentence each.
@Suite struct NameShapeTests {
    static let extractor = try! Extractor()

    func people(_ text: String) -> [String] {
        Self.extractor.extract(Article(id: "n", text: text)).entities.filter { $0.kind == .person }.map(\.name).sorted()
    }

    func countries(_ text: String) -> [String] {
        Self.extractor.extract(Article(id: "n", text: text)).entities.compactMap(\.iso3).sorted()
    }

    @Test(arguments: [
        ("Saudi Crown Prince Mohammed bin Salman met Dutch envoy Pieter van der Berg.", ["Mohammed bin Salman", "Pieter van der Berg"]),
        ("Syrian President Bashar al-Assad spoke to Egypt's Abdel Fattah el-Sisi.", ["Abdel Fattah el-Sisi", "Bashar al-Assad"]),
        ("Agency head Emily W. Murphy wrote to Senator Chuck Grassley.", ["Chuck Grassley", "Emily W. Murphy"]),
        ("Seoul Mayor Park Won-soon and Brazilian coach Luiz da Silva attended.", ["Luiz da Silva", "Park Won-soon"]),
        ("Minister Zoë Ó Briain's speech praised Ana Ruiz's plan.", ["Ana Ruiz", "Zoë Ó Briain"]),
    ])
    func particlesInitialsHyphensDiacriticsAndPossessives(_ text: String, _ expected: [String]) {
        #expect(people(text) == expected)
    }

    @Test func statesAndCurrencyAreNotCountries() {
        #expect(countries("Voters in New Mexico and Washington state paid US$40 each.") == [])
        #expect(countries("Mexico and the U.S. signed; the deal is worth US$2 billion.") == ["MEX", "USA"])
    }

    @Test func constituentCountriesMapToTheUnitedKingdom() {
        #expect(countries("Ministers from Scotland, Wales and Northern Ireland met in London.") == ["GBR"])
    }

    @Test func formerNamesAndCapitals() {
        #expect(countries("Burma, formerly Swaziland's partner, hosted Tehran and Kyiv envoys.") == ["IRN", "MMR", "SWZ", "UKR"])
    }
}

@Suite struct AffiliationProvenanceTests {
    @Test func statedAffiliationsOutweighInferredOnes() throws {
        let extractor = try Extractor()
        let xs = extractor.extract([
            Article(id: "a", text: "The United States team was led by Washington’s special envoy for Iran Robert Malley."),
            Article(id: "b", text: "Iran met envoy Robert Malley in Vienna. Iran and Iran's allies waited."),
            Article(id: "c", text: "Tehran said Iran would wait for envoy Robert Malley. Iran agreed."),
        ])
        #expect(xs[0].entities.first { $0.name == "Robert Malley" }?.affiliation == "USA")
        #expect(xs[0].entities.first { $0.name == "Robert Malley" }?.affiliationSource == .text)
        #expect(xs[1].entities.first { $0.name == "Robert Malley" }?.affiliation == "IRN")
        #expect(xs[1].entities.first { $0.name == "Robert Malley" }?.affiliationSource == .guess)
        let g = Extractor.graph(from: xs)
        #expect(g[id: "person:Robert Malley"]?.affiliation == "USA")
        #expect(g[id: "person:Robert Malley"]?.affiliationSource == .text)
        // With no stated affiliation anywhere, the inferred one fills in, marked as a guess.
        let g2 = Extractor.graph(from: Array(xs.dropFirst()))
        #expect(g2[id: "person:Robert Malley"]?.affiliation == "IRN")
        #expect(g2[id: "person:Robert Malley"]?.affiliationSource == .guess)
        // The JSON Lines of `extract` say where each affiliation comes from.
        #expect(xs[1].jsonLine().contains(#""affiliationSource":"guess""#))
    }
}

@Suite struct AppositionAndTailNameTests {
    static let extractor = try! Extractor()

    @Test func aLaterClauseIsNotAnApposition() {
        let x = Self.extractor.extract(
            Article(
                id: "a",
                text: """
                    Sudanese Prime Minister Omar Hadi spoke. In Khartoum the envoy met Prime Minister Omar Hadi, \
                    and in Addis Ababa he met Water Minister Kebede Alemu.
                    """))
        #expect(x.entities.first { $0.name == "Omar Hadi" }?.affiliation == "SDN")
    }

    @Test func aTwoWordTailJoinsTheLongerName() {
        let x = Self.extractor.extract(
            Article(
                id: "t",
                text: """
                    Junta spokesman Zaw Min Tun said the vote would wait. Later Min Tun repeated it.
                    """))
        let people = x.entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Zaw Min Tun"])
        #expect(people.first?.mentions == 2)
    }
}

extension Extractor {
    /// A hand-made extraction: Ana Ruiz (affiliation PER from the table) and Peru, with a
    /// co-mention of weight 2 and an affiliation relation.
    static func graphTestExtraction(id: String, title: String) -> ArticleExtraction {
        ArticleExtraction(
            article: ArticleInfo(id: id, title: title),
            entities: [
                Entity(kind: .country, name: "Peru", iso3: "PER"),
                Entity(kind: .person, name: "Ana Ruiz", affiliation: "PER", affiliationSource: .table),
            ],
            relations: [
                Relation("country:PER", "person:Ana Ruiz", weight: 2, sentences: 2),
                Relation("country:PER", "person:Ana Ruiz", kind: .affiliation, weight: 1),
            ])
    }
}
