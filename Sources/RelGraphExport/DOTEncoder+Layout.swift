import RelGraphCore

/// Graph attributes for the chosen layout, and labels (see ``DOTEncoder``, "Layout hints").
extension DOTEncoder {
    /// The node count up to which neato and fdp route edges as splines.
    static let splineLimit = 500
    /// The edge count up to which those splines are routed around nodes (`splines="true"`);
    /// above it edges are straight (`splines="line"`). Never `curved`: Graphviz 2.42 draws each
    /// curved edge after listing every path of the graph (`find_all_cycles`), exponential in
    /// dense graphs (one sentence naming 30 countries made a diagram that never finished).
    static let routedEdgeLimit = 200
    /// The node count above which sfdp files ask for no overlap removal.
    static let overlapRemovalLimit = 5_000

    /// The attributes of the `graph [...]` statement; `n` counts every node drawn, the legend
    /// included (as the renderer's size guard does).
    static func graphAttributes(_ options: DOTOptions, nodeCount n: Int, edgeCount m: Int, root: Int?) -> [Attribute] {
        var attributes: [Attribute] = []
        if let title = options.title {
            attributes += [
                ("label", quoted(title)), ("labelloc", quoted("t")), ("fontsize", number(18)),
            ]
        }
        attributes.append(("fontname", quoted(DOTStyle.fontName)))
        if let layout = options.layout {
            attributes.append(("layout", quoted(layout)))
        }
        switch options.layout {
        case "dot":
            attributes += [
                ("rankdir", quoted("LR")), ("nodesep", number(0.3)), ("ranksep", number(0.8)),
                ("splines", quoted("true")),
            ]
        case "sfdp":
            if n <= overlapRemovalLimit { attributes.append(("overlap", quoted("scale"))) }
        case "circo":
            attributes.append(("mindist", number(0.6)))
        case "twopi":
            attributes += [("overlap", quoted("scale")), ("ranksep", number(1.4))]
            if let root { attributes.append(("root", quoted("n\(root)"))) }
        default:  // neato, fdp, none
            if n <= splineLimit {
                attributes += [
                    ("overlap", quoted("voronoi")), ("sep", quoted("+4")),
                    ("splines", quoted(m <= routedEdgeLimit ? "true" : "line")),
                ]
            } else {
                attributes.append(("overlap", quoted("scale")))
            }
        }
        attributes.append(("outputorder", quoted("edgesfirst")))
        attributes.append(("pack", quoted("true")))
        return attributes
    }

    /// The index of the most important node (the first on ties), or `nil`.
    static func rootNode(_ importance: [Double]?) -> Int? {
        guard let importance, !importance.isEmpty else { return nil }
        var best = 0
        for (i, x) in importance.enumerated() where x > importance[best] { best = i }
        return best
    }

    /// ``DOTStyle/label(for:maxLength:)``, with the flag in front of countries when
    /// ``DOTOptions/flags`` is set.
    static func label(for entity: Entity, options: DOTOptions) -> String {
        let text = DOTStyle.label(for: entity, maxLength: options.maxLabelLength)
        guard options.flags, entity.kind == .country, let iso = entity.iso3,
            let flag = CountryFlag.emoji(iso3: iso)
        else { return text }
        return flag + " " + text
    }

    /// A measure value for tooltips: whole numbers as integers (degree), else 4 decimals below
    /// 10 (PageRank, betweenness) and 2 above (strength).
    static func compactMeasure(_ value: Double) -> String {
        value == value.rounded() || abs(value) >= 10
            ? compactNumber(value) : number(value, digits: 4)
    }
}
