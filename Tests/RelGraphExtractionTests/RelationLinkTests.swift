import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// The tone of a pair within its sentence, first-person quotes, and headline links.
@Suite struct RelationLinkTests {
    static let extractor = try! Extractor()

    func relation(_ x: ArticleExtraction, _ a: String, _ b: String) -> Relation? {
        x.relations.first { Set([$0.source, $0.target]) == Set([a, b]) }
    }

    @Test func theWordsBetweenTwoActorsDecideTheirTone() throws {
        // The sentence as a whole is balanced (one cooperation and one conflict cue); each pair
        // takes the cue that stands between its two members.
        let x = Self.extractor.extract(
            Article(
                id: "t",
                text: """
                    Peru praised Chile at the summit, while Bolivia condemned Argentina over the river.
                    """))
        #expect(try #require(relation(x, "country:PER", "country:CHL")).tone.label == .cooperation)
        #expect(try #require(relation(x, "country:BOL", "country:ARG")).tone.label == .conflict)
    }

    @Test func withoutCuesBetweenThemAPairTakesTheSentenceTone() throws {
        let x = Self.extractor.extract(Article(id: "t", text: "Peru and Chile signed a trade pact on Friday."))
        #expect(try #require(relation(x, "country:PER", "country:CHL")).tone.label == .cooperation)
    }

    @Test func everyGapBetweenThePairCounts() throws {
        // The closest two mentions have no cue between them and the sentence as a whole is
        // balanced; the farther gap ("attacked the plan of") decides.
        let x = Self.extractor.extract(
            Article(
                id: "t",
                text: """
                    Ana Ruiz attacked the plan of Tomás Vidal, and Vidal answered Ruiz before both praised the mayor.
                    """))
        #expect(try #require(relation(x, "person:Ana Ruiz", "person:Tomás Vidal")).tone.label == .conflict)
    }

    @Test func firstPersonWordsInAQuoteAreItsSpeaker() throws {
        // Without the speaker inside the quote, the gap between Ruiz and Vidal holds one
        // cooperation cue ("backs") and one conflict cue ("attack"); with "me" as Ruiz, the
        // pair's nearest gap is "to attack".
        let x = Self.extractor.extract(
            Article(
                id: "q",
                text: """
                    Peruvian Foreign Minister Ana Ruiz arrived in Lima.             Ruiz backs the budget and wrote that "the party wants me to attack Tomás Vidal".
                    """))
        let r = try #require(relation(x, "person:Ana Ruiz", "person:Tomás Vidal"))
        #expect(r.tone.label == .conflict)
        // The pronoun is not a mention of Ruiz.
        #expect(x.entities.first { $0.name == "Ana Ruiz" }?.mentions == 2)
    }

    @Test func aQuoteWithTwoPossibleSpeakersResolvesNothing() throws {
        let x = Self.extractor.extract(
            Article(
                id: "q",
                text: """
                    Ana Ruiz backs the budget and told Marta Solís: "the party wants me to attack Tomás Vidal".
                    """))
        // "me" could be Ruiz or Solís, so it stays unresolved: a mention of neither.
        #expect(x.entities.first { $0.name == "Ana Ruiz" }?.mentions == 1)
        #expect(x.entities.first { $0.name == "Marta Solís" }?.mentions == 1)
        // The predicate nearest to Vidal, after Solís, is what the quote asks for.
        #expect(try #require(relation(x, "person:Ana Ruiz", "person:Tomás Vidal")).tone.label == .conflict)
    }

    @Test func aQuotationsSpeakerIsInEveryLaterSentenceOfIt() throws {
        let x = Self.extractor.extract(
            Article(
                id: "q",
                text: """
                    Ana Ruiz said in a statement: "Our city owes much to Tomás Vidal. \
                    He helped to build the new port."
                    """))
        // In sentence 1 Ruiz (the speaker) and Vidal ("He") meet with "helped"; sentence 0 has
        // no cue, and its neighbour links the pair itself, so the article's tone (that of
        // sentence 1) is its tone.
        let r = try #require(relation(x, "person:Ana Ruiz", "person:Tomás Vidal"))
        #expect(r.sentences == 2 && r.tone.cooperation == 2)
        #expect(r.weight == 1)  // one article
        #expect(r.tone.label == .cooperation)
        // The second sentence names neither: its evidence records both as resolved mentions.
        let second = try #require(r.evidence.first { $0.sentence == 1 })
        #expect(Set(second.resolved ?? []) == ["person:Ana Ruiz", "person:Tomás Vidal"])
        #expect(r.evidence.first { $0.sentence == 0 }?.resolved == nil)
    }

    @Test func anUnclosedQuotationEndsWithItsParagraph() {
        let x = Self.extractor.extract(
            Article(
                id: "q",
                text: """
                    Ana Ruiz said: "We will see what comes.

                    Tomás Vidal condemned the plan on Monday.
                    """))
        #expect(relation(x, "person:Ana Ruiz", "person:Tomás Vidal") == nil)
    }

    @Test func headlinePeopleAndCountriesLinkToTheBody() throws {
        let text = """
            Haddad ran Oman's ports for four decades and spoke often about climate change. \
            Condolences came from many capitals, among them from Peruvian Foreign Minister Ana Ruiz.
            """
        let x = Self.extractor.extract(Article(id: "h", title: "Omani envoy Karim Haddad dies at 80", text: text))
        let r = try #require(relation(x, "person:Karim Haddad", "person:Ana Ruiz"))
        #expect(r.kind == .headline && r.weight == 1 && r.sentences == 0)
        #expect(r.tone.label == .cooperation)  // the tone of "Condolences came … Ana Ruiz"
        #expect(r.evidence.map(\.text) == ["Omani envoy Karim Haddad dies at 80"])  // the headline
        #expect(relation(x, "country:OMN", "person:Ana Ruiz") != nil)
        // Body entities are not linked to each other by the headline, and issues not at all.
        #expect(relation(x, "person:Ana Ruiz", "country:PER")?.sentences == 1)
        #expect(relation(x, "issue:climate change", "person:Ana Ruiz") == nil)

        var o = ExtractionOptions()
        o.headlineLinks = false
        let plain = try Extractor(options: o).extract(Article(id: "h", title: "Omani envoy Karim Haddad dies at 80", text: text))
        #expect(relation(plain, "person:Karim Haddad", "person:Ana Ruiz") == nil)
        // Without a headline there is nothing to link.
        let untitled = Self.extractor.extract(Article(id: "h", text: text))
        #expect(untitled.relations.allSatisfy { $0.sentences > 0 || $0.source.hasPrefix("country:") || $0.target.hasPrefix("country:") })
    }

    @Test func aHeadlineActorTheBodyNeverNamesLinksNothing() {
        // A digest: the headline's person is not in the body.
        let x = Self.extractor.extract(
            Article(
                id: "h", title: "Karim Haddad wins award", text: "Ana Ruiz met Tomás Vidal. Marta Solís left early."))
        #expect(relation(x, "person:Karim Haddad", "person:Marta Solís") == nil)
        #expect(relation(x, "person:Karim Haddad", "person:Ana Ruiz") == nil)
    }

    @Test func aSentenceLinkIsNotDuplicatedByTheHeadline() throws {
        let x = Self.extractor.extract(
            Article(
                id: "h", title: "Ana Ruiz visits Chile", text: "Ana Ruiz met Tomás Vidal. Vidal thanked Ruiz for the visit."))
        let r = try #require(relation(x, "person:Ana Ruiz", "person:Tomás Vidal"))
        #expect(r.kind == .coMention && r.sentences == 2 && r.weight == 1)
        #expect(x.relations.filter { Set([$0.source, $0.target]) == ["person:Ana Ruiz", "person:Tomás Vidal"] }.count == 1)
        // Weights that count sentences instead of articles.
        var o = ExtractionOptions()
        o.weight = .sentences
        let bySentence = try Extractor(options: o).extract(
            Article(
                id: "h", title: "Ana Ruiz visits Chile", text: "Ana Ruiz met Tomás Vidal. Vidal thanked Ruiz for the visit."))
        #expect(relation(bySentence, "person:Ana Ruiz", "person:Tomás Vidal")?.weight == 2)
    }

    @Test func affiliationIsARelationOfItsOwnKind() throws {
        // Ruiz's country is guessed from the article's main country, which no sentence names with her.
        let x = Self.extractor.extract(
            Article(
                id: "a", text: "Ana Ruiz arrived on Monday. Peru and Chile then signed the deal. Peru welcomed it."))
        let kinds = x.relations.filter { Set([$0.source, $0.target]) == ["person:Ana Ruiz", "country:PER"] }.map(\.kind)
        #expect(kinds == [.affiliation])
        #expect(x.entities.first { $0.name == "Ana Ruiz" }?.affiliationSource == .guess)
        // Stated in the sentence that names both: a co-mention and an affiliation.
        let stated = Self.extractor.extract(Article(id: "b", text: "Peruvian Foreign Minister Ana Ruiz arrived."))
        #expect(stated.relations.map(\.kind) == [.coMention, .affiliation])
        #expect(stated.entities.first { $0.name == "Ana Ruiz" }?.affiliationSource == .text)
        // Its evidence is the sentence that states it; a guessed one has none.
        #expect(stated.relations[1].evidence.map(\.text) == ["Peruvian Foreign Minister Ana Ruiz arrived."])
        #expect(x.relations.first { $0.kind == .affiliation }?.evidence.isEmpty == true)
        // The graph keeps it, but ranking reads co-mentions only.
        let g = Extractor.graph(from: [x])
        #expect(g.relations.contains { $0.kind == .affiliation })
        #expect(
            !g.restricted(to: RelationKind.rankingDefault).relations.contains {
                Set([$0.source, $0.target]) == ["person:Ana Ruiz", "country:PER"]
            })
    }
}
