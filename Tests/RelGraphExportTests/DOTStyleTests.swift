import Foundation
import RelGraphCore
import RelGraphRendering
import Testing

@testable import RelGraphExport

@Suite struct DOTStyleTests {
    @Test func guessedAffiliationsAreLabelledAsGuesses() {
        let stated = Entity(kind: .person, name: "Ana Ruiz", affiliation: "PER", affiliationSource: .text)
        let guessed = Entity(kind: .person, name: "Ana Ruiz", affiliation: "PER", affiliationSource: .guess)
        #expect(DOTStyle.label(for: stated, maxLength: 40) == "Ana Ruiz (PER)")
        #expect(DOTStyle.label(for: guessed, maxLength: 40) == "Ana Ruiz (PER?)")
    }

    // MARK: Size by importance

    @Test func scaleIsTheSquareRootOfTheShareOfTheMaximum() {
        #expect(DOTStyle.scale(importance: 1, maxImportance: 1) == 1)
        #expect(DOTStyle.scale(importance: 0.25, maxImportance: 1) == 0.5)
        #expect(DOTStyle.scale(importance: 0, maxImportance: 1) == 0)
        #expect(DOTStyle.scale(importance: -3, maxImportance: 1) == 0)
        #expect(DOTStyle.scale(importance: .nan, maxImportance: 1) == 0)
        #expect(DOTStyle.scale(importance: 1, maxImportance: 0) == 0)
        #expect(DOTStyle.maxImportance([0.1, .infinity, 0.3, .nan, -1]) == 0.3)
    }

    @Test func sizesGrowWithImportance() {
        let importances = stride(from: 0.0, through: 1.0, by: 0.05).map { $0 }
        let scales = importances.map { DOTStyle.scale(importance: $0, maxImportance: 1) }
        for (a, b) in zip(scales, scales.dropFirst()) {
            #expect(a < b)
            #expect(DOTStyle.fontSize(scale: a) <= DOTStyle.fontSize(scale: b))
            #expect(DOTStyle.width(scale: a) < DOTStyle.width(scale: b))
            #expect(DOTStyle.height(scale: a) < DOTStyle.height(scale: b))
        }
        #expect(DOTStyle.fontSize(scale: 0) == DOTStyle.minFontSize)
        #expect(DOTStyle.fontSize(scale: 1) == DOTStyle.maxFontSize)
    }

    /// Whole points, each within half a point of the linear scale, so that a diagram has at
    /// most 15 sizes for its renderer to load.
    @Test func fontSizesAreWholePointsNearTheLinearScale() {
        let scales = stride(from: 0.0, through: 1.0, by: 0.001).map { $0 }
        let sizes = scales.map { DOTStyle.fontSize(scale: $0) }
        for (scale, size) in zip(scales, sizes) {
            #expect(size == size.rounded())
            let linear = DOTStyle.minFontSize + scale * (DOTStyle.maxFontSize - DOTStyle.minFontSize)
            #expect(abs(size - linear) <= 0.5)
        }
        #expect(Set(sizes).count == Int(DOTStyle.maxFontSize - DOTStyle.minFontSize) + 1)
    }

    @Test func encodedNodeSizesFollowImportance() throws {
        let entities = (0..<6).map { Entity(kind: .person, name: "P\($0)") }
        let graph = try EntityGraph(entities: entities, relations: [])
        let importance = [0.30, 0.01, 0.12, 0.0, 0.07, 0.2]  // by index: P0…P5
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(
                graph, importance: importance, options: DOTOptions(legend: false)))
        func value(_ i: Int, _ key: String) throws -> Double {
            try #require(parsed.nodeAttributes["n\(i)"]?[key].flatMap { Double($0) })
        }
        let order = importance.indices.sorted { importance[$0] < importance[$1] }
        for (a, b) in zip(order, order.dropFirst()) {
            #expect(try value(a, "fontsize") < value(b, "fontsize"))
            #expect(try value(a, "width") < value(b, "width"))
            #expect(try value(a, "height") < value(b, "height"))
        }
        #expect(try value(0, "fontsize") == DOTStyle.maxFontSize)
        #expect(try value(3, "fontsize") == DOTStyle.minFontSize)
    }

    @Test func withoutImportanceNodesKeepTheDefaultSize() throws {
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(SampleGraph.graph, options: DOTOptions(legend: false)))
        for attributes in parsed.nodeAttributes.values {
            #expect(attributes["fontsize"] == "14.00")
            #expect(attributes["width"] == nil)
        }
    }

    // MARK: Pen width by weight

    @Test(arguments: [
        (0.5, 1.0), (1.0, 1.0), (2.0, 2.0), (4.0, 3.0), (128.0, 8.0), (1000.0, 8.0),
        (Double.infinity, 8.0),
    ])
    func penWidthIsOnePlusLog2WeightCapped(_ weight: Double, _ expected: Double) {
        #expect(DOTStyle.penWidth(weight: weight) == expected)
    }

    @Test func penWidthNeverDecreasesWithWeight() {
        let weights = stride(from: 0.1, through: 500, by: 0.7).map { $0 }
        let widths = weights.map(DOTStyle.penWidth)
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(widths.allSatisfy { (1...DOTStyle.maxPenWidth).contains($0) })
    }

    @Test func encodedPenWidthsFollowWeight() throws {
        let entities = (0..<6).map { Entity(kind: .country, name: "C\($0)", iso3: "C\($0)") }
        let weights = [7.0, 1.0, 300.0, 2.5, 2.0]
        let relations = weights.enumerated().map {
            Relation("country:C0", "country:C\($0.offset + 1)", weight: $0.element)
        }
        let graph = try EntityGraph(entities: entities, relations: relations)
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(graph, options: DOTOptions(legend: false)))
        var widthByWeight: [(Double, Double)] = []
        for (i, weight) in weights.enumerated() {
            let edge = try #require(parsed.edges.first { $0.head == "n\(i + 1)" })
            widthByWeight.append(
                (weight, try #require(edge.attributes["penwidth"].flatMap { Double($0) })))
        }
        widthByWeight.sort { $0.0 < $1.0 }
        #expect(zip(widthByWeight, widthByWeight.dropFirst()).allSatisfy { $0.1 <= $1.1 })
    }

    // MARK: Colours

    @Test func communityColoursComeFromOkabeIto() {
        #expect(Palette.community(0).hex == "#E69F00")
        #expect(Palette.community(4).hex == "#0072B2")
        #expect(Palette.community(6).hex == "#CC79A7")
        #expect(Palette.community(7).hex == "#F1CA73")
        #expect(Palette.community(21) == Palette.community(0))
        #expect(Palette.community(nil).hex == "#E0E0E0")
        #expect(Palette.community(-1) == Palette.unassigned)
        #expect(Set((0..<21).map { Palette.community($0) }).count == 21)
    }

    @Test func toneColours() {
        #expect(Palette.tone(.cooperation).hex == "#009E73")
        #expect(Palette.tone(.conflict).hex == "#D55E00")
        #expect(Palette.tone(.neutral).hex == "#999999")
    }

    @Test func textContrastsWithItsFill() {
        #expect(RGBColor(0x0072B2).contrastingText == .white)
        #expect(RGBColor(0xF0E442).contrastingText == .black)
        #expect(Palette.unassigned.contrastingText == .black)
        for c in 0..<21 {
            let fill = Palette.community(c)
            #expect(fill.contrastRatio(with: fill.contrastingText) >= 4.5, "community \(c) \(fill)")
        }
        #expect(abs(RGBColor.black.contrastRatio(with: .white) - 21) < 1e-9)
    }

    @Test func encodedFillsFollowCommunities() throws {
        let graph = SampleGraph.graph
        let community = SampleGraph.community(for: graph)
        let parsed = try Graphviz.parse(
            dot: DOTEncoder.encode(graph, community: community, options: DOTOptions(legend: false)))
        for (i, c) in community.enumerated() {
            #expect(parsed.nodeAttributes["n\(i)"]?["fillcolor"] == Palette.community(c).hex)
            #expect(
                parsed.nodeAttributes["n\(i)"]?["fontcolor"]
                    == Palette.community(c).contrastingText.hex)
        }
    }

    // MARK: Shapes and labels

    @Test(arguments: [
        (EntityKind.person, "ellipse", "filled"), (.country, "box", "rounded,filled"),
        (.issue, "hexagon", "filled"),
        (.organization, "component", "filled"), (.other, "circle", "filled"),
    ])
    func shapeByKind(_ kind: EntityKind, _ shape: String, _ style: String) {
        #expect(DOTStyle.shape(for: kind) == DOTStyle.NodeShape(shape: shape, style: style))
    }

    @Test func labels() {
        let blinken = Entity(kind: .person, name: "Antony Blinken", affiliation: "USA")
        #expect(DOTStyle.label(for: blinken, maxLength: 40) == "Antony Blinken (USA)")
        #expect(DOTStyle.label(for: blinken, maxLength: 14) == "Antony… (USA)")
        #expect(DOTStyle.label(for: blinken, maxLength: 7) == "Antony…")
        #expect(
            DOTStyle.label(for: Entity(kind: .person, name: "Anonymous"), maxLength: 40)
                == "Anonymous")
        #expect(
            DOTStyle.label(for: Entity(kind: .country, name: "France", iso3: "FRA"), maxLength: 40)
                == "France")
        #expect(DOTStyle.truncated("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", to: 2) == "👩‍👩‍👧…")
        #expect(DOTStyle.truncated("abc", to: 3) == "abc")
    }
}
