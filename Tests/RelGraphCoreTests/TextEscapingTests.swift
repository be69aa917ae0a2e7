import Testing

@testable import RelGraphCore

@Suite struct TextEscapingTests {
    @Test func json() {
        #expect(TextEscaping.json("a\"b\\c\nd\te\u{01}\u{2028}") == #""a\"b\\c\nd\te\u0001\u2028""#)
        #expect(TextEscaping.json("</script>&") == #""</script>&""#)
        #expect(TextEscaping.json("</script>&", htmlSafe: true) == #""\u003C/script\u003E\u0026""#)
        #expect(TextEscaping.json("Wáng Yì 王毅") == "\"Wáng Yì 王毅\"")
    }

    @Test func html() {
        #expect(
            TextEscaping.html(#"<b class="x">Tom & Jerry's</b>"#)
                == "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;")
    }
}
