import Foundation
import RelGraphAnalysis
import RelGraphCore
import Testing

@testable import RelGraphExport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The chart of ``TrendsSample``: parsed as XML, with one point placed by hand.
@Suite("Trend chart")
struct TrendChartSVGTests {
    static func parse(_ svg: String) throws -> XMLElement {
        let document = try XMLDocument(data: Data(svg.utf8), options: [])
        return try #require(document.rootElement())
    }

    /// The value of attribute `name` (`attribute(forName:)` finds none on Linux when the
    /// element is in a default namespace).
    static func attribute(_ name: String, of element: XMLElement?) -> String? {
        element?.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }

    static func elements(_ root: XMLElement, _ xpath: String) throws -> [XMLElement] {
        try root.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    @Test("Well-formed, one line per actor, legend, axis labels")
    func structure() throws {
        let t = TrendsSample.trends
        let svg = TrendChartSVG.svg(t)
        let root = try Self.parse(svg)
        #expect(root.name == "svg")
        #expect(Self.attribute("width", of: root) == "960")
        #expect(Self.attribute("height", of: root) == "540")
        let lines = try Self.elements(root, "//*[local-name()='path'][@class='line']")
        #expect(lines.count == t.actors.count)
        // B, C and A are present in January and March only: two separate points, no segment across February.
        #expect(Self.attribute("d", of: lines.first)?.filter { $0 == "M" }.count == 2)
        #expect(Self.attribute("stroke", of: lines.first) == "#E69F00")
        let legend = try Self.elements(root, "//*[local-name()='g'][@class='legend']/*[local-name()='text']")
        #expect(legend.map { $0.children?.first?.stringValue } == ["B", "C", "A", TrendsSample.hostile])
        let periods = try Self.elements(root, "//*[local-name()='text'][@class='period']").map(\.stringValue)
        #expect(periods == ["2020-01", "2020-02", "2020-03"])
        let titles = try Self.elements(root, "//*[local-name()='text'][@class='axis-title']").map(\.stringValue)
        #expect(titles == ["PageRank", "Period (month)"])
        let ticks = try Self.elements(root, "//*[local-name()='g'][@class='y-axis']/*[local-name()='text'][not(@class)]")
        #expect(ticks.map(\.stringValue) == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5"])
        #expect(svg.contains("D &amp; &lt;Co&gt; &quot;x&quot;"))
        #expect(TrendChartSVG.svg(t) == svg)
    }

    @Test("Points computed by hand")
    func points() throws {
        // Plot area: x from 72 to 960 − 220 = 740, y from 56 to 540 − 64 = 476.
        // Rank axis: ranks 1 (top, y = 56) to 4 (bottom, y = 476); B is 1st in January (x = 72)
        // and 2nd in March (x = 740, y = 56 + (2 − 1)/(4 − 1) · 420 = 196).
        let rank = try Self.parse(TrendChartSVG.svg(TrendsSample.trends, options: .init(axis: .rank)))
        let b = try #require(Self.elements(rank, "//*[local-name()='path'][@class='line']").first)
        #expect(Self.attribute("d", of: b) == "M72.00 56.00 M740.00 196.00")
        let ticks = try Self.elements(rank, "//*[local-name()='g'][@class='y-axis']/*[local-name()='text'][not(@class)]")
        #expect(ticks.map(\.stringValue) == ["1", "2", "3", "4"])
        // PageRank axis from 0 to 0.5: B's January PageRank 0.486486... is at
        // y = 476 − 0.486486.../0.5 · 420 = 67.35.
        let pr = try Self.parse(TrendChartSVG.svg(TrendsSample.trends))
        let marker = try #require(Self.elements(pr, "//*[local-name()='circle'][@cx='72.00']").first)
        #expect(Self.attribute("cy", of: marker) == "67.35")
    }

    @Test("Connected points, many periods, limits")
    func options() throws {
        let month = TimeSlice.month
        let periods = month.periods(from: month.period(of: "2019-01")!, through: month.period(of: "2022-12")!)
        let g = TrendsSample.graph([("A", "B", 1), ("B", "C", 2)])
        let trends = try ActorTrends(periods: periods.map { ($0, g) })
        let svg = TrendChartSVG.svg(trends, options: .init(width: 640, height: 400, maxLines: 2, title: "T <1>"))
        let root = try Self.parse(svg)
        #expect(Self.attribute("width", of: root) == "640")
        let lines = try Self.elements(root, "//*[local-name()='path'][@class='line']")
        #expect(lines.count == 2)
        #expect(Self.attribute("d", of: lines.first)?.filter { $0 == "L" }.count == 47)
        let labels = try Self.elements(root, "//*[local-name()='text'][@class='period']").map(\.stringValue)
        // 48 periods, at most 12 labels: every 4th.
        #expect(labels.count == 12)
        #expect(labels.prefix(2) == ["2019-01", "2019-05"])
        #expect(svg.contains("<title>T &lt;1&gt;</title>"))
        #expect(try Self.elements(root, "//*[local-name()='circle']").count == 48 * 2 + 2)
    }

    @Test("Eighth line onwards is dashed")
    func styles() {
        #expect(TrendChartSVG.style(0).dash == nil)
        #expect(TrendChartSVG.style(7).color == TrendChartSVG.style(0).color)
        #expect(TrendChartSVG.style(7).dash == "6 3")
    }

    @Test("No periods: an empty chart that still parses")
    func empty() throws {
        let root = try Self.parse(TrendChartSVG.svg(try ActorTrends(periods: [])))
        #expect(try Self.elements(root, "//*[local-name()='path']").isEmpty)
        #expect(try Self.elements(root, "//*[local-name()='text'][@class='empty']").count == 1)
    }
}
