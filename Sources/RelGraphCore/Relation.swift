/// A reference to the sentence that supports a relation.
public struct Evidence: Codable, Sendable, Hashable, Comparable {
    /// The id of the article the sentence comes from.
    public var article: String
    /// The 0-based index of the sentence within the article (the title is sentence 0).
    public var sentence: Int
    /// The sentence itself, as cleaned by the extractor.
    public var text: String
    /// The ids of the relation's entities that the sentence does not name but refers to (a
    /// pronoun, or the speaker of a quotation), or `nil` when it names both.
    public var resolved: [String]?

    /// Creates an evidence reference.
    public init(article: String, sentence: Int, text: String, resolved: [String]? = nil) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.resolved = resolved
    }

    /// Orders by article id, then sentence index.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.article, lhs.sentence, lhs.text) < (rhs.article, rhs.sentence, rhs.text)
    }
}

/// How the supporting sentences of a relation read: counts of cooperative, conflictual and
/// neutral sentences.
public struct ToneCounts: Codable, Sendable, Hashable {
    /// Sentences with cooperation cues (agree, meet, support, sign...).
    public var cooperation: Int
    /// Sentences with conflict cues (condemn, accuse, sanction, attack...).
    public var conflict: Int
    /// Sentences with neither or both.
    public var neutral: Int

    /// Creates tone counts.
    public init(cooperation: Int = 0, conflict: Int = 0, neutral: Int = 0) {
        self.cooperation = cooperation
        self.conflict = conflict
        self.neutral = neutral
    }

    /// The net tone in [-1, 1]: (cooperation − conflict) / total; 0 when there are no sentences.
    public var net: Double {
        let total = cooperation + conflict + neutral
        return total == 0 ? 0 : Double(cooperation - conflict) / Double(total)
    }

    /// The label of the dominant tone among the sentences that have one: `cooperation` when
    /// cooperative sentences outnumber conflictual ones, `conflict` when the reverse holds, and
    /// `neutral` when they are equal (including when no sentence has a tone). Neutral sentences
    /// do not dilute the label; they do dilute ``net``.
    public var label: Tone {
        cooperation > conflict ? .cooperation : conflict > cooperation ? .conflict : .neutral
    }

    /// Counts one sentence of tone `tone`.
    public mutating func add(_ tone: Tone) {
        switch tone {
        case .cooperation: cooperation += 1
        case .conflict: conflict += 1
        case .neutral: neutral += 1
        }
    }

    /// Adds the counts of `other`.
    public mutating func add(_ other: ToneCounts) {
        cooperation += other.cooperation
        conflict += other.conflict
        neutral += other.neutral
    }
}

/// The tone of a relation or sentence.
public enum Tone: String, Codable, Sendable, CaseIterable {
    /// Cooperative: agreements, meetings, support.
    case cooperation
    /// Conflictual: condemnation, accusations, sanctions, attacks.
    case conflict
    /// Neither, or both in equal measure.
    case neutral
}

/// An undirected weighted edge of an ``EntityGraph``, of one ``RelationKind``.
///
/// ## Conventions
/// ``source`` < ``target`` (by entity id), so each pair is stored once per kind. ``weight`` is
/// a tie *strength*: for extracted graphs, by default the number of articles in which the two
/// entities are linked by this kind (``articles``); built with sentence weights, the number of
/// sentences (one per article for kinds without sentences). Path-based measures convert it to a
/// length (1/weight); see RelGraphAnalysis.
public struct Relation: Codable, Sendable, Hashable {
    /// The id of the endpoint with the smaller id.
    public var source: String
    /// The id of the endpoint with the larger id.
    public var target: String
    /// What links the two: co-mention, affiliation or headline.
    public var kind: RelationKind
    /// The tie strength; finite and > 0.
    public var weight: Double
    /// In how many distinct articles the two entities are related.
    public var articles: Int
    /// In how many sentences the two entities are co-mentioned.
    public var sentences: Int
    /// The tone of the supporting sentences.
    public var tone: ToneCounts
    /// A few supporting sentences, in article then sentence order (at most ``maxEvidence``).
    public var evidence: [Evidence]

    /// How many evidence references a relation keeps.
    public static let maxEvidence = 3

    /// Creates a relation, putting the endpoints in canonical order.
    public init(
        _ a: String, _ b: String, kind: RelationKind = .coMention, weight: Double, articles: Int = 1,
        sentences: Int = 0, tone: ToneCounts = .init(), evidence: [Evidence] = []
    ) {
        (source, target) = a < b ? (a, b) : (b, a)
        self.kind = kind
        self.weight = weight
        self.articles = articles
        self.sentences = sentences
        self.tone = tone
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey {
        case source, target, kind, weight, articles, sentences, tone, evidence
    }

    /// Decodes a relation; one without a `kind` (format version 1) is a co-mention.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        kind = try c.decodeIfPresent(RelationKind.self, forKey: .kind) ?? .coMention
        weight = try c.decode(Double.self, forKey: .weight)
        articles = try c.decode(Int.self, forKey: .articles)
        sentences = try c.decode(Int.self, forKey: .sentences)
        tone = try c.decode(ToneCounts.self, forKey: .tone)
        evidence = try c.decode([Evidence].self, forKey: .evidence)
    }
}
