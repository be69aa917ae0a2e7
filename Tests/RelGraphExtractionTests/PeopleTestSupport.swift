import RelGraphCore

@testable import RelGraphExtraction

/// One bundled extractor for the people and affiliation tests, and the sorted names of the
/// people it finds in a text.
enum PeopleTestSupport {
    static let extractor = try! Extractor()

    /// The sorted names of the people of `text`, read as one article.
    static func people(_ text: String) -> [String] {
        extractor.extract(Article(id: "p", text: text)).entities.filter { $0.kind == .person }.map(\.name).sorted()
    }
}
