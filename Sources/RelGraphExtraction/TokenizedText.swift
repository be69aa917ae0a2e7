/// The tokens of one text and, position by position, what the extractor looks up about them.
///
/// ## Conventions
/// - All arrays have one element per token (index *i* is token *i*), except that only
///   ``tokens`` is filled by ``Tokenizer/tokenize(_:)``.
/// - ``texts``[*i*] is `tokens[i].text`; ``lowers``[*i*] is `Tokenizer.lowercased(texts[i])`
///   (the same string when it has no capitals).
/// - ``ids``[*i*] is `vocab.id(texts[i])` and ``lowerIds``[*i*] is `vocab.id(lowers[i])`, for the
///   ``Vocabulary`` given to ``Tokenizer/tokenize(_:vocab:)``.
/// - ``hasHyphen``[*i*] tells whether the UTF-8 of `texts[i]` holds a `-` byte.
///
/// - Complexity: built in O(*L*) for a text of *L* bytes (one hash lookup per token, two for a
///   token with capitals).
struct TokenizedText {
    var tokens: [Token] = []
    var texts: [String] = []
    var lowers: [String] = []
    var ids: [Int32] = []
    var lowerIds: [Int32] = []
    var hasHyphen: [Bool] = []
}
