/// The event frames of the predicates that link two actors, and their tone.
///
/// Definition: a *frame* is the kind of event a predicate reports, after the families of
/// frame-semantic event coding (CAMEO, Schrodt 2012, "CAMEO Conflict and Mediation Event
/// Observations Event and Actor Codebook"; PLOVER, its successor; Gerner et al. 2002,
/// "Conflict and Mediation Event Observations (CAMEO): A New Event Data Framework for the
/// Analysis of Foreign Policy Interactions"). Each family has a tone:
/// - cooperation: `appeal` (encourage, urge, call on; CAMEO 02), `consult` (meet, visit,
///   host, welcome, hold talks; 04), `praise`
///   (praise, congratulate, thank, endorse; 051), `cooperate` (agree, sign, ally, ratify;
///   03, 05, 06), `support` (support, back, stand by, mourn with; 05), `aid` (aid, help,
///   donate, pledge; 07), `yield` (appoint, nominate, pardon, mediate, apologise; 08);
/// - conflict: `disapprove` (accuse, condemn, criticise, sue, mock; 11), `reject` (reject,
///   refuse, deny, veto, oppose; 12), `demand` (demand, pressure; 10), `threaten` (threaten,
///   warn; 13), `protest` (protest, boycott; 14), `reduce` (expel, sanction, ban, embargo,
///   suspend; 16), `coerce` (arrest, detain, impeach, prosecute, oust, fire; 17), `assault`
///   (attack, strike, kill, bomb, invade, fight, defeat; 18–20), and `contest` (against, ran
///   against, beat, lost to, challenge, rival: the opposition of candidates and parties, which
///   CAMEO leaves to domestic coding and analysts read as conflict).
///
/// Conventions: the frames are the lists ``WordLists/cooperationFrames`` and
/// ``WordLists/conflictFrames`` of `words.json`, one `family:cue` string an entry, the cue
/// written as a ``CueIndex`` cue (a stem matched by prefix, `$` for a whole word). A frame is a
/// predicate: it outranks the context cues of ``ToneLexicon`` (nouns and set phrases such as
/// "deal", "war", "treaty"), so "rejected the deal" is a rejection, not a deal. A word that no
/// family lists is no frame: the tone then falls back as ``ClauseTone`` describes.
///
/// - Complexity: the indexes are built once per process, O(*c*) for *c* cues.
enum ToneFrame {
    /// The tone families, in the order of `words.json`: `(family, cue)` pairs.
    static let cooperationFamilies: [(family: String, cue: String)] = parse(WordLists.shared.cooperationFrames)
    /// Conflict families, as ``cooperationFamilies``.
    static let conflictFamilies: [(family: String, cue: String)] = parse(WordLists.shared.conflictFrames)

    /// Splits `family:cue` entries; an entry without a family is in family `other`.
    static func parse(_ entries: [String]) -> [(family: String, cue: String)] {
        entries.map { e in
            guard let colon = e.firstIndex(of: ":") else { return ("other", e) }
            return (String(e[..<colon]), String(e[e.index(after: colon)...]))
        }
    }
}
