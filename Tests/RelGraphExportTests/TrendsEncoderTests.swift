import RelGraphAnalysis
import RelGraphCore
import Testing

@testable import RelGraphExport

@Suite("Trends tables")
struct TrendsEncoderTests {
    @Test("Text table: ranks by period, dashes where absent, then edge changes")
    func text() {
        let expected = """
            Rank by PageRank in each period (– = not mentioned)
            Name          Kind     2020-01  2020-02  2020-03
            B             person         1        –        2
            C             person         3        –        1
            A             person         2        –        4
            D & <Co> "x"  country        –        –        3

            Strong ties that appeared or disappeared (weight ≥ the period's 90th percentile and ≥ 2)
            Period   Since    Change       Tie    Before  After
            2020-03  2020-01  appeared     B – C       1      4
            2020-03  2020-01  disappeared  A – B       3      1

            """
        #expect(TrendsEncoder.text(TrendsSample.trends) == expected)
    }

    @Test("Long CSV: one row per period and shown actor, empty cells where absent")
    func csv() {
        let lines = TrendsEncoder.csv(TrendsSample.trends).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "period,entity,name,kind,rank,pagerank")
        #expect(lines.count == 1 + 3 * 4 + 1)
        // networkx 3.6.1 pagerank(G, alpha=0.85, weight="weight"): B = 0.486486486486487 in January.
        #expect(lines[1] == "2020-01,person:B,B,person,1,0.486486486486")
        #expect(lines[4] == #"2020-01,country:DDD,"D & <Co> ""x""",country,,"#)
        #expect(lines[5] == "2020-02,person:B,B,person,,")
        #expect(lines[9] == "2020-03,person:B,B,person,2,0.348231483103")
    }

    @Test("Edge changes CSV")
    func edgeChanges() {
        #expect(
            TrendsEncoder.edgeChangesCSV(TrendsSample.trends) == """
                period,previous,change,source,source_name,target,target_name,weight_before,weight_after
                2020-03,2020-01,appeared,person:B,B,person:C,C,1,4
                2020-03,2020-01,disappeared,person:A,A,person:B,B,3,1

                """)
    }

    @Test(
        "Quantiles as percentiles (two decimals when not whole)",
        arguments: [(0.9, "90th"), (0.5, "50th"), (0.21, "21st"), (0.12, "12th"), (0.335, "33.50th")])
    func quantile(_ q: Double, _ text: String) {
        #expect(TrendsEncoder.quantileText(q) == text)
    }
}
