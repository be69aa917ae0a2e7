import Foundation
import RelGraphAnalysis
import RelGraphCore

/// Draws ``RelGraphAnalysis/ActorTrends`` as a standalone SVG line chart: periods along the x
/// axis, PageRank or rank up the y axis, one line per shown actor.
///
/// ## Layout
/// A title on top; the plot area below it with y ticks, grid lines and the axis title on the
/// left and period labels underneath (at most ``Options/maxLabels``, every *k*-th period when
/// there are more); the legend (a line sample and the actor's name) on the right. Period *i* of
/// *p* is at x = *x*₀ + *i* (*x*₁ − *x*₀) / (*p* − 1) (the middle when *p* = 1), where *x*₀ and
/// *x*₁ are the plot's left and right edges.
///
/// ## Axes
/// - ``Axis/pagerank``: from 0 at the bottom to the smallest multiple of a 1–2–5 step (chosen
///   for about 5 ticks) at or above the largest PageRank shown.
/// - ``Axis/rank``: inverted, rank 1 at the top and the largest rank shown at the bottom.
///
/// ## Lines
/// Each actor is one `<path class="line">`, with a marker (`<circle>`) at every period where it
/// is present and a gap (a new `M` segment) where it is absent. Colours are the seven
/// Okabe–Ito colours of ``Palette/communityColors`` in order; lines 8–14 repeat them dashed.
/// Every marker has a `<title>` tooltip with the period, rank and PageRank.
///
/// ## Conventions
/// Text is escaped with `TextEscaping.xml`; coordinates have two decimals (`NumberText`); the
/// output depends only on the trends and the options.
public enum TrendChartSVG {
    /// What the y axis shows.
    public enum Axis: String, Sendable, CaseIterable {
        /// PageRank, 0 at the bottom.
        case pagerank
        /// Rank, 1 at the top.
        case rank
    }

    /// Size and content of the chart; every default is documented on its property.
    public struct Options: Sendable {
        /// What the y axis shows; PageRank by default.
        public var axis: Axis
        /// The width and height in pixels; 960 × 540 by default. At least 320 × 240 is drawn.
        public var width: Int, height: Int
        /// The most lines drawn, the first of ``RelGraphAnalysis/ActorTrends/actors``; 10 by default.
        public var maxLines: Int
        /// The most period labels under the x axis; 12 by default.
        public var maxLabels: Int
        /// The title, or `nil` (the default) for "Key actors by period" with the axis measure.
        public var title: String?

        /// Creates options.
        public init(
            axis: Axis = .pagerank, width: Int = 960, height: Int = 540, maxLines: Int = 10, maxLabels: Int = 12,
            title: String? = nil
        ) {
            self.axis = axis
            self.width = width
            self.height = height
            self.maxLines = maxLines
            self.maxLabels = maxLabels
            self.title = title
        }
    }

    /// Margins around the plot area: left (y labels and title), right (legend), top (title),
    /// bottom (x labels and title).
    static let margin = (left: 72.0, right: 220.0, top: 56.0, bottom: 64.0)
    /// The colour of grid lines: `#E0E0E0`.
    static let gridColor = Palette.unassigned.hex
    /// The colour of axis labels: `#333333`.
    static let textColor = "#333333"
    /// The font of every text.
    static let font = "Helvetica, Arial, sans-serif"
    /// The longest legend name, in characters, before it is cut with "…".
    static let legendNameLength = 26

    /// The chart as SVG text, ending in a newline.
    /// - Complexity: O(*a* · *p*), for *a* lines and *p* periods.
    public static func svg(_ trends: ActorTrends, options: Options = .init()) -> String {
        let width = Double(max(320, options.width)), height = Double(max(240, options.height))
        let plot = Plot(
            x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom,
            periods: trends.periods.count)
        let lines = Array(trends.actors.prefix(max(0, options.maxLines)))
        let scale = YScale(axis: options.axis, lines: lines)
        let title = options.title ?? "Key actors by period: \(options.axis == .rank ? "rank by PageRank" : "PageRank")"

        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out +=
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Int(width))" height="\#(Int(height))" "#
            + #"viewBox="0 0 \#(Int(width)) \#(Int(height))" font-family="\#(font)" font-size="12">"# + "\n"
        out += "  <title>\(TextEscaping.xml(title))</title>\n"
        out += #"  <rect width="100%" height="100%" fill="\#(RGBColor.white.hex)"/>"# + "\n"
        out +=
            #"  <text class="title" x="\#(n(width / 2))" y="30" text-anchor="middle" font-size="18" "#
            + #"font-weight="bold">\#(TextEscaping.xml(title))</text>"# + "\n"
        out += yAxis(scale, plot: plot)
        out += xAxis(trends, plot: plot, maxLabels: options.maxLabels)
        if lines.isEmpty || trends.periods.isEmpty {
            out +=
                #"  <text class="empty" x="\#(n((plot.x0 + plot.x1) / 2))" y="\#(n((plot.y0 + plot.y1) / 2))" "#
                + #"text-anchor="middle" fill="\#(Palette.outline.hex)">No actors to show</text>"# + "\n"
        }
        out += #"  <g class="lines" fill="none" stroke-width="2">"# + "\n"
        for (k, line) in lines.enumerated() {
            out += path(line, style: style(k), trends: trends, plot: plot, scale: scale)
        }
        out += "  </g>\n"
        out += legend(lines, trends: trends, x: plot.x1 + 24, y: plot.y0)
        return out + "</svg>\n"
    }

    /// The colour and dash pattern of line `k`.
    static func style(_ k: Int) -> (color: RGBColor, dash: String?) {
        let colors = Palette.communityColors
        return (colors[k % colors.count], (k / colors.count) % 2 == 1 ? "6 3" : nil)
    }

    /// The plot area and the x position of each period.
    struct Plot {
        let x0: Double, x1: Double, y0: Double, y1: Double, periods: Int
        func x(_ i: Int) -> Double {
            periods <= 1 ? (x0 + x1) / 2 : x0 + Double(i) * (x1 - x0) / Double(periods - 1)
        }
    }

    /// The y range and ticks of an axis.
    struct YScale {
        let axis: Axis
        /// The value at the bottom (PageRank) or the largest rank.
        let top: Double
        let ticks: [Double]
        let decimals: Int

        init(axis: Axis, lines: [ActorTrends.Line]) {
            self.axis = axis
            let scores = lines.flatMap { $0.scores.compactMap { $0 } }
            switch axis {
            case .pagerank:
                let largest = scores.map(\.pagerank).max() ?? 0
                let step = YScale.niceStep(largest > 0 ? largest / 5 : 0.2)
                let count = max(1, Int((largest / step - 1e-9).rounded(.up)))
                top = step * Double(count)
                ticks = (0...count).map { Double($0) * step }
                decimals = max(0, -Int(log10(step).rounded(.down)))
            case .rank:
                let largest = max(1, scores.map(\.rank).max() ?? 1)
                top = Double(largest)
                let step = max(1, Int(YScale.niceStep(Double(largest - 1) / 5)))
                ticks = [1] + stride(from: step, through: largest, by: step).filter { $0 > 1 }.map(Double.init)
                decimals = 0
            }
        }

        /// 1, 2 or 5 times a power of 10, the smallest at or above `raw` (1 for `raw` ≤ 0).
        static func niceStep(_ raw: Double) -> Double {
            guard raw > 0 else { return 1 }
            let magnitude = pow(10, log10(raw).rounded(.down))
            let f = raw / magnitude
            return (f <= 1 + 1e-9 ? 1 : f <= 2 + 1e-9 ? 2 : f <= 5 + 1e-9 ? 5 : 10) * magnitude
        }

        /// The y coordinate of `value` in `plot`.
        func y(_ value: Double, plot: Plot) -> Double {
            switch axis {
            case .pagerank: return plot.y1 - (top > 0 ? value / top : 0) * (plot.y1 - plot.y0)
            case .rank: return top <= 1 ? plot.y0 : plot.y0 + (value - 1) / (top - 1) * (plot.y1 - plot.y0)
            }
        }

        func value(_ score: ActorTrends.Score) -> Double {
            axis == .rank ? Double(score.rank) : score.pagerank
        }
    }

    private static func yAxis(_ scale: YScale, plot: Plot) -> String {
        var out = #"  <g class="y-axis" fill="\#(textColor)" font-size="11">"# + "\n"
        for t in scale.ticks {
            let y = n(scale.y(t, plot: plot))
            out +=
                #"    <line x1="\#(n(plot.x0))" y1="\#(y)" x2="\#(n(plot.x1))" y2="\#(y)" stroke="\#(gridColor)"/>"# + "\n"
            out +=
                #"    <text x="\#(n(plot.x0 - 8))" y="\#(y)" text-anchor="end" dominant-baseline="middle">"#
                + NumberText.fixed(t, scale.decimals) + "</text>\n"
        }
        out +=
            #"    <line x1="\#(n(plot.x0))" y1="\#(n(plot.y0))" x2="\#(n(plot.x0))" y2="\#(n(plot.y1))" stroke="\#(Palette.outline.hex)"/>"#
            + "\n"
        let title = scale.axis == .rank ? "Rank (1 = most central)" : "PageRank"
        let (cx, cy) = (n(plot.x0 - 52), n((plot.y0 + plot.y1) / 2))
        out +=
            #"    <text class="axis-title" x="\#(cx)" y="\#(cy)" text-anchor="middle" font-size="12" "#
            + #"transform="rotate(-90 \#(cx) \#(cy))">\#(title)</text>"# + "\n"
        return out + "  </g>\n"
    }

    private static func xAxis(_ trends: ActorTrends, plot: Plot, maxLabels: Int) -> String {
        var out = #"  <g class="x-axis" fill="\#(textColor)" font-size="11">"# + "\n"
        out +=
            #"    <line x1="\#(n(plot.x0))" y1="\#(n(plot.y1))" x2="\#(n(plot.x1))" y2="\#(n(plot.y1))" stroke="\#(Palette.outline.hex)"/>"#
            + "\n"
        let count = trends.periods.count
        let step = max(1, (count + max(1, maxLabels) - 1) / max(1, maxLabels))
        for (i, s) in trends.periods.enumerated() {
            let x = n(plot.x(i))
            out +=
                #"    <line x1="\#(x)" y1="\#(n(plot.y1))" x2="\#(x)" y2="\#(n(plot.y1 + 4))" stroke="\#(Palette.outline.hex)"/>"# + "\n"
            guard i % step == 0 else { continue }
            out +=
                #"    <text class="period" x="\#(x)" y="\#(n(plot.y1 + 18))" text-anchor="middle">"#
                + TextEscaping.xml(s.period.description) + "</text>\n"
        }
        let slice = trends.periods.first.map { " (\($0.period.slice.rawValue))" } ?? ""
        out +=
            #"    <text class="axis-title" x="\#(n((plot.x0 + plot.x1) / 2))" y="\#(n(plot.y1 + 44))" "#
            + #"text-anchor="middle" font-size="12">Period\#(slice)</text>"# + "\n"
        return out + "  </g>\n"
    }

    private static func path(
        _ line: ActorTrends.Line, style: (color: RGBColor, dash: String?), trends: ActorTrends, plot: Plot,
        scale: YScale
    ) -> String {
        let name = trends.entities[line.entity].name
        var d: [String] = []
        var markers = ""
        var previousPresent = false
        for (i, score) in line.scores.enumerated() {
            guard let score else {
                previousPresent = false
                continue
            }
            let (x, y) = (n(plot.x(i)), n(scale.y(scale.value(score), plot: plot)))
            d.append((previousPresent ? "L" : "M") + "\(x) \(y)")
            previousPresent = true
            let tip = "\(name), \(trends.periods[i].period): rank \(score.rank), PageRank \(NumberText.fixed(score.pagerank, 4))"
            markers +=
                #"      <circle cx="\#(x)" cy="\#(y)" r="3.5" fill="\#(style.color.hex)" stroke="none">"#
                + "<title>\(TextEscaping.xml(tip))</title></circle>\n"
        }
        let dash = style.dash.map { #" stroke-dasharray="\#($0)""# } ?? ""
        var out = #"    <g class="actor" data-entity="\#(TextEscaping.xml(trends.entities[line.entity].id))">"# + "\n"
        out +=
            #"      <path class="line" d="\#(d.joined(separator: " "))" stroke="\#(style.color.hex)"\#(dash)>"#
            + "<title>\(TextEscaping.xml(name))</title></path>\n"
        out += markers
        return out + "    </g>\n"
    }

    private static func legend(_ lines: [ActorTrends.Line], trends: ActorTrends, x: Double, y: Double) -> String {
        var out = #"  <g class="legend" font-size="12">"# + "\n"
        for (k, line) in lines.enumerated() {
            let (color, dash) = style(k)
            let name = trends.entities[line.entity].name
            let shown = name.count > legendNameLength ? String(name.prefix(legendNameLength - 1)) + "…" : name
            let cy = y + 8 + Double(k) * 20
            let dashAttribute = dash.map { #" stroke-dasharray="\#($0)""# } ?? ""
            out +=
                #"    <line x1="\#(n(x))" y1="\#(n(cy))" x2="\#(n(x + 24))" y2="\#(n(cy))" stroke="\#(color.hex)" "#
                + #"stroke-width="2"\#(dashAttribute)/>"# + "\n"
            out += #"    <circle cx="\#(n(x + 12))" cy="\#(n(cy))" r="3.5" fill="\#(color.hex)"/>"# + "\n"
            out +=
                #"    <text x="\#(n(x + 32))" y="\#(n(cy))" dominant-baseline="middle">\#(TextEscaping.xml(shown))"#
                + "<title>\(TextEscaping.xml(name))</title></text>\n"
        }
        return out + "  </g>\n"
    }

    /// A coordinate with two decimals.
    private static func n(_ x: Double) -> String { NumberText.fixed(x, 2) }
}
