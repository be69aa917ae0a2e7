import GraphTestSupport
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

    /// Random edge lists with known content: tab- and space-separated ASCII lines (read on
    /// their bytes), padding, comments, blank lines, CRLF, a header, self-loops and weights in
    /// every spelling `Double(String)` accepts give the names in first-seen order and the
    /// summed weight of each pair.
    @Test func byteLevelReadingMatchesTheGeneratedGraph() throws {
        var rng = SeededRandom(seed: 5)
        let weights = [
            "1", "2.5", "0.1", "+2", "1e3", "3.", ".5", "007", "2.5E-3", "1234567890123456789", "0.30000000000000004", "12345.678901234",
        ]
        for round in 0..<40 {
            let tabs = round % 2 == 0
            let pool = (0..<30).map { i in tabs && i % 3 == 0 ? "n\(i) x" : "n\(i)" }
            var lines: [String] = round % 4 == 0 ? [tabs ? "source\ttarget\tweight" : "source target weight"] : []
            var names: [String] = []
            var sums: [[String]: Double] = [:]
            for _ in 0..<300 {
                switch Int.random(in: 0..<20, using: &rng) {
                case 0: lines.append("# a comment\tline")
                case 1: lines.append(Bool.random(using: &rng) ? "" : "  ")
                default:
                    let a = pool.randomElement(using: &rng)!, b = pool.randomElement(using: &rng)!
                    let w = Bool.random(using: &rng) ? weights.randomElement(using: &rng) : nil
                    let pad = { (rng: inout SeededRandom) in String(repeating: " ", count: Int.random(in: 0...2, using: &rng)) }
                    let sep = tabs ? "\t" : String(repeating: " ", count: Int.random(in: 1...3, using: &rng))
                    var line = pad(&rng) + a + (tabs ? pad(&rng) : "") + sep + (tabs ? pad(&rng) : "") + b
                    if let w { line += (tabs ? pad(&rng) : "") + sep + w }
                    lines.append(line + pad(&rng))
                    guard a != b else { continue }
                    for n in [a, b] where !names.contains(n) { names.append(n) }
                    sums[[a, b].sorted(), default: 0] += w.map { Double($0)! } ?? 1
                }
            }
            let text = lines.joined(separator: round % 3 == 0 ? "\r\n" : "\n") + (round % 5 == 0 ? "\n" : "")
            var warnings: [String] = []
            let scanned = try EdgeList.scan(text, path: "g.tsv", warnings: &warnings)
            #expect(scanned.names == names)
            var read: [[String]: Double] = [:]
            for (key, w) in scanned.weights {
                read[[scanned.names[Int(key >> 32)], scanned.names[Int(key & 0xFFFF_FFFF)]].sorted()] = w
            }
            #expect(read == sums)
            #expect(warnings.allSatisfy { $0.contains("self-loop") })
        }
    }

    @Test func decimalFastPathEqualsDoubleParsing() {
        var rng = SeededRandom(seed: 9)
        let decimal = { (s: String) -> Double? in
            var s = s
            return s.withUTF8 { EdgeList.decimal($0) }
        }
        for s in ["", ".", "1", "1.", ".5", "0.1", "1.2.3", "+1", "-1", "1e3", "inf", "nan", "1 ", "0x10", "١"] {
            if let x = decimal(s) { #expect(x == Double(s), "\(s)") }
        }
        #expect(decimal("12.5") == 12.5 && decimal("1e3") == nil && decimal("1.2.3") == nil && decimal(".") == nil)
        #expect(decimal("1234567890123456") == nil)  // 16 digits: left to Double(String)
        for _ in 0..<20_000 {
            let digits = String((0..<Int.random(in: 1...15, using: &rng)).map { _ in "0123456789".randomElement(using: &rng)! })
            let dot = Int.random(in: 0...digits.count, using: &rng)
            let s = String(digits.prefix(dot)) + "." + String(digits.dropFirst(dot))
            #expect(decimal(s) == Double(s), "\(s)")
            #expect(decimal(digits) == Double(digits), "\(digits)")
        }
    }
}
