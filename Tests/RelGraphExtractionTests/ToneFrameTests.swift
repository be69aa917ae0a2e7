import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// The tone of a pair read from the clause that links it (``ClauseTone``, ``ToneFrame``,
/// ``ToneLexicon``): one test per construction, on sentences written for the tests, each
/// asserting the exact tone counts of the pairs.
@Suite struct ToneFrameTests {
    static let extractor = try! Extractor()

    /// The tone counts of the co-mention between `a` and `b` in `text`.
    func counts(_ text: String, _ a: String, _ b: String) throws -> ToneCounts {
        let x = Self.extractor.extract(Article(id: "t", text: text))
        let r = x.relations.first { Set([$0.source, $0.target]) == Set([a, b]) && $0.kind == .coMention }
        return try #require(r, "no relation \(a)–\(b) in: \(text)").tone
    }

    static let conflict = ToneCounts(conflict: 1)
    static let cooperation = ToneCounts(cooperation: 1)
    static let neutral = ToneCounts(neutral: 1)

    @Test(arguments: [
        "Peru accused Chile of smuggling arms across the desert.",  // disapprove
        "Peru criticised Chile for the closure of the port.",  // disapprove
        "Peru rebuffed Chile at the regional forum.",  // reject
        "Peru threatened Chile with higher fishing quotas.",  // threaten
        "Peru demanded that Chile pay for the damage.",  // demand
        "Peru expelled the ambassador of Chile on Tuesday.",  // reduce relations
        "Peru sanctioned Chile after the vote.",  // reduce relations
        "Peru invaded Chile in the spring.",  // assault
        "Peru defeated Chile in the final round of voting.",  // assault (contest)
        "Peru blasted Chile over the closure of the port.",  // disapprove
        "Peru hit out at Chile over the fishing quotas.",  // disapprove
        "Peru blocked Chile from the regional council.",  // reject
        "Peru repudiated Chile at the regional forum.",  // reject
        "Peru revoked the visas of diplomats from Chile.",  // reduce relations
        "Peru annexed a province of Chile in the spring.",  // coerce
        "A missile from Peru struck Chile on Tuesday.",  // assault
        "Peru declared war on Chile in the spring.",  // assault
        "Peru is a bitter foe of Chile.",  // conflict cue
        "Peru and Chile exchanged fire along the border.",  // assault (fight)
        "Troops from Peru traded fire with Chile overnight.",  // assault (fight)
        "Peru lashed out at Chile over the dam.",  // disapprove
        "Peru hit back at Chile over the fishing quotas.",  // disapprove
        "Peru shunned Chile at the regional forum.",  // reject
        "Peru called the claims of Chile baseless and reckless.",  // conflict cues
        "Peru recalled its ambassador to Chile after the vote.",  // reduce relations (not speech)
        "Peru froze the assets of officials from Chile.",  // reduce relations
        "Peru and Chile remain at odds over the maritime border.",  // conflict cue
        "Peru closed its border with Chile on Monday.",  // reduce relations
        "Peru ruled out talks with Chile.",  // reject; the talks are its object
        "Peru condemned the meeting with Chile.",  // disapprove; the meeting is its object
        "Peru voiced concern over the military buildup in Chile.",  // conflict cue
        "Peru and Chile exchanged barbs over the fishing quotas.",  // disapprove
        "Peru and Chile remain at loggerheads over the dam.",  // conflict cue
        "Peru vetoed a plan backed by Chile.",  // reject; "backed by" describes the plan
        "Peru condemned a deal signed by Chile.",  // disapprove; "signed by" describes the deal
        "Peru downed a drone from Chile.",  // assault
        "Peru occupied a province of Chile in the spring.",  // coerce
        "Peru pulled out of the fishing accord with Chile.",  // reduce relations; the accord is its object
        "After the summit, Peru described Chile as a bully.",  // speech: what is said of Chile decides
        "The plan of Peru was delayed by objections from Chile.",  // conflict cue
    ])
    func conflictFrames(_ sentence: String) throws {
        #expect(try counts(sentence, "country:PER", "country:CHL") == Self.conflict)
    }

    @Test(arguments: [
        "Peru hosted Chile for two days of talks.",  // consult
        "Peru visited Chile in the spring.",  // consult
        "Peru congratulated Chile on the vote.",  // praise
        "Peru thanked Chile for the rescue teams.",  // praise
        "Peru signed an accord with Chile in the capital.",  // cooperate
        "Peru allied with Chile for the regional vote.",  // cooperate
        "Peru backed Chile at the regional forum.",  // support
        "Peru aided Chile after the floods.",  // aid
        "Peru struck a deal with Chile on fishing quotas.",  // cooperate, not "struck" (assault)
        "Peru voted for Chile in the election to the council.",  // support
        "Peru defended Chile at the regional forum.",  // support
        "Peru shook hands with Chile at the summit.",  // consult
        "Peru discussed the river with Chile on Monday.",  // consult
        "Peru normalised relations with Chile in the spring.",  // cooperate
        "Peru restored diplomatic ties with Chile on Monday.",  // cooperate (restore relations)
        "Peru restored relations with Chile after the war.",  // cooperate (restore relations)
        "Peru mended ties with Chile after the vote.",  // cooperate
        "Peru brokered a truce with Chile in the spring.",  // yield (mediate)
        "Peru held constructive discussions with Chile.",  // cooperation cue
        "Peru reopened its border with Chile on Monday.",  // cooperate
        "Peru lifted sanctions on Chile after the vote.",  // yield (ease sanctions), not sanctions
        "The president of Peru spoke by phone with the president of Chile.",  // consult
        "Peru sent ammunition to Chile in the spring.",  // aid
        "Peru and Chile settled their border dispute with a treaty.",  // cooperate, not "dispute"
        "Peru said it stood ready to work with Chile on the river.",  // cooperate
        "Peru and Chile vowed to boost trade despite the dispute.",  // cooperate (a frame)
        "Peru praised a plan drafted by Chile.",  // praise; "drafted by" is no frame
        "Peru welcomed a truce backed by Chile.",  // consult; "backed by" describes the truce
        "Peru financed a new port for Chile.",  // aid
        "Peru freed two sailors from Chile on Monday.",  // yield
        "Peru resumed trade with Chile despite the dispute.",  // cooperate (a frame: "dispute" is only a cue)
        "Peru sold weapons to Chile in the spring.",  // cooperate (trade in arms)
        "Peru forged close ties with Chile after the war.",  // cooperate (a frame: "war" is only a cue)
        "Peru and Chile are working closely on border security.",  // cooperation cue
        "Peru received a delegation from Chile on Monday.",  // consult
    ])
    func cooperationFrames(_ sentence: String) throws {
        #expect(try counts(sentence, "country:PER", "country:CHL") == Self.cooperation)
    }

    /// The failure of talks, a truce or an alliance between two actors is a breach (conflict);
    /// a failure whose subject is no cooperation says nothing of the actors it names.
    @Test(arguments: [
        ("Talks between Peru and Chile collapsed on Monday.", conflict),
        ("The ceasefire between Peru and Chile broke down overnight.", conflict),
        ("Negotiations between Peru and Chile on fishing quotas fell through.", conflict),
        ("The alliance of Peru and Chile fell apart after the vote.", conflict),
        ("Negotiations between Peru and Chile broke down.", conflict),
        ("Talks between Peru and Chile have not collapsed.", cooperation),
        ("Talks between Peru and Chile resumed on Monday.", cooperation),
        ("The bridge from Peru to Chile collapsed in the storm.", neutral),
        ("After the government of Peru collapsed, Chile stayed calm.", neutral),
        ("The economy of Peru collapsed as Chile took in refugees.", neutral),
    ])
    func failureOfCooperationIsABreach(_ sentence: String, _ tone: ToneCounts) throws {
        #expect(try counts(sentence, "country:PER", "country:CHL") == tone)
    }

    /// Gunfire between forces is a fight, not the issue "fire" (a blaze).
    @Test(arguments: [
        "Peru and Chile exchanged fire along the border.", "Troops from Peru traded fire with Chile overnight.",
        "Soldiers from Peru opened fire on a patrol from Chile.",
    ])
    func gunfireIsNoFire(_ sentence: String) {
        let x = Self.extractor.extract(Article(id: "t", text: sentence))
        #expect(!x.entities.contains { $0.id == "issue:fire" })
        #expect(x.entities.contains { $0.id == "country:PER" } && x.entities.contains { $0.id == "country:CHL" })
    }

    /// Peru's appeal to Chile is cooperation; the event it asks for decides the ties to its
    /// target: sanctions are pressure on Bolivia, an accord cooperation with it.
    static let appeals: [(String, String, String, ToneCounts)] = [
        ("Peru urged Chile to sanction Bolivia over the border.", "PER", "CHL", cooperation),
        ("Peru urged Chile to sanction Bolivia over the border.", "PER", "BOL", conflict),
        ("Peru urged Chile to sanction Bolivia over the border.", "CHL", "BOL", conflict),
        ("Peru called on Chile to sign the fishing accord with Bolivia.", "PER", "BOL", cooperation),
        ("Peru urged Chile to act.", "PER", "CHL", cooperation),  // an appeal alone is its own frame
        // A demand for a leader to go is one of leadership change (CAMEO 10), not an appeal.
        ("Peru called on the president of Chile to step down.", "PER", "CHL", conflict),
        ("Peru urged the president of Chile to resign over the scandal.", "PER", "CHL", conflict),
    ]

    @Test(arguments: appeals)
    func anAppealTakesTheToneOfTheEventItAsksFor(
        _ text: String, _ a: String, _ b: String, _ tone: ToneCounts
    )
        throws
    {
        #expect(try counts(text, "country:" + a, "country:" + b) == tone)
    }

    /// Context cues decide a sentence with no frame: hope and sympathy for someone, relations
    /// that thaw or sour, candidates in one race, and insults.
    /// The predicate nearest to an actor governs it when another actor stands between the two;
    /// the whole gap decides when the words after that actor settle nothing.
    static let nearestPredicateCases: [(String, String, String, Tone)] = [
        ("Peru, backed by Chile, sanctioned Bolivia over the border.", "PER", "BOL", .conflict),
        ("Peru, backed by Chile, sanctioned Bolivia over the border.", "PER", "CHL", .cooperation),
        ("Peru expelled the envoy of Chile, then signed a pact with Bolivia.", "PER", "BOL", .cooperation),
        ("Peru condemned Chile and Bolivia for the border closure.", "PER", "BOL", .conflict),
    ]

    /// A participle after "be" or a comma is the clause's own predicate; after a noun, with its
    /// agent after "by", it describes that noun.
    @Test func aParticipleAfterANounDescribesIt() throws {
        let lowers = ["peru", "vetoed", "a", "plan", "backed", "by", "chile"]
        #expect(ClauseTone.modifiesObject(at: 4, length: 1, in: lowers, clauseStart: 0, end: lowers.count))
        let passive = ["chile", "was", "backed", "by", "peru"]
        #expect(!ClauseTone.modifiesObject(at: 2, length: 1, in: passive, clauseStart: 0, end: passive.count))
        let adverb = ["chile", "was", "strongly", "backed", "by", "peru"]
        #expect(!ClauseTone.modifiesObject(at: 3, length: 1, in: adverb, clauseStart: 0, end: adverb.count))
        let apposition = ["peru", ",", "backed", "by", "chile"]
        #expect(!ClauseTone.modifiesObject(at: 2, length: 1, in: apposition, clauseStart: 0, end: apposition.count))
        let noAgent = ["peru", "vetoed", "a", "plan", "backed", "in", "may"]
        #expect(!ClauseTone.modifiesObject(at: 4, length: 1, in: noAgent, clauseStart: 0, end: noAgent.count))
        // The passive keeps its tone: Chile is the one condemned.
        #expect(try counts("Chile was condemned by Peru.", "country:PER", "country:CHL") == Self.conflict)
        #expect(try counts("Chile was praised by Peru.", "country:PER", "country:CHL") == Self.cooperation)
    }

    @Test(arguments: nearestPredicateCases)
    func theNearestPredicateGovernsAnActor(_ text: String, _ a: String, _ b: String, _ tone: Tone) throws {
        #expect(try counts(text, "country:" + a, "country:" + b).label == tone)
    }

    static let contextCueCases: [(String, Tone)] = [
        ("Ana Ruiz told reporters there is hope for Tomás Vidal.", .cooperation),
        ("Ana Ruiz wished Tomás Vidal a speedy recovery.", .cooperation),
        ("Relations between Ana Ruiz and Tomás Vidal have deteriorated since May.", .conflict),
        ("Ana Ruiz and Tomás Vidal are the frontrunners in the race for mayor.", .conflict),
        ("Ana Ruiz will face Tomás Vidal in a runoff in June.", .conflict),
        ("Ana Ruiz called Tomás Vidal a traitor and a coward.", .conflict),
    ]

    @Test(arguments: contextCueCases)
    func contextCuesDecideWhereNoFrameStands(_ sentence: String, _ tone: Tone) throws {
        let r = try counts(sentence, "person:Ana Ruiz", "person:Tomás Vidal")
        #expect(r.label == tone && r.cooperation + r.conflict == 1)
    }

    @Test func coercionFramesLinkPeople() throws {
        let text = "Ana Ruiz impeached Tomás Vidal, and Marta Solís sued Vidal for fraud."
        #expect(try counts(text, "person:Ana Ruiz", "person:Tomás Vidal") == Self.conflict)
        #expect(try counts(text, "person:Marta Solís", "person:Tomás Vidal") == Self.conflict)
    }

    @Test func aPredicateOutranksTheNounsItGoverns() throws {
        // "peace" and "deal" are cooperation context cues; the predicate is a rejection.
        let text = "Peru rejected the peace deal with Chile."
        #expect(try counts(text, "country:PER", "country:CHL") == Self.conflict)
    }

    @Test(arguments: [
        ("Peru refused to sign the accord with Chile.", ToneCounts(conflict: 1)),
        ("Peru refuses to meet Chile before the vote.", ToneCounts(conflict: 1)),
        ("Peru cannot support Chile in the council.", ToneCounts(conflict: 1)),
        ("Peru failed to agree with Chile on fishing quotas.", ToneCounts(conflict: 1)),
        ("Peru did not meet Chile at the summit.", ToneCounts(conflict: 1)),
        ("Peru did not condemn Chile for the border closure.", ToneCounts(neutral: 1)),
        ("Peru never criticised Chile in public.", ToneCounts(neutral: 1)),
    ])
    func negationTurnsCooperationToConflictAndWithholdsConflict(_ sentence: String, _ expected: ToneCounts) throws {
        #expect(try counts(sentence, "country:PER", "country:CHL") == expected)
    }

    @Test func whatASpeakerSaysAboutSomeoneIsTheirTie() throws {
        let lied = "Ana Ruiz said Tomás Vidal had lied about the budget."
        #expect(try counts(lied, "person:Ana Ruiz", "person:Tomás Vidal") == Self.conflict)
        let pact = "Peru said that Chile and Bolivia signed a pact on the river."
        #expect(try counts(pact, "country:CHL", "country:BOL") == Self.cooperation)
        #expect(try counts(pact, "country:PER", "country:CHL") == Self.cooperation)
        #expect(try counts(pact, "country:PER", "country:BOL") == Self.cooperation)
    }

    @Test func modalityKeepsTheFrameAndAQuestionWithholdsCooperation() throws {
        #expect(try counts("Peru could impose sanctions on Chile.", "country:PER", "country:CHL") == Self.conflict)
        #expect(try counts("Peru may sign a treaty with Chile.", "country:PER", "country:CHL") == Self.cooperation)
        #expect(try counts("Will Peru meet Chile next week?", "country:PER", "country:CHL") == Self.neutral)
        #expect(try counts("Why did Peru attack Chile?", "country:PER", "country:CHL") == Self.conflict)
    }

    @Test func neutralOnlyWhenNoFrameApplies() throws {
        let text = "Peru and Chile are neighbours on the Pacific coast."
        #expect(try counts(text, "country:PER", "country:CHL") == Self.neutral)
        // Coordinated actors share the predicate that follows them.
        let clash = "Peru and Chile clashed over the maritime border."
        #expect(try counts(clash, "country:PER", "country:CHL") == Self.conflict)
    }

    @Test func coAgentsCooperateAndCoTargetsAreNeutral() throws {
        let agents = "Peru and Chile condemned Bolivia over the dam."
        #expect(try counts(agents, "country:PER", "country:CHL") == Self.cooperation)
        #expect(try counts(agents, "country:PER", "country:BOL") == Self.conflict)
        let targets = "Bolivia condemned Peru and Chile over the dam."
        #expect(try counts(targets, "country:PER", "country:CHL") == Self.neutral)
        #expect(try counts(targets, "country:BOL", "country:CHL") == Self.conflict)
    }

    /// The two sides of a relation noun ("a deal between X and Y") take its tone, whoever else
    /// the clause names, unless a frame after them says what became of it.
    @Test(arguments: [
        ("Qatar brokered a deal between Peru and Chile.", cooperation),
        ("Bolivia condemned the war between Peru and Chile.", conflict),
        ("Bolivia welcomed the tensions among Peru and Chile on Monday.", conflict),
        ("Talks between Peru and Chile collapsed on Monday.", conflict),
        ("Bolivia drew the border between Peru and Chile.", neutral),
        ("Voters in Bolivia faced a choice between Peru and Chile.", neutral),
    ])
    func theSidesOfARelationTakeItsTone(_ sentence: String, _ tone: ToneCounts) throws {
        #expect(try counts(sentence, "country:PER", "country:CHL") == tone)
    }

    @Test func coAddresseesAskedToCooperateCooperate() throws {
        let appeal = "Peru urged Chile and Bolivia to sign a peace deal."
        #expect(try counts(appeal, "country:CHL", "country:BOL") == Self.cooperation)
        let list = "Peru pressed Chile, Bolivia and Ecuador to resume talks on the river."
        #expect(try counts(list, "country:CHL", "country:BOL") == Self.cooperation)
        #expect(try counts(list, "country:BOL", "country:ECU") == Self.cooperation)
        #expect(try counts(list, "country:PER", "country:CHL") == Self.conflict)
        // A complement aimed at someone else, or of conflict, or no complement: co-targets.
        let third = "Peru urged Chile and Bolivia to sanction Argentina."
        #expect(try counts(third, "country:CHL", "country:BOL") == Self.neutral)
        let conflict = "Peru pressed Chile and Bolivia to expel the envoys."
        #expect(try counts(conflict, "country:CHL", "country:BOL") == Self.neutral)
        let none = "Peru condemned Chile and Bolivia for the attack on the dam."
        #expect(try counts(none, "country:CHL", "country:BOL") == Self.neutral)
        let preposition = "Peru praised Chile and Bolivia to the delegates at the summit."
        #expect(try counts(preposition, "country:CHL", "country:BOL") == Self.neutral)
    }

    @Test func aLaterClauseAnswersTheFirstUnlessItNamesAThirdActor() throws {
        let both = "Peru praised Chile, while Bolivia condemned both."
        #expect(try counts(both, "country:PER", "country:CHL") == Self.cooperation)
        #expect(try counts(both, "country:BOL", "country:PER") == Self.conflict)
        #expect(try counts(both, "country:BOL", "country:CHL") == Self.conflict)
        let third = "Peru praised Chile, while Bolivia condemned Argentina."
        #expect(try counts(third, "country:PER", "country:CHL") == Self.cooperation)
        #expect(try counts(third, "country:BOL", "country:ARG") == Self.conflict)
        #expect(try counts(third, "country:PER", "country:ARG") == Self.neutral)
        #expect(try counts(third, "country:PER", "country:BOL") == Self.neutral)
        #expect(try counts(third, "country:CHL", "country:ARG") == Self.neutral)
    }

    @Test(arguments: [
        // "United" would be a cooperation cue, "attack" a conflict frame.
        ("Officials of the United Kingdom and Peru arrived in Lima on Monday.", "country:GBR", ToneCounts(neutral: 1)),
        ("The president of Peru died of a heart attack on a visit to Chile.", "country:CHL", ToneCounts(cooperation: 1)),
        ("The president of Peru died of a heart attack in Chile.", "country:CHL", ToneCounts(neutral: 1)),
    ])
    func theWordsOfNamesAndSetPhrasesAreNoCues(_ sentence: String, _ other: String, _ expected: ToneCounts) throws {
        #expect(try counts(sentence, "country:PER", other) == expected)
    }

    @Test(arguments: [
        // The first sentence has no frame or cue: the next one says what the meeting was.
        ("The foreign ministers of Peru and Chile spoke on Monday. They signed a fishing accord.", ToneCounts(cooperation: 1)),
        // Balanced frames are a cue, so the neighbour is not asked; the tie goes to the article.
        ("Peru praised and criticised Chile. Peru later condemned Bolivia.", ToneCounts(conflict: 1)),
        // A neighbour that links the pair itself is passed over; the article decides.
        ("Peru and Chile spoke on Monday. Peru thanked Chile for the talks.", ToneCounts(cooperation: 2)),
    ])
    func aSentenceWithoutCuesTakesItsNeighboursTone(_ text: String, _ expected: ToneCounts) throws {
        #expect(try counts(text, "country:PER", "country:CHL") == expected)
    }

    /// Sentences around a pair that holds no frame or cue, its neighbours holding none either.
    static let quietMiddle =
        " The border stayed closed for a week. Officials of Peru and Chile spoke about the river."
        + " The fishing season starts in May. "

    @Test(arguments: [
        // The article's dominant tone (two conflict sentences) is what the co-mention reports.
        ("Peru expelled the ambassador of Bolivia.", "Peru sanctioned Bolivia in June.", ToneCounts(conflict: 1)),
        ("Peru praised Bolivia for the rescue.", "Peru thanked Bolivia in June.", ToneCounts(cooperation: 1)),
        // As many cooperation as conflict sentences: the article decides nothing.
        ("Peru praised Bolivia for the rescue.", "Peru condemned Bolivia in June.", ToneCounts(neutral: 1)),
    ])
    func whatNothingAroundSettlesTakesTheArticlesTone(
        _ first: String, _ last: String, _ expected: ToneCounts
    )
        throws
    {
        let text = first + Self.quietMiddle + last
        #expect(try counts(text, "country:PER", "country:CHL") == expected)
    }

    @Test func sentencesThatRelateNoEntitiesDoNotMakeTheArticlesTone() throws {
        // Two conflict sentences name one entity or none; the one that relates Peru and
        // Bolivia decides.
        let text =
            "Peru praised Bolivia for the rescue. Fishermen condemned the quotas." + Self.quietMiddle
            + "Sailors in Peru condemned the new port fees."
        #expect(try counts(text, "country:PER", "country:CHL") == Self.cooperation)
    }

    @Test func aWithheldFrameSettlesThePair() throws {
        // "did not condemn" reports no event: neutral, whatever the article's tone.
        let text = "Peru did not condemn Chile for the vote. Peru condemned Bolivia."
        #expect(try counts(text, "country:PER", "country:CHL") == Self.neutral)
    }

    @Test func eachSentenceCountsOnce() throws {
        let text = "Peru praised Chile in March. Peru later condemned Chile. Peru and Chile share a border."
        #expect(try counts(text, "country:PER", "country:CHL") == ToneCounts(cooperation: 1, conflict: 1, neutral: 1))
    }

    @Test func everyFrameEntryNamesAFamily() {
        let families = ToneFrame.cooperationFamilies + ToneFrame.conflictFamilies
        #expect(!families.isEmpty)
        for (family, cue) in families {
            #expect(family != "other" && !cue.isEmpty, "\(family):\(cue)")
        }
        #expect(Set(ToneFrame.cooperationFamilies.map(\.family)).isDisjoint(with: ToneFrame.conflictFamilies.map(\.family)))
    }
}
