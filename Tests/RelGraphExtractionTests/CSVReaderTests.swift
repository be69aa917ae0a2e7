import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct CSVReaderTests {
    let tmp = TempFolder()

    /// The rows of `text` as strings, or `nil` for an unterminated row, with their lines.
    func rows(_ text: String, separator: Character = ",") -> [(Int, [String]?)] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buf in
            var reader = CSVReader(buf, separator: separator.asciiValue!)
            var out: [(Int, [String]?)] = []
            while let row = reader.nextRow() {
                switch row {
                case .fields(let line, let fields): out.append((line, fields.map { reader.string($0) }))
                case .unterminated(let line): out.append((line, nil))
                }
            }
            return out
        }
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let r = rows("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,end\n")
        #expect(r.map(\.0) == [1, 2])
        #expect(r.map(\.1) == [["a", "b, with comma", "say \"hi\""], ["two\nlines", "", "end"]])
    }

    @Test func lenientQuotes() {
        // A quote inside an unquoted field is data; text after a closing quote is kept.
        #expect(rows("5\" screen,\"x\"y,z\n").map(\.1) == [["5\" screen", "xy", "z"]])
    }

    @Test func trailingSeparatorAndMissingFinalNewline() {
        #expect(rows("a,b,").map(\.1) == [["a", "b", ""]])
        #expect(rows("a\r\nb").map(\.1) == [["a"], ["b"]])
    }

    @Test func anUnterminatedQuoteSkipsOnlyItsFirstLine() {
        let r = rows("h1,h2\n\"never closed,x\nnext,row\n")
        #expect(r.map(\.0) == [1, 2, 3])
        #expect(r[1].1 == nil)
        #expect(r[2].1 == ["next", "row"])
    }

    @Test(arguments: [("a;b;c\n1;2;3", ";"), ("a\tb\n", "\t"), ("a,b;c\n", ","), ("x\n", ","), ("\"a;b\",c\n", ",")])
    func separatorIsSniffedFromTheHeader(_ text: String, _ expected: Character) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(CSVReader.sniffSeparator) == expected.asciiValue!)
    }

    @Test func aNewsDumpLayout() throws {
        let path = tmp.write(
            "dump.csv",
            """
            ,id,title,publication,author,date,url,content\r
            0,1001,Lighthouse keepers strike,Coast Gazette,R. Moss,2019-03-04,http://example.test/1,"The keepers walked out.\r
            \r
            They want better radios, they said."\r
            1,,Ferry timetable changes,Coast Gazette,,2019-03-05,,"A ""new"" timetable starts Monday."\r
            2,1003,Too short,Coast Gazette\r
            3,1004,,Coast Gazette,,,,\r

            4,1005,"Unfinished quote,Coast Gazette,,,,Text\r
            5,1006,Storm warning,Coast Gazette,,2019-03-07,,Winds will rise tonight.\r
            """)
        let r = try ArticleReader().read([path])
        #expect(
            r.articles == [
                Article(
                    id: "1001", title: "Lighthouse keepers strike", date: "2019-03-04",
                    text: "The keepers walked out.\n\nThey want better radios, they said.", origin: "\(path):2",
                    source: "Coast Gazette", url: "http://example.test/1"),
                Article(
                    id: "dump:5", title: "Ferry timetable changes", date: "2019-03-05",
                    text: "A \"new\" timetable starts Monday.", origin: "\(path):5", source: "Coast Gazette"),
                Article(
                    id: "1006", title: "Storm warning", date: "2019-03-07", text: "Winds will rise tonight.",
                    origin: "\(path):10", source: "Coast Gazette"),
            ])
        #expect(
            r.problems.map(\.description) == [
                "\(path):6: row has 4 fields; the header has 8; record skipped",
                "\(path):7: empty text and no title; record skipped",
                "\(path):9: quoted field is never closed; record skipped",
            ])
        #expect(r.skipped == 3)
    }

    @Test func headerNamesMatchIgnoringCaseAndExtraEmptyFieldsAreTolerated() throws {
        let path = tmp.write("caps.csv", "Headline,Body\nQuiet day,Nothing moved.,,\nLoud day,Much moved.,oops\n")
        let r = try ArticleReader().read([path])
        #expect(r.articles.map(\.title) == ["Quiet day"])
        #expect(r.problems == [.malformedRecord(path: path, line: 3, reason: .wrongFieldCount(found: 3, expected: 2))])
    }

    @Test func aHeaderWithoutTextOrTitleSkipsTheFile() throws {
        let path = tmp.write("nums.csv", "\n\nx,y\n1,2\n")
        let r = try ArticleReader().read([path])
        #expect(r.articles.isEmpty)
        #expect(
            r.problems.map(\.description) == [
                "\(path):3: the header has no text column; expected one of 'text', 'content', 'article', 'body', 'story'; rest of file skipped"
            ])
    }

    @Test func titlesAloneAreArticles() throws {
        let path = tmp.write("heads.csv", "date,title\n2020-01-01,Snow closes schools\n")
        let r = try ArticleReader().read([path])
        #expect(
            r.articles == [
                Article(id: "heads:2", title: "Snow closes schools", date: "2020-01-01", text: "", origin: "\(path):2")
            ])
    }

    @Test func emptyAndHeaderOnlyFilesAreReported() throws {
        let empty = tmp.write("empty.csv", "")
        #expect(try ArticleReader().read([empty]).problems == [.emptyInput(path: empty)])
        let header = tmp.write("header.csv", "title,text\r\n")
        #expect(try ArticleReader().read([header]).problems == [.emptyInput(path: header)])
    }

    @Test func customColumnsAndSemicolons() throws {
        let path = tmp.write("eu.csv", "Nummer;Überschrift;Inhalt\n7;Brücke eröffnet;Die neue Brücke ist offen.\n")
        let fields = FieldNames(id: ["Nummer"], title: ["überschrift"], text: ["Inhalt"])
        let r = try ArticleReader(fields: fields).read([path])
        #expect(r.articles.map(\.id) == ["7"])
        #expect(r.articles.map(\.title) == ["Brücke eröffnet"])
    }

    @Test func tabSeparatedFiles() throws {
        let path = tmp.write("t.tsv", "title\ttext\nCommas, kept\tA, B and C.\n")
        #expect(try ArticleReader().read([path]).articles.map(\.text) == ["A, B and C."])
    }
}
