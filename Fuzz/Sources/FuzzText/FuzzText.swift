import FuzzSupport

@testable import RelGraphExtraction

/// Cleaning, the tokenizer and the sentence splitter on any bytes.
///
/// Properties: tokens are non-empty, in order, do not overlap and lie inside the cleaned text,
/// and each token's text is the text between its offsets; sentences cover the tokens in order
/// without gaps, none longer than ``SentenceSplitter/maxTokens``.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: FuzzCheck.bytes(data, size), as: UTF8.self)
    let cleaned = TextCleaner.clean(text)
    let utf8 = Array(cleaned.utf8)
    let tokens = Tokenizer.tokenize(cleaned)
    var end = 0
    for t in tokens {
        FuzzCheck.require(t.start >= end && t.start < t.end && t.end <= utf8.count, "token \(t) out of order")
        end = t.end
    }
    let sentences = SentenceSplitter.split(tokens)
    var next = 0
    for s in sentences {
        FuzzCheck.require(s.lowerBound == next && !s.isEmpty, "sentence \(s) after \(next)")
        FuzzCheck.require(s.count <= SentenceSplitter.maxTokens, "sentence of \(s.count) tokens")
        next = s.upperBound
    }
    FuzzCheck.require(next == tokens.count, "sentences end at \(next) of \(tokens.count) tokens")
    return 0
}
