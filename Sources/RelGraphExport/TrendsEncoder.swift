import RelGraphAnalysis
import RelGraphCore

/// Writes ``RelGraphAnalysis/ActorTrends`` as a text table or as CSV.
///
/// ## Columns
/// The CSV columns are a stable interface, listed in ``csvColumns`` and
/// ``edgeChangeColumns``; new columns are only ever appended. Numbers are locale-free
/// (`NumberText`): PageRank with 12 decimals in CSV and 4 in text, weights as integers when whole
/// and with 2 decimals otherwise.
public enum TrendsEncoder {
    /// The columns of ``csv(_:)``: one row per shown actor and period.
    public static let csvColumns = ["period", "entity", "name", "kind", "rank", "pagerank"]
    /// The columns of ``edgeChangesCSV(_:)``: one row per ``RelGraphAnalysis/EdgeChange``.
    public static let edgeChangeColumns = [
        "period", "previous", "change", "source", "source_name", "target", "target_name", "weight_before",
        "weight_after",
    ]

    /// A fixed-width table with one row per shown actor (``RelGraphAnalysis/ActorTrends/actors``
    /// order) and one column per period holding the actor's rank (`–` when it is absent), then
    /// the list of strong ties that appeared or disappeared.
    ///
    /// ```
    /// Rank by PageRank in each period (– = not mentioned)
    /// Name  Kind     2020-01  2020-02  2020-03
    /// B     person         1        –        2
    /// ```
    /// - Complexity: O(*a* · *p* + *c*), for *a* actors, *p* periods and *c* changes.
    public static func text(_ trends: ActorTrends) -> String {
        var out = "Rank by PageRank in each period (– = not mentioned)\n"
        var cells = [["Name", "Kind"] + trends.periods.map(\.period.description)]
        for line in trends.actors {
            let e = trends.entities[line.entity]
            cells.append([e.name, e.kind.rawValue] + line.scores.map { $0.map { "\($0.rank)" } ?? "–" })
        }
        out += TextTable.render(cells, textColumns: [0, 1])
        out += "\nStrong ties that appeared or disappeared"
        out += " (weight ≥ the period's \(quantileText(trends.options.strongQuantile)) percentile"
        out += " and ≥ \(NumberText.compact(trends.options.minimumStrongWeight)))\n"
        guard !trends.edgeChanges.isEmpty else { return out + "none\n" }
        var changes = [["Period", "Since", "Change", "Tie", "Before", "After"]]
        for c in trends.edgeChanges {
            changes.append([
                c.period.description, c.previous.description, c.kind.rawValue, "\(c.sourceName) – \(c.targetName)",
                NumberText.compact(c.weightBefore), NumberText.compact(c.weightAfter),
            ])
        }
        return out + TextTable.render(changes, textColumns: [0, 1, 2, 3])
    }

    /// RFC 4180 CSV in long format with a header of ``csvColumns``: for each period in order,
    /// one row per shown actor in ``RelGraphAnalysis/ActorTrends/actors`` order; `rank` and
    /// `pagerank` are empty where the actor is absent.
    /// - Complexity: O(*a* · *p*), for *a* actors and *p* periods.
    public static func csv(_ trends: ActorTrends) -> String {
        var out = csvColumns.joined(separator: ",") + "\n"
        for (p, snapshot) in trends.periods.enumerated() {
            for line in trends.actors {
                let e = trends.entities[line.entity]
                let s = line.scores[p]
                let row = [
                    snapshot.period.description, e.id, e.name, e.kind.rawValue, s.map { "\($0.rank)" } ?? "",
                    s.map { NumberText.fixed($0.pagerank, 12) } ?? "",
                ]
                out += row.map(TextEscaping.csv).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// RFC 4180 CSV of ``RelGraphAnalysis/ActorTrends/edgeChanges`` with a header of
    /// ``edgeChangeColumns``, in their order.
    /// - Complexity: O(*c*), for *c* changes.
    public static func edgeChangesCSV(_ trends: ActorTrends) -> String {
        var out = edgeChangeColumns.joined(separator: ",") + "\n"
        for c in trends.edgeChanges {
            let row = [
                c.period.description, c.previous.description, c.kind.rawValue, c.source, c.sourceName, c.target,
                c.targetName, NumberText.compact(c.weightBefore), NumberText.compact(c.weightAfter),
            ]
            out += row.map(TextEscaping.csv).joined(separator: ",") + "\n"
        }
        return out
    }

    /// `0.9` as "90th", `0.21` as "21st", `0.335` as "33.50th": the quantile as a percentile.
    static func quantileText(_ q: Double) -> String {
        let percent = NumberText.compact(q * 100)
        let suffix =
            percent.hasSuffix("1") && !percent.hasSuffix("11")
            ? "st"
            : percent.hasSuffix("2") && !percent.hasSuffix("12")
                ? "nd"
                : percent.hasSuffix("3") && !percent.hasSuffix("13") ? "rd" : "th"
        return percent + suffix
    }

}
