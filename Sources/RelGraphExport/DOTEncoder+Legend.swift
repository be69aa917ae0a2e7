import RelGraphCore

/// The legend: one node whose HTML-like label is a table.
///
/// A single node keeps the legend compact in every layout (an earlier design drew sample nodes
/// and edges, which spring layouts scattered and drew diagonally). Its rows: a glyph per entity
/// kind that occurs (● person, ▢ country, ⬢ issue, ▭ organization, ○ other), a coloured bar per
/// tone that occurs, then what node size, edge width and fill encode, with a swatch for each of
/// the first seven communities. Every text is HTML-escaped, although all of it is RelGraph's own
/// except ``DOTOptions/measureName``.
extension DOTEncoder {
    /// The glyph that stands for an entity kind's shape in the legend.
    static func legendGlyph(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "●"
        case .country: "▢"
        case .issue: "⬢"
        case .organization: "▭"
        case .other: "○"
        }
    }

    /// The `legend [...]` statement, or nothing for a graph without entities.
    static func legend(
        _ graph: EntityGraph, community: [Int]?, hasImportance: Bool, options: DOTOptions
    ) -> String {
        let kinds = Set(graph.entities.map(\.kind))
        let tones = Set(graph.relations.map(\.tone.label))
        guard !kinds.isEmpty else { return "" }
        let grey = Palette.outline.hex
        var rows: [String] = [
            #"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#
        ]
        func row(_ key: String, _ text: String) {
            rows.append(
                #"<TR><TD ALIGN="CENTER">"# + key + #"</TD><TD ALIGN="LEFT">"# + text
                    + "</TD></TR>")
        }
        for kind in EntityKind.allCases where kinds.contains(kind) {
            row(
                #"<FONT POINT-SIZE="18" COLOR="\#(grey)">"# + legendGlyph(kind) + "</FONT>",
                html(kind.rawValue))
        }
        for tone in Tone.allCases where tones.contains(tone) {
            row(
                #"<FONT POINT-SIZE="18" COLOR="\#(Palette.tone(tone).hex)">━━━</FONT>"#,
                html(tone.rawValue))
        }
        if hasImportance { row("size", html(options.measureName)) }
        if !graph.relations.isEmpty { row("width", "weight (log scale)") }
        if let community {
            let present = Set(community.filter { $0 >= 0 }).sorted().prefix(7)
            if !present.isEmpty {
                let swatches = present.map {
                    #"<TD BGCOLOR="\#(Palette.community($0).hex)" WIDTH="10"> </TD>"#
                }.joined()
                row("fill", "community")
                row(
                    "",
                    #"<TABLE BORDER="0" CELLSPACING="1" CELLPADDING="0"><TR>"# + swatches
                        + "</TR></TABLE>")
            }
        }
        let table =
            #"<TABLE BORDER="1" COLOR="\#(Palette.tone(.neutral).hex)" STYLE="rounded" "#
            + ##"CELLBORDER="0" CELLSPACING="0" CELLPADDING="3" BGCOLOR="#FFFFFF">"##
            + rows.joined() + "</TABLE>"
        return "  legend "
            + attributeList([
                ("shape", quoted("plaintext")), ("style", quoted("")), ("margin", number(0)),
                ("fontsize", number(14)), ("tooltip", quoted("Legend")),
                ("label", "<" + table + ">"),
            ]) + ";\n"
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, for HTML-like labels.
    static func html(_ text: String) -> String { TextEscaping.html(text) }
}
