/// The readable text of an HTML page: its title, publication date and body text.
///
/// ## Rules
/// - **Title**: the first `<title>`; when the first `<h1>` is a part of it (`"Talks resume |
///   Daily Planet"` with `<h1>Talks resume</h1>`) the `<h1>` is used, dropping the site name.
///   With no `<title>`, the first `<h1>`.
/// - **Date**: `<meta property="article:published_time">` (or `name`/`itemprop` `date`,
///   `pubdate`, `datePublished`), else the first `<time datetime>`; an ISO timestamp is cut to
///   its `YYYY-MM-DD`.
/// - **Region**: the longest `<article>` when there is one, else `<main>`, else the whole page.
/// - **Dropped**: `<script>`, `<style>`, `<noscript>`, `<template>`, `<iframe>`, `<svg>`,
///   `<math>`, `<nav>`, `<aside>`, `<footer>`, `<form>`, `<button>`, `<select>`, comments, and a
///   `<header>` outside `<article>`/`<main>`.
/// - **Layout**: block elements (`<p>`, `<div>`, `<h1>`…`<h6>`, `<li>`, `<blockquote>`,
///   `<section>`, `<tr>`…) become paragraph breaks (a blank line), `<br>` a line break; other
///   white space collapses to one space. Character references (`&amp;`, `&#8217;`, `&#x2019;`,
///   `&nbsp;` and the common named ones) are decoded; `&nbsp;` and U+00A0 become spaces.
/// - A first paragraph that repeats the title is dropped (the title is extracted on its own).
///
/// - Complexity: O(*b*) time and space for a page of *b* bytes.
struct HTMLText: Equatable {
    /// The page title, if any.
    var title: String?
    /// The publication date, if the page states one.
    var date: String?
    /// The body text, paragraphs separated by blank lines.
    var text: String

    static let dropped: Set<String> = [
        "nav", "aside", "footer", "form", "button", "select", "svg", "math", "head",
    ]
    static let rawText: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "xmp", "textarea", "title",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "thead", "tbody",
        "figure", "figcaption", "hr", "address", "details", "summary", "fieldset", "center",
        "caption", "body", "html", "hgroup", "picture", "video", "audio",
    ]
    static let dateMeta: Set<String> = [
        "article:published_time", "date", "pubdate", "datepublished", "publish-date",
        "og:article:published_time", "dc.date", "dcterms.created",
    ]

    /// Extracts title, date and text from a page's UTF-8 bytes.
    static func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> HTMLText {
        var parser = HTMLParser(bytes)
        parser.run()
        return parser.result()
    }
}

/// Accumulates text, collapsing white space and turning block boundaries into breaks.
struct TextBuilder {
    var out: [UInt8] = []
    var pendingBreak = 0
    var pendingSpace = false

    mutating func append(_ text: [UInt8]) {
        for b in text {
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = true
                continue
            }
            if !out.isEmpty {
                if pendingBreak > 0 {
                    out.append(contentsOf: repeatElement(0x0A, count: pendingBreak))
                } else if pendingSpace {
                    out.append(0x20)
                }
            }
            pendingBreak = 0
            pendingSpace = false
            out.append(b)
        }
    }

    mutating func paragraph() { pendingBreak = 2 }
    mutating func lineBreak() { pendingBreak = min(2, pendingBreak + 1) }

    var string: String { String(decoding: out, as: UTF8.self) }
}

/// The single pass behind ``HTMLText/extract(_:)``.
struct HTMLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var all = TextBuilder()
    var main = TextBuilder()
    var article = TextBuilder()
    var bestArticle: [UInt8]?
    var heading = TextBuilder()
    var firstHeading: String?
    var title: String?
    var metaDate: String?
    var timeDate: String?
    var droppedStack: [String] = []
    var articleDepth = 0
    var mainDepth = 0
    var headingDepth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func result() -> HTMLText {
        var text = all.out
        if let best = bestArticle, !best.isEmpty {
            text = best
        } else if !main.out.isEmpty {
            text = main.out
        }
        var body = String(decoding: text, as: UTF8.self)
        var finalTitle = title?.isEmpty == false ? title : nil
        if let h = firstHeading, !h.isEmpty {
            if let t = finalTitle {
                if t != h, t.contains(h) { finalTitle = h }
            } else {
                finalTitle = h
            }
        }
        if let t = finalTitle {
            if body == t {
                body = ""
            } else if body.hasPrefix(t + "\n\n") {
                body.removeFirst(t.count + 2)
            }
        }
        let date = (metaDate ?? timeDate).map(Self.shortDate)
        return HTMLText(title: finalTitle, date: date, text: body)
    }

    static func shortDate(_ s: String) -> String {
        let p = String(s.prefix(10))
        return ArticleReader.isISODate(p) ? p : s
    }

    // MARK: Scanning

    mutating func run() {
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count {
                let n = bytes[i + 1]
                if n == UInt8(ascii: "!") {
                    skipDeclaration()
                    continue
                } else if n == UInt8(ascii: "?") {
                    skip(past: [UInt8(ascii: ">")])
                    continue
                } else if n == UInt8(ascii: "/") || Self.isLetter(n) {
                    tag()
                    continue
                }
            }
            let start = i
            i += 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
            emit(Self.decodeText(UnsafeBufferPointer(rebasing: bytes[start..<i])))
        }
        closeArticle()
    }

    mutating func emit(_ text: [UInt8]) {
        guard droppedStack.isEmpty else { return }
        all.append(text)
        if mainDepth > 0 { main.append(text) }
        if articleDepth > 0 { article.append(text) }
        if headingDepth > 0 { heading.append(text) }
    }

    mutating func block(lineOnly: Bool = false) {
        guard droppedStack.isEmpty else { return }
        if lineOnly {
            all.lineBreak()
            main.lineBreak()
            article.lineBreak()
        } else {
            all.paragraph()
            main.paragraph()
            article.paragraph()
        }
    }

    mutating func closeArticle() {
        guard articleDepth > 0 || !article.out.isEmpty else { return }
        if article.out.count > (bestArticle?.count ?? -1) { bestArticle = article.out }
        article = TextBuilder()
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }

    mutating func skip(past terminator: [UInt8]) {
        while i < bytes.count {
            if bytes[i] == terminator[0], i + terminator.count <= bytes.count,
                terminator.indices.allSatisfy({ bytes[i + $0] == terminator[$0] })
            {
                i += terminator.count
                return
            }
            i += 1
        }
    }

    mutating func skipDeclaration() {
        if hasPrefix("<!--", at: i) {
            i += 4
            skip(past: Array("-->".utf8))
        } else if hasPrefix("<![cdata[", at: i) {
            i += 9
            skip(past: Array("]]>".utf8))
        } else {
            skip(past: [UInt8(ascii: ">")])
        }
    }

    func hasPrefix(_ s: StaticString, at k: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard k + n <= bytes.count else { return false }
        for j in 0..<n where bytes[k + j] | (Self.isLetter(bytes[k + j]) ? 0x20 : 0) != s.utf8Start[j] {
            return false
        }
        return true
    }

    /// Reads a start or end tag at `i` and applies it.
    mutating func tag() {
        i += 1
        let closing = bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let nameStart = i
        while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"),
            bytes[i] != UInt8(ascii: "/")
        {
            i += 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<i]), as: UTF8.self)
            .lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        let wantsAttributes = !closing && (name == "meta" || name == "time")
        // Attributes, honouring quotes so a '>' inside a value does not end the tag.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ">") {
                i += 1
                break
            }
            if b == UInt8(ascii: "/") {
                selfClosing = true
                i += 1
                continue
            }
            if Self.isSpace(b) {
                i += 1
                continue
            }
            selfClosing = false
            let attrStart = i
            while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="),
                bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/")
            {
                i += 1
            }
            let attrName = UnsafeBufferPointer(rebasing: bytes[attrStart..<i])
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { continue }
            i += 1
            while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
            var valueRange = i..<i
            if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let q = bytes[i]
                i += 1
                let s = i
                while i < bytes.count, bytes[i] != q { i += 1 }
                valueRange = s..<i
                if i < bytes.count { i += 1 }
            } else {
                let s = i
                while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                valueRange = s..<i
            }
            if wantsAttributes {
                let key = String(decoding: attrName, as: UTF8.self).lowercased()
                let value = Self.decodeText(UnsafeBufferPointer(rebasing: bytes[valueRange]))
                attributes[key] = String(decoding: value, as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        if closing {
            close(name)
        } else {
            open(name, attributes: attributes, selfClosing: selfClosing)
        }
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }

    mutating func open(_ name: String, attributes: [String: String], selfClosing: Bool) {
        // `</head>` may be left out; an unclosed dropped element must not hide the body.
        if name == "body" { droppedStack.removeAll() }
        // So may `</head>` and `<body>` both: body content implicitly ends the head.
        if droppedStack == ["head"], !HTMLText.rawText.contains(name), !["meta", "link", "base"].contains(name) {
            droppedStack.removeAll()
        }
        if HTMLText.rawText.contains(name) {
            if selfClosing { return }
            let start = i
            skipRawText(name)
            if name == "title", title == nil, droppedStack.isEmpty || droppedStack == ["head"] {
                var b = TextBuilder()
                b.append(Self.decodeText(UnsafeBufferPointer(rebasing: bytes[start..<rawEnd])))
                title = b.string
            }
            return
        }
        if name == "meta" {
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "")
                .lowercased()
            if metaDate == nil, HTMLText.dateMeta.contains(key), let c = attributes["content"], !c.isEmpty {
                metaDate = c
            }
            return
        }
        if name == "time", timeDate == nil, let d = attributes["datetime"], !d.isEmpty {
            timeDate = d
        }
        let dropHeader = name == "header" && articleDepth == 0 && mainDepth == 0
        if HTMLText.dropped.contains(name) || dropHeader || (!droppedStack.isEmpty && name == droppedStack.last) {
            if !selfClosing { droppedStack.append(name) }
            return
        }
        guard droppedStack.isEmpty else { return }
        switch name {
        case "br":
            block(lineOnly: true)
            return
        case "td", "th":
            emit([0x20])
            return
        case "article":
            if articleDepth == 0 { closeArticle() }
            if !selfClosing { articleDepth += 1 }
        case "main":
            if !selfClosing { mainDepth += 1 }
        case "h1":
            if firstHeading == nil, !selfClosing { headingDepth += 1 }
        default:
            break
        }
        if HTMLText.blocks.contains(name) { block() }
    }

    mutating func close(_ name: String) {
        if !droppedStack.isEmpty {
            if name == droppedStack.last {
                droppedStack.removeLast()
            } else if name == "body" || name == "html" {
                droppedStack.removeAll()
            }
            return
        }
        switch name {
        case "article":
            if articleDepth > 0 {
                articleDepth -= 1
                if articleDepth == 0 { closeArticle() }
            }
        case "main":
            mainDepth = max(0, mainDepth - 1)
        case "h1":
            if headingDepth > 0 {
                headingDepth = 0
                firstHeading = heading.string
                if firstHeading?.isEmpty == true { firstHeading = nil }
            }
        default:
            break
        }
        if HTMLText.blocks.contains(name) { block() }
    }

    /// The end of the last raw-text content skipped (the index of its `</`).
    var rawEnd = 0

    /// Skips to just past `</name>` (case-insensitively), or to the end of the input.
    mutating func skipRawText(_ name: String) {
        let target = Array(name.utf8)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), i + 1 + target.count < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
                var match = true
                for (k, t) in target.enumerated() where bytes[i + 2 + k] | 0x20 != t {
                    match = false
                    break
                }
                let after = i + 2 + target.count
                if match, after >= bytes.count || Self.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") {
                    rawEnd = i
                    i = after
                    skip(past: [UInt8(ascii: ">")])
                    return
                }
            }
            i += 1
        }
        rawEnd = bytes.count
    }
}
