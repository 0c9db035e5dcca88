/// A small pull scanner for the well-formed XML parts of an .xlsx package, reporting each tag and text
/// as strings: it reads the workbook's small parts (`xl/workbook.xml` and its relationships). The
/// sheet and the shared strings, the large parts, go through `XMLByteScanner`, the same grammar over
/// bytes. Element and attribute names are reported without namespace prefix for elements
/// (`x:row` → `row`) and verbatim for attributes (`r:id`). No DTD support.
struct MiniXMLScanner {
    enum Event {
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Malformed: Error {
        let offset: Int
    }

    private let bytes: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next event, or nil at the end. Declarations, processing instructions and comments are
    /// skipped in a loop, never by recursion: a part made of 10,000 comments must not grow the stack.
    mutating func next() throws -> Event? {
        let n = bytes.count
        while true {
            guard i < n else { return nil }
            if bytes[i] != lt {
                let start = i
                while i < n && bytes[i] != lt { i += 1 }
                return .text(Self.decode(bytes[start..<i]))
            }
            // Most markup is an element: skip the four comparisons below for it.
            if i + 1 < n, bytes[i + 1] != UInt8(ascii: "!"), bytes[i + 1] != UInt8(ascii: "?") { return try element() }
            if matches("<?") { try skip(past: "?>"); continue }
            if matches("<!--") { try skip(past: "-->"); continue }
            if matches("<![CDATA[") {
                let start = i + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(i - 3)], as: UTF8.self))
            }
            if matches("<!") { try skip(past: ">"); continue }
            return try element()
        }
    }

    /// An end tag or a start tag with its attributes; `i` is at its `<`.
    private mutating func element() throws -> Event {
        let n = bytes.count
        if matches("</") {
            i += 2
            let name = readName(local: true)
            skipSpace()
            guard i < n, bytes[i] == gt else { throw Malformed(offset: i) }
            i += 1
            return .end(name: name)
        }
        i += 1
        let name = readName(local: true)
        guard !name.isEmpty else { throw Malformed(offset: i) }
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpace()
            guard i < n else { throw Malformed(offset: i) }
            if bytes[i] == gt { i += 1; return .start(name: name, attributes: attributes, selfClosing: false) }
            if bytes[i] == slash {
                guard i + 1 < n, bytes[i + 1] == gt else { throw Malformed(offset: i) }
                i += 2
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            let attribute = readName()
            skipSpace()
            guard !attribute.isEmpty, i < n, bytes[i] == UInt8(ascii: "=") else { throw Malformed(offset: i) }
            i += 1
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw Malformed(offset: i)
            }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < n && bytes[i] != quote { i += 1 }
            guard i < n else { throw Malformed(offset: i) }
            attributes.append((attribute, Self.decode(bytes[start..<i])))
            i += 1
        }
    }

    private let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[i + k] != p[k] { return false }
        return true
    }

    private mutating func skip(past literal: StaticString) throws {
        while i < bytes.count {
            if matches(literal) { i += literal.utf8CodeUnitCount; return }
            i += 1
        }
        throw Malformed(offset: i)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    /// A name up to white space, `>`, `/` or `=`; with `local`, without its namespace prefix
    /// (`x:row` → `row`), as elements are reported.
    private mutating func readName(local: Bool = false) -> String {
        var start = i
        let first = i
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == gt || b == slash || b == UInt8(ascii: "=") {
                break
            }
            if local, b == UInt8(ascii: ":"), start == first { start = i + 1 }
            i += 1
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// Text with the five predefined entities and numeric character references resolved.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        let text = String(decoding: slice, as: UTF8.self)
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            // Look for the `;` within the longest entity only: searching the whole rest for every `&`
            // made a text of many `&` quadratic.
            guard let semi = after.prefix(11).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let entity = after[..<semi]
            var replacement: String?
            switch entity {
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                }
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        out += rest
        return out
    }
}
