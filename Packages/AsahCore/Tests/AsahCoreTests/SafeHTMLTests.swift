import Foundation
import Testing

@testable import AsahCore

@Suite("Safe lesson HTML")
struct SafeHTMLTests {
    @Test func rawHTMLInMarkdownCannotFormATag() {
        #expect(SafeHTML.escapeRawHTML("a <script>alert(1)</script> b") == "a &lt;script>alert(1)&lt;/script> b")
        #expect(SafeHTML.escapeRawHTML("> kutipan tetap kutipan") == "> kutipan tetap kutipan")
        // Code is the renderer's to escape: inline spans and fenced blocks are left as written.
        #expect(SafeHTML.escapeRawHTML("pakai `a<b` dan <i>") == "pakai `a<b` dan &lt;i>")
        #expect(SafeHTML.escapeRawHTML("tanda ` saja <b>") == "tanda ` saja &lt;b>")
        #expect(SafeHTML.escapeRawHTML("```\n<div>\n```\n<div>") == "```\n<div>\n```\n&lt;div>")
    }

    @Test(arguments: [
        ("https://spbe.go.id/panduan", true),
        ("http://contoh.go.id", true),
        ("mailto:bkpsdm@contoh.go.id", true),
        ("/instansi/medan/elearning", true),
        ("#bagian-2", true),
        ("gambar/alur.png", true),
        ("/path?a=b:c", true),
        ("javascript:alert(1)", false),
        ("JaVaScRiPt:alert(1)", false),
        ("java\tscript:alert(1)", false),
        (" javascript:alert(1)", false),
        ("&#106;avascript:alert(1)", false),
        ("javascript&colon;alert(1)", false),
        ("data:text/html;base64,PHNjcmlwdD4=", false),
        ("vbscript:msgbox", false),
    ])
    func onlySafeAddresses(url: String, safe: Bool) {
        #expect(SafeHTML.isSafeURL(url) == safe)
    }

    @Test(arguments: [
        ("<h2>Judul</h2><p>Teks <strong>tebal</strong></p>", "<h2>Judul</h2><p>Teks <strong>tebal</strong></p>"),
        ("<ul><li>a</li></ul>", "<ul><li>a</li></ul>"),
        (
            "<p><a href=\"https://spbe.go.id\">SPBE</a></p>",
            "<p><a href=\"https://spbe.go.id\" rel=\"noopener noreferrer\">SPBE</a></p>"
        ),
        ("<p><a href=\"javascript:alert(1)\">x</a></p>", "<p><a>x</a></p>"),
        ("<p><a href=\"x\" onclick=\"alert(1)\">x</a></p>", "<p><a href=\"x\">x</a></p>"),
        ("<img src=\"/gambar.png\" alt=\"Alur\"/>", "<img src=\"/gambar.png\" alt=\"Alur\" loading=\"lazy\">"),
        ("<img src=\"javascript:alert(1)\" alt=\"x\"/>", "x"),
        ("<img src=x onerror=alert(1)>", ""),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<p>a<iframe src=\"https://x\"></iframe></p>", "<p>a&lt;iframe src=\"https://x\"&gt;&lt;/iframe&gt;</p>"),
        ("<p><em>tidak ditutup", "<p><em>tidak ditutup</em></p>"),
        ("</div><p>x</p>", "&lt;/div&gt;<p>x</p>"),
        ("<p>a < b", "<p>a &lt; b</p>"),
    ])
    func onlyMarkdownTagsSurvive(html: String, cleaned: String) {
        #expect(SafeHTML.clean(html) == cleaned)
    }
}
