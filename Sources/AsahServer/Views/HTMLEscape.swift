/// The one escaping helper for values placed in HTML attributes (Plot escapes text, not attributes).
enum HTMLEscape {
    static func attribute(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for ch in value.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Escapes text content completely (Plot keeps things that look like entities, e.g. "&lt;", as they are).
    static func text(_ value: String) -> String {
        attribute(value)
    }
}
