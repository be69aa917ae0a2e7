import Foundation
import Testing

@testable import RelGraphExtraction

@Suite struct HTMLTextTests {
    func page(_ html: String) -> HTMLText {
        Array(html.utf8).withUnsafeBufferPointer(HTMLText.extract)
    }

    @Test func entitiesBreaksAndParagraphs() {
        let p = page(
            """
            <p>Fish &amp; chips&nbsp;cost&#160;less at Ann&#8217;s &#x2014; or so we&rsquo;re told.</p>
            <p>Line one<br>line two<BR/>line three</p><div>Last&nbsp;block &unknown; &amp</div>
            """)
        #expect(
            p.text == """
                Fish & chips cost less at Ann’s — or so we’re told.

                Line one
                line two
                line three

                Last block &unknown; &
                """)
    }

    @Test func scriptsStylesAndNoscriptAreDropped() {
        let p = page(
            """
            <html><head><style>p { color: red }</style><script>if (a < b) { document.write("<p>x</p>") }</script>
            </head><body><noscript>Enable scripts</noscript><p>Visible.</p><script type="x">late()</SCRIPT ></body></html>
            """)
        #expect(p.text == "Visible.")
    }

    @Test func titleDateAndPreferredRegion() {
        let p = page(
            """
            <!DOCTYPE html><html><head>
            <title>Dam plan approved | The Valley Post</title>
            <meta property="article:published_time" content="2023-04-05T08:00:00Z">
            </head><body>
            <header><a href="/">The Valley Post</a></header>
            <nav><ul><li>Home</li><li>World</li></ul></nav>
            <aside>Most read: other stories</aside>
            <article>
              <h1>Dam plan approved</h1>
              <p>The council approved the dam on Tuesday.</p>
              <aside>Related: dams elsewhere</aside>
              <p>Work starts in May.</p>
            </article>
            <footer>Contact us</footer>
            </body></html>
            """)
        #expect(p.title == "Dam plan approved")
        #expect(p.date == "2023-04-05")
        #expect(p.text == "The council approved the dam on Tuesday.\n\nWork starts in May.")
    }

    @Test func mainIsUsedWhenThereIsNoArticle() {
        let p = page("<body><nav>Menu</nav><div>Banner text</div><main><p>Core story.</p></main><footer>x</footer></body>")
        #expect(p.text == "Core story.")
        #expect(p.title == nil)
    }

    @Test func theLongestArticleWins() {
        let p = page("<article><p>Teaser.</p></article><article><p>The full story, which is longer.</p></article>")
        #expect(p.text == "The full story, which is longer.")
    }

    @Test func wholePageWithoutLandmarks() {
        let p = page(
            "<title>Plain page</title><body><header>Site</header><h2>Section</h2>Loose <b>bold</b> text<ul><li>one<li>two</ul></body>")
        #expect(p.title == "Plain page")
        #expect(p.text == "Section\n\nLoose bold text\n\none\n\ntwo")
    }

    @Test func commentsAttributesAndOddMarkup() {
        let p = page(
            """
            <p title="a > b" data-x='c "d"'>Kept<!-- <p>hidden</p> --> text</p><p>3 < 4 and 5 > 2</p>
            <svg><title>icon</title><text>drawn</text></svg><![CDATA[raw]]><?php echo 1 ?>
            """)
        #expect(p.text == "Kept text\n\n3 < 4 and 5 > 2")
        #expect(p.title == nil)
    }

    @Test func windows1252NumericReferencesAndInvalidOnes() {
        #expect(page("<p>&#146;quote&#148; &#0; &#x110000;</p>").text == "’quote” \u{FFFD} \u{FFFD}")
    }

    @Test func aRepeatedHeadlineIsDroppedFromTheBody() {
        let p = page("<title>Bridge opens</title><p>Bridge opens</p><p>Cars cross at last.</p>")
        #expect(p.title == "Bridge opens")
        #expect(p.text == "Cars cross at last.")
    }

    @Test func timeElementGivesTheDate() {
        #expect(page("<article><time datetime=\"2022-12-24\">Christmas Eve</time><p>Snow.</p></article>").date == "2022-12-24")
    }

    @Test func missingHeadCloseDoesNotHideTheBody() {
        #expect(page("<html><head><title>T</title><body><p>Body survives.</p>").text == "Body survives.")
        #expect(page("<head><meta charset=utf-8><title>T</title><p>No body tag either.").text == "No body tag either.")
    }

    @Test func htmlFilesBecomeArticles() throws {
        let tmp = TempFolder()
        let path = tmp.write("river-news.html", "<title>River news</title><article><p>The river rose.</p></article>")
        let r = try ArticleReader().read([path])
        #expect(r.articles == [Article(id: "river-news", title: "River news", text: "The river rose.", origin: path)])
        let blank = tmp.write("blank.htm", "<html><script>x()</script></html>")
        #expect(try ArticleReader().read([blank]).problems == [.emptyInput(path: blank)])
    }
}
