import FuzzSupport
import RelGraphCore

@testable import RelGraphExtraction

/// The whole extractor (cleaning, tokens, sentences, countries, people, issues, relations and
/// their tone) on any text, read as a plain-text article.
///
/// Properties: the same text gives the same JSON line twice; entity ids are unique; every
/// relation joins two distinct entities of the article; the graph of the article passes
/// ``RelGraphCore/WeightedGraph`` invariants.
let extractor: Extractor = {
    do { return try Extractor() } catch { fatalError("the built-in lexicon does not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: FuzzCheck.bytes(data, size), as: UTF8.self)
    guard let article = ArticleReader.parseText(text, id: "fuzz", origin: "fuzz.txt") else { return 0 }
    let x = extractor.extract(article)
    FuzzCheck.require(x.jsonLine() == extractor.extract(article).jsonLine(), "extraction is not deterministic")
    let ids = Set(x.entities.map(\.id))
    FuzzCheck.require(ids.count == x.entities.count, "repeated entity ids")
    for r in x.relations {
        FuzzCheck.require(r.source != r.target, "self-loop on \(r.source)")
        FuzzCheck.require(ids.contains(r.source) && ids.contains(r.target), "relation to an unknown entity")
    }
    let graph = Extractor.graph(from: [x])
    if let violation = graph.weightedGraph().invariantViolation() {
        FuzzCheck.require(false, violation)
    }
    return 0
}
