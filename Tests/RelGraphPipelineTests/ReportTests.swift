import Foundation
import GraphTestSupport
import RelGraphAnalysis
import RelGraphCore
import RelGraphExport
import RelGraphPipeline
import Testing

/// Headless Chromium (Debian package `chromium`), found once.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// A graph whose names and sentences try to break out of HTML.
/// Notes a test does not read.
nonisolated(unsafe) var ignored: [String] = []

enum HostileGraph {
    static let name = "<script>alert('x')</script> & \"Q\""
    static var graph: EntityGraph {
        try! EntityGraph(
            entities: [
                Entity(kind: .person, name: "Antony Blinken", affiliation: "USA", mentions: 3),
                Entity(kind: .person, name: "Yang Jiechi", affiliation: "CHN", mentions: 2),
                Entity(kind: .country, name: "China", iso3: "CHN", mentions: 5),
                Entity(kind: .country, name: "United States", iso3: "USA", mentions: 5),
                Entity(kind: .organization, name: name),
            ],
            relations: [
                Relation(
                    "person:Antony Blinken", "person:Yang Jiechi", weight: 3, sentences: 3,
                    tone: ToneCounts(conflict: 2, neutral: 1),
                    evidence: [Evidence(article: "a1", sentence: 1, text: "Blinken met Yang </script><b>in Anchorage</b>.")]),
                Relation("country:CHN", "country:USA", weight: 4, tone: ToneCounts(conflict: 3)),
                Relation("person:Antony Blinken", "country:USA", weight: 2),
                Relation("person:Yang Jiechi", "country:CHN", weight: 2),
                Relation(
                    "organization:\(name)", "country:USA", weight: 1,
                    evidence: [Evidence(article: "a1", sentence: 2, text: "\u{2028}<img src=x onerror=alert(1)>")]),
            ],
            articles: [ArticleInfo(id: "a1", title: "Talks <in> Alaska", date: "2021-03-18")])
    }
}

@Suite struct ReportTests {
    @Test func everyTextIsEscaped() throws {
        let html = try Pipeline.report(HostileGraph.graph, title: "T <b>", notes: &ignored)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>in Anchorage"))
        #expect(html.contains("<title>T &lt;b&gt;</title>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot;"))
        // Exactly the two scripts the report writes: the data and the code.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(html.contains(#"id="actor-table""#))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
    }

    /// Everything the report writes itself is deterministic. The SVG is Graphviz's: inside one
    /// long-lived process its layout of a graph with fallback fonts (emoji, CJK) can change after
    /// other renders, so both reports embed the same SVG (each CLI run is a fresh process, and
    /// repeated runs give identical files).
    @Test func reportIsDeterministic() throws {
        let graph = HostileGraph.graph
        func make(_ svg: String) throws -> [Substring] {
            let actors = try KeyActors(graph: LabeledGraph(graph))
            let diagram = try DiagramFilter().diagram(of: graph, actors: actors)
            return HTMLReportEncoder.html(title: "T", graph: graph, actors: actors, diagram: diagram.graph, svg: svg)
                .split(separator: "\n", omittingEmptySubsequences: false)
        }
        let svg = #"<svg width="10pt" height="10pt"><g id="graph0"></g></svg>"#
        let a = try make(svg)
        let b = try make(svg)
        let first = zip(a, b).first { $0 != $1 }
        #expect(a.count == b.count && first == nil, "first difference: \(String(describing: first))")
    }

    @Test(.enabled(if: Chromium.path != nil, "needs chromium (apt-get install chromium)"))
    func headlessChromiumRendersIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rg-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        try Data(try Pipeline.report(HostileGraph.graph, title: "Report", notes: &ignored).utf8).write(to: page)
        func chromium(_ args: [String]) throws -> (out: String, err: String) {
            let r = try TestProcess.run(
                URL(fileURLWithPath: Chromium.path!),
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(dir.path)/profile",
                    "--enable-logging=stderr", "--v=0", "--window-size=1200,900",
                ] + args + [page.absoluteString])
            return (r.stdout, r.stderr)
        }
        let shot = dir.appendingPathComponent("shot.png")
        let a = try chromium(["--screenshot=\(shot.path)"])
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 10_000, "screenshot is nearly empty")
        let b = try chromium(["--dump-dom"])
        #expect(b.out.contains(#"data-ready="1""#), "the report's script did not finish")
        #expect(b.out.contains(#"id="actor-table""#))
        #expect(b.out.contains("Yang Jiechi"))
        for log in [a.err, b.err] {
            let console = log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
            #expect(console.isEmpty, "console messages: \(console)")
        }
    }
}
