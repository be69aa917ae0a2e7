import Foundation
import RelGraphCore

/// An opaque sRGB colour with 8 bits per channel.
public struct RGBColor: Sendable, Hashable, CustomStringConvertible {
    /// The red channel.
    public var red: UInt8
    /// The green channel.
    public var green: UInt8
    /// The blue channel.
    public var blue: UInt8

    /// Creates a colour from its channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a 24-bit value such as `0xE69F00`.
    public init(_ hex: UInt32) {
        self.init(
            red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF)
        )
    }

    /// `#RRGGBB` in upper case, as DOT, SVG and GEXF accept it.
    public var hex: String {
        String(unsafeUninitializedCapacity: 7) { out in
            // '0'…'9' then 'A'…'F'.
            let digit = { (v: UInt8) -> UInt8 in v < 10 ? 0x30 + v : 0x37 + v }
            out[0] = 0x23
            out[1] = digit(red >> 4)
            out[2] = digit(red & 0xF)
            out[3] = digit(green >> 4)
            out[4] = digit(green & 0xF)
            out[5] = digit(blue >> 4)
            out[6] = digit(blue & 0xF)
            return 7
        }
    }

    /// The colour as `#RRGGBB`.
    public var description: String { hex }

    /// This colour mixed with white: `amount` 0 leaves it unchanged, 1 gives white.
    public func tinted(_ amount: Double) -> RGBColor {
        let t = min(max(amount, 0), 1)
        func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) + (255 - Double(c)) * t).rounded()) }
        return RGBColor(red: mix(red), green: mix(green), blue: mix(blue))
    }

    /// The WCAG 2.1 relative luminance, from 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2.1 contrast ratio between this colour and `other`, from 1 to 21.
    public func contrastRatio(with other: RGBColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever has the higher contrast on this colour (black on a tie).
    public var contrastingText: RGBColor {
        contrastRatio(with: .black) >= contrastRatio(with: .white) ? .black : .white
    }

    /// `#000000`.
    public static let black = RGBColor(0x000000)
    /// `#FFFFFF`.
    public static let white = RGBColor(0xFFFFFF)
}

/// The colours of RelGraph's drawings, chosen to stay distinguishable with colour-vision
/// deficiencies.
///
/// Communities and tones both come from the Okabe–Ito palette (Okabe, Masataka, and Kei Ito.
/// "Color Universal Design (CUD): How to Make Figures and Presentations That Are Friendly to
/// Colorblind People." 2002/2008. https://jfly.uni-koeln.de/color/). Its eighth colour, black,
/// is not used as a fill; its grey stands for "neutral".
///
/// ## Conventions
/// - Community *c* ≥ 0 gets ``communityColors``[*c* mod 7], mixed with white by 0 %, 45 % and
///   70 % for *c* in 0–6, 7–13 and 14–20; from 21 on the cycle repeats, so colours are a hint,
///   not an identity (clusters carry the community number as a label).
/// - A node without a community is ``unassigned`` (light grey).
/// - Text on a fill is black or white, whichever contrasts more (``RGBColor/contrastingText``).
public enum Palette {
    /// The seven chromatic Okabe–Ito colours, in their published order: orange, sky blue,
    /// bluish green, yellow, blue, vermillion, reddish purple.
    public static let communityColors: [RGBColor] = [
        RGBColor(0xE69F00), RGBColor(0x56B4E9), RGBColor(0x009E73), RGBColor(0xF0E442),
        RGBColor(0x0072B2), RGBColor(0xD55E00), RGBColor(0xCC79A7),
    ]

    /// How much each successive round of ``communityColors`` is mixed with white.
    public static let tintLevels: [Double] = [0, 0.45, 0.7]

    /// The fill of a node that belongs to no community: `#E0E0E0`.
    public static let unassigned = RGBColor(0xE0E0E0)

    /// The outline of nodes and clusters: `#4D4D4D`.
    public static let outline = RGBColor(0x4D4D4D)

    /// The fill colour of community `community`, or ``unassigned`` for `nil` or a negative value.
    ///
    /// ```swift
    /// Palette.community(0).hex   // "#E69F00"
    /// Palette.community(7).hex   // "#F1CA73" (orange, 45 % lighter)
    /// ```
    public static func community(_ community: Int?) -> RGBColor {
        guard let c = community, c >= 0 else { return unassigned }
        let base = communityColors[c % communityColors.count]
        let round = (c / communityColors.count) % tintLevels.count
        return base.tinted(tintLevels[round])
    }

    /// The edge colour of a tone: Okabe–Ito bluish green for cooperation, vermillion for
    /// conflict and grey for neutral.
    public static func tone(_ tone: Tone) -> RGBColor {
        switch tone {
        case .cooperation: RGBColor(0x009E73)
        case .conflict: RGBColor(0xD55E00)
        case .neutral: RGBColor(0x999999)
        }
    }
}
