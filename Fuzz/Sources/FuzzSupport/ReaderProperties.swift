import Foundation

@testable import RelGraphExtraction

/// What every article reader must do with any bytes.
public enum ReaderProperties {
    /// The path the fuzzed bytes pretend to come from.
    public static let path = "fuzz/input.data"
    /// A small article limit, so that cutting is exercised.
    public static let maxArticleBytes = 4_096

    /// Reads `data` as `format`, leniently and strictly, and checks: every problem names the
    /// file; no article is longer than the limit; every article has an id; a strict read keeps
    /// no problem list and stops at most at the first problem the lenient read saw.
    public static func check(_ data: Data, format: InputFormat) {
        let source = ArticleReader.Source(path: path, base: "input")
        var lenient = ArticleReader.Sink(
            for: ArticleReader(strict: false, format: format, maxArticleBytes: maxArticleBytes))
        ArticleReader(strict: false, format: format, maxArticleBytes: maxArticleBytes)
            .read(data, format: format, source: source, into: &lenient)
        for problem in lenient.result.problems {
            FuzzCheck.require(problem.description.contains(path), "problem without the file: \(problem)")
        }
        for article in lenient.result.articles {
            FuzzCheck.require(article.text.utf8.count <= maxArticleBytes, "article of \(article.text.utf8.count) bytes")
            FuzzCheck.require(!article.id.isEmpty, "article without id")
        }
        let strictReader = ArticleReader(strict: true, format: format, maxArticleBytes: maxArticleBytes)
        var strict = ArticleReader.Sink(for: strictReader)
        strictReader.read(data, format: format, source: source, into: &strict)
        FuzzCheck.require(strict.result.problems.isEmpty, "a strict read listed problems")
        FuzzCheck.require(
            (strict.stopped == nil) == lenient.result.problems.isEmpty,
            "strict stop \(String(describing: strict.stopped)) against \(lenient.result.problems.count) problems")
    }
}
