import Foundation
import RelGraphCore

/// How RelGraph maps entities and relations to visual attributes: shape by kind, size by
/// importance, pen width by weight, colours by community and tone (``Palette``).
///
/// The mapping is independent of the DOT syntax, so other exporters (GraphML, GEXF) can share it.
///
/// ## Conventions
/// - **Size.** A node's importance *x* (PageRank, for example) becomes a scale
///   *s* = √(*x* / *x*ₘₐₓ) in [0, 1], where *x*ₘₐₓ is the largest importance in the graph;
///   negative and non-finite values count as 0. The square root makes a node's *area* grow
///   roughly linearly with importance. Font size, minimum width and minimum height then run
///   linearly from their minimum (*s* = 0) to their maximum (*s* = 1). Without importance values
///   nodes keep ``defaultFontSize`` and Graphviz's default size.
/// - **Pen width.** An edge of weight *w* is drawn 1 + log₂ *w* points wide, capped at
///   ``maxPenWidth`` (8, reached at *w* = 128); weights below 1 draw 1 point wide.
/// - **Labels.** A country shows its name; a person with an affiliation shows
///   "Name (ISO)", e.g. "Antony Blinken (USA)", so that same-named people stay apart and the
///   drawing shows who speaks for whom, and "Name (ISO?)" when the affiliation is a guess
///   (``RelGraphCore/AffiliationSource/guess``); other entities show their name.
public enum DOTStyle {
    /// The border width of a highlighted (focus) node, in points: 3.5.
    static let highlightPenWidth = 3.5

    /// The font of every label: `Helvetica` (fontconfig substitutes a sans-serif font; CJK and
    /// Arabic fall back to any installed font that covers them).
    public static let fontName = "Helvetica"
    /// The font size of nodes when no importance is given: 14 points (Graphviz's default).
    public static let defaultFontSize = 14.0
    /// The font size of the least important node: 10 points.
    public static let minFontSize = 10.0
    /// The font size of the most important node: 24 points.
    public static let maxFontSize = 24.0
    /// The minimum node width at importance 0 and 1, in inches.
    public static let widthRange = 0.6...1.8
    /// The minimum node height at importance 0 and 1, in inches.
    public static let heightRange = 0.4...1.0
    /// The widest edge, in points.
    public static let maxPenWidth = 8.0
    /// The longest evidence sentence quoted in an edge tooltip, in characters.
    public static let maxEvidenceLength = 200

    /// A Graphviz node shape and style.
    public struct NodeShape: Sendable, Hashable {
        /// The `shape` attribute (`ellipse`, `box`, `hexagon`, `component`, `circle`).
        public var shape: String
        /// The `style` attribute (`filled`, or `rounded,filled` for boxes).
        public var style: String
    }

    /// The shape of an entity kind: person = ellipse, country = rounded box, issue = hexagon,
    /// organisation = component (a box with two small tabs), other = circle.
    public static func shape(for kind: EntityKind) -> NodeShape {
        switch kind {
        case .person: NodeShape(shape: "ellipse", style: "filled")
        case .country: NodeShape(shape: "box", style: "rounded,filled")
        case .issue: NodeShape(shape: "hexagon", style: "filled")
        case .organization: NodeShape(shape: "component", style: "filled")
        case .other: NodeShape(shape: "circle", style: "filled")
        }
    }

    /// The size scale of a node, √(`importance` / `maxImportance`) clamped to [0, 1]; 0 when
    /// either value is not positive and finite.
    public static func scale(importance: Double, maxImportance: Double) -> Double {
        guard importance.isFinite, importance > 0, maxImportance.isFinite, maxImportance > 0 else {
            return 0
        }
        return min(1, (importance / maxImportance).squareRoot())
    }

    /// The largest finite, positive value of `importance`, or 0.
    public static func maxImportance(_ importance: [Double]) -> Double {
        importance.reduce(0) { $1.isFinite ? max($0, $1) : $0 }
    }

    /// The font size for a size scale in [0, 1], in whole points: ``minFontSize`` at 0 and
    /// ``maxFontSize`` at 1, non-decreasing, within half a point of the linear scale.
    ///
    /// Whole points because a renderer finds and loads a font for every distinct size: Graphviz
    /// asks pango and fontconfig once per size, about 1 ms each, so the diagram of a 1 MB
    /// corpus took 145 ms to render with its 58 sizes and 90 ms with 9 (`relgraph render`,
    /// medians of 10).
    public static func fontSize(scale: Double) -> Double {
        interpolate(minFontSize...maxFontSize, scale).rounded()
    }

    /// The minimum node width in inches for a size scale in [0, 1]; monotonically increasing.
    public static func width(scale: Double) -> Double { interpolate(widthRange, scale) }

    /// The minimum node height in inches for a size scale in [0, 1]; monotonically increasing.
    public static func height(scale: Double) -> Double { interpolate(heightRange, scale) }

    /// The pen width of an edge of tie strength `weight`: 1 + log₂ `weight`, between 1 and
    /// ``maxPenWidth``; non-decreasing in `weight`.
    ///
    /// ```swift
    /// DOTStyle.penWidth(weight: 1)     // 1
    /// DOTStyle.penWidth(weight: 4)     // 3
    /// DOTStyle.penWidth(weight: 1000)  // 8
    /// ```
    public static func penWidth(weight: Double) -> Double {
        guard weight.isFinite else { return weight > 0 ? maxPenWidth : 1 }
        guard weight > 1 else { return 1 }
        return min(maxPenWidth, 1 + log2(weight))
    }

    /// The label of an entity (see the type's conventions), cut to `maxLength` characters.
    /// A person's "(ISO)" suffix is kept whole when the name has to be cut.
    public static func label(for entity: Entity, maxLength: Int) -> String {
        guard entity.kind == .person, let code = entity.affiliation, !code.isEmpty else {
            return truncated(entity.name, to: maxLength)
        }
        let suffix = " (\(code)\(entity.affiliationSource == .guess ? "?" : ""))"
        if maxLength >= 2, suffix.count + 2 > maxLength {
            return truncated(entity.name + suffix, to: maxLength)
        }
        return truncated(entity.name, to: maxLength < 2 ? maxLength : maxLength - suffix.count)
            + suffix
    }

    /// `text` cut to at most `maxLength` characters, the last being "…" when something was cut
    /// (trailing spaces before it are dropped). A `maxLength` below 2 means no limit.
    public static func truncated(_ text: String, to maxLength: Int) -> String {
        guard maxLength >= 2, text.count > maxLength else { return text }
        var head = text.prefix(maxLength - 1)
        while head.last?.isWhitespace == true { head.removeLast() }
        return head + "…"
    }

    private static func interpolate(_ range: ClosedRange<Double>, _ t: Double) -> Double {
        let t = t.isFinite ? min(max(t, 0), 1) : 0
        return range.lowerBound + (range.upperBound - range.lowerBound) * t
    }
}
