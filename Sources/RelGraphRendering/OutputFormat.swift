/// A file format ``Graphviz`` renders to.
///
/// SVG comes from Graphviz's core SVG renderer; PNG and PDF from its cairo (pango) plugin, which
/// draws every script that an installed font covers (install a CJK font such as
/// `fonts-wqy-microhei` for Chinese, Japanese and Korean labels).
public enum OutputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Scalable Vector Graphics (text), with tooltips as `<title>` elements.
    case svg
    /// Portable Network Graphics (binary), 96 dpi.
    case png
    /// Portable Document Format (binary).
    case pdf

    /// The format a file name extension stands for, ignoring case and a leading dot
    /// (`"svg"`, `".PNG"`); `nil` for anything else.
    public init?(pathExtension: String) {
        var ext = pathExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        self.init(rawValue: ext)
    }

    /// The file name extension, without a dot.
    public var pathExtension: String { rawValue }

    /// The Graphviz device, pinned to a renderer: `png` and `pdf` go through cairo because the
    /// gd renderer draws 4-bit PNGs without glyph fallback.
    var device: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }

    /// The format name, as Graphviz spells it.
    public var description: String { rawValue }
}
