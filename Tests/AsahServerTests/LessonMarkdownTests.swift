import XCTest

@testable import AsahServer

/// Hostile lesson Markdown through the real renderer (Ink) and the sanitiser: whatever the input, the
/// output holds only Markdown's tags, no event handler and no script address.
final class LessonMarkdownTests: XCTestCase {
    static let allowed: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
        "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "s", "a", "img",
    ]

    func testNoInputCarriesScript() throws {
        let vectors = [
            "`x` <script>alert(1)</script>",
            "``<script>alert(1)</script>``",
            "```js\n</code></pre><script>alert(1)</script>\n```",
            "```\n<script>alert(1)</script>",
            "[a](javascript:alert(1) \"t\")",
            "![a](\"onerror=\"alert(1))",
            "<svg onload=alert(1)>",
            "[x](JAVASCRIPT:alert(1))",
            "[x](  javascript:alert(1))",
            "[x](java&#115;cript:alert(1))",
            "<a href='javascript:alert(1)'>x</a>",
            "*<img src=x onerror=alert(1)>*",
            "> <script>alert(1)</script>",
            "# <iframe src=//x>",
            "| a | b |\n|---|---|\n| <script>x</script> | c |",
            "[x](https://a.example\" onmouseover=\"alert(1))",
            "<<script>script>alert(1)<</script>/script>",
            "<!-- <script>alert(1)</script> -->",
            "<style>body{display:none}</style>",
        ]
        let tag = try NSRegularExpression(pattern: "<(/?)([a-zA-Z0-9]+)([^>]*)>")
        for input in vectors {
            let html = LessonMarkdown.html(input)
            let range = NSRange(html.startIndex..., in: html)
            for m in tag.matches(in: html, range: range) {
                let name = (html as NSString).substring(with: m.range(at: 2)).lowercased()
                let attrs = (html as NSString).substring(with: m.range(at: 3)).lowercased()
                XCTAssertTrue(Self.allowed.contains(name), "\(input) → \(html)")
                XCTAssertNil(attrs.range(of: #"(^|\s)on[a-z]+\s*="#, options: .regularExpression), "\(input) → \(html)")
                XCTAssertFalse(attrs.contains("javascript:") || attrs.contains("&#"), "\(input) → \(html)")
            }
            XCTAssertFalse(
                html.lowercased().contains("<script") || html.lowercased().contains("<style"), "\(input) → \(html)")
        }
    }
}
