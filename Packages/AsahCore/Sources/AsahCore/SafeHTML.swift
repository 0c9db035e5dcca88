import Foundation

/// Keeps author-written Markdown from carrying HTML or script into a page. Two steps around the
/// Markdown renderer (which passes raw HTML through):
/// 1. `escapeRawHTML` turns every `<` of the source into `&lt;`, so no tag can be typed;
/// 2. `clean` keeps only the tags a Markdown renderer makes, rebuilds each with its allowed
///    attributes escaped, and drops links and images whose address is not http(s), mailto or local.
public enum SafeHTML {
    static let plainTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre", "blockquote",
        "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "s",
    ]

    /// Code is left alone (the renderer escapes code itself, and escaping it twice would show
    /// `&lt;`): lines inside a ``` fence and `inline code` spans closed on the same line.
    public static func escapeRawHTML(_ markdown: String) -> String {
        var inFence = false
        var out: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                out.append(String(line))
                continue
            }
            out.append(inFence ? String(line) : escapeOutsideCodeSpans(line))
        }
        return out.joined(separator: "\n")
    }

    private static func escapeOutsideCodeSpans(_ line: Substring) -> String {
        var out = ""
        var rest = line
        while let c = rest.first {
            if c == "`", let close = rest.dropFirst().firstIndex(of: "`") {
                out += rest[...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            out += c == "<" ? "&lt;" : String(c)
            rest = rest.dropFirst()
        }
        return out
    }

    /// Whether an address may be a link or an image source: http, https, mailto, or a path on this
    /// site; anything with another scheme (javascript:, data:, vbscript:) or hidden in entities is not.
    public static func isSafeURL(_ raw: String) -> Bool {
        let compact = String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        let lower = compact.lowercased()
        if lower.contains("&#") || lower.contains("&colon") || lower.contains("\\") { return false }
        guard let colon = lower.firstIndex(of: ":") else { return true }
        let scheme = lower[..<colon]
        // A colon after the first "/", "?" or "#" is part of a path, not a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(scheme)
    }

    /// Rebuilds the renderer's HTML from an allowlist (see the type's note).
    public static func clean(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        var open: [String] = []
        while let lt = rest.firstIndex(of: "<") {
            out += rest[..<lt]
            guard let gt = rest[lt...].firstIndex(of: ">") else {
                out += escapeText(String(rest[lt...]))
                rest = ""
                break
            }
            let inner = rest[rest.index(after: lt)..<gt]
            out += rebuild(String(inner), open: &open) ?? escapeText("<" + inner + ">")
            rest = rest[rest.index(after: gt)...]
        }
        out += rest
        // Close what an unbalanced source left open, innermost first.
        for name in open.reversed() { out += "</\(name)>" }
        return out
    }

    private static func rebuild(_ inner: String, open: inout [String]) -> String? {
        var body = inner.trimmingCharacters(in: .whitespaces)
        let closing = body.hasPrefix("/")
        if closing { body.removeFirst() }
        if body.hasSuffix("/") { body.removeLast() }
        let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
        guard !name.isEmpty else { return nil }
        let allowed = plainTags.contains(name) || name == "a" || name == "img"
        guard allowed else { return nil }
        if closing {
            guard let i = open.lastIndex(of: name) else { return "" }
            let closed = open[i...].reversed().map { "</\($0)>" }.joined()
            open.removeSubrange(i...)
            return closed
        }
        let attrs = attributes(String(body.dropFirst(name.count)))
        switch name {
        case "a":
            open.append("a")
            guard let href = attrs["href"], isSafeURL(href) else { return "<a>" }
            let external = href.lowercased().hasPrefix("http")
            return "<a href=\"\(escapeAttribute(href))\"" + (external ? " rel=\"noopener noreferrer\"" : "") + ">"
        case "img":
            guard let src = attrs["src"], isSafeURL(src), !src.lowercased().hasPrefix("mailto:") else {
                return escapeText(attrs["alt"] ?? "")
            }
            return
                "<img src=\"\(escapeAttribute(src))\" alt=\"\(escapeAttribute(attrs["alt"] ?? ""))\" loading=\"lazy\">"
        case "hr", "br":
            return "<\(name)>"
        default:
            open.append(name)
            return "<\(name)>"
        }
    }

    /// `name="value"` pairs (double or single quotes); anything else is ignored.
    static func attributes(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        var rest = text[...]
        while let eq = rest.firstIndex(of: "=") {
            let name =
                rest[..<eq].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map {
                    $0.lowercased()
                } ?? ""
            var after = rest[rest.index(after: eq)...]
            guard let quote = after.first, quote == "\"" || quote == "'" else { break }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            if out[name] == nil { out[name] = decodeEntities(String(after[..<end])) }
            rest = after[after.index(after: end)...]
        }
        return out
    }

    static func decodeEntities(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func escapeText(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static func escapeAttribute(_ s: String) -> String {
        escapeText(s).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
