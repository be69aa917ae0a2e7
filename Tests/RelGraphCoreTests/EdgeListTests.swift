import Testing

@testable import RelGraphCore

@Suite struct EdgeListTests {
    @Test func tabCommaSpaceHeadersCommentsAndQuotes() throws {
        var w: [String] = []
        let tsv = try EdgeList.parse("source\ttarget\tweight\n# comment\na\tb\t2\nb\tc\t0.5\n", path: "x.tsv", warnings: &w)
        #expect(tsv.entities.map(\.name) == ["a", "b", "c"])
        #expect(tsv.relations.map(\.weight) == [2, 0.5])
        let csv = try EdgeList.parse("\"Smith, J\",\"O\"\"Neil\",3\r\nx,y\n", path: "x.csv", warnings: &w)
        #expect(Set(csv.entities.map(\.name)) == ["Smith, J", "O\"Neil", "x", "y"])
        #expect(csv.relations.map(\.weight).sorted() == [1, 3])
        let spaces = try EdgeList.parse("1 2\n2 3 4\n", path: "k.txt", warnings: &w)
        #expect(spaces.relations.count == 2)
        #expect(w.isEmpty)
    }

    @Test func fieldsAreTrimmedOfAnyUnicodeSpace() throws {
        // ASCII lines are cut and trimmed on their bytes, others through Foundation: same result.
        var warnings: [String] = []
        let text = "\u{3000}Ana Ruiz\t Tomás Vidal \t2\n  Chile\t\u{00A0}Perú\u{00A0}\t1.5 \n"
        let g = try EdgeList.parse(text, path: "t.tsv", warnings: &warnings)
        #expect(g.entities.map(\.name) == ["Ana Ruiz", "Chile", "Perú", "Tomás Vidal"])
        #expect(g.relations.map(\.weight).sorted() == [1.5, 2])
        #expect(EdgeList.trimmed(" \tx y\t ") == "x y")
        #expect(EdgeList.trimmed("\u{2003}é\u{2003}") == "é")
        #expect(EdgeList.trimmed("  ").isEmpty)
    }

    @Test func repeatedPairsAddAndSelfLoopsAreReported() throws {
        var w: [String] = []
        let g = try EdgeList.parse("a,b,1\nb,a,2\na,a,5\n", path: "e.csv", warnings: &w)
        #expect(g.relations.count == 1 && g.relations[0].weight == 3)
        #expect(w == ["e.csv:3: self-loop on 'a' skipped"])
    }

    @Test func malformedLinesNameFileAndLine() {
        var w: [String] = []
        #expect(throws: GraphError.malformedEdgeLine(path: "e.tsv", line: 2, reason: "fewer than two fields")) {
            try EdgeList.parse("a\tb\nlonely\n", path: "e.tsv", warnings: &w)
        }
        #expect(throws: GraphError.malformedEdgeLine(path: "e.tsv", line: 3, reason: "weight '-1' is not a finite number > 0")) {
            try EdgeList.parse("a\tb\t1\nb\tc\t2\nc\td\t-1\n", path: "e.tsv", warnings: &w)
        }
        #expect(
            GraphError.malformedEdgeLine(path: "e.tsv", line: 3, reason: "r").description
                == "e.tsv:3: r; expected 'source<TAB or comma>target[<sep>weight]'")
    }

    @Test func labeledParseEqualsTheFullModel() throws {
        let texts = [
            "source\ttarget\tweight\n# comment\nb\ta\t2\nc\tb\t0.5\na\tb\t1\n",
            "\"Smith, J\",\"O\"\"Neil\",3\r\nx,y\r\n\r\nzeta,Smith\n",
            "10 2\n2 3 4\n3 3 1\n1 10", "",
        ]
        for text in texts {
            var w1: [String] = [], w2: [String] = []
            let full = try EdgeList.parse(text, path: "e.txt", warnings: &w1)
            let lean = try EdgeList.parseLabeled(text, path: "e.txt", warnings: &w2)
            let view = LabeledGraph(full)
            #expect(w1 == w2)
            #expect(lean.entities == view.entities)
            #expect(lean.graph.offsets == view.graph.offsets)
            #expect(lean.graph.targets == view.graph.targets)
            #expect(lean.graph.weights == view.graph.weights)
            #expect(lean.graph.totalWeight == view.graph.totalWeight)
            #expect(lean.entities(named: "X") == full.entities(named: "X"))
        }
        var w: [String] = []
        #expect(throws: GraphError.malformedEdgeLine(path: "e.tsv", line: 2, reason: "fewer than two fields")) {
            try EdgeList.parseLabeled("a\tb\nlonely\n", path: "e.tsv", warnings: &w)
        }
    }
}
