/// The pull scanner of `MiniXMLScanner`, token for token, over borrowed bytes and without making a
/// `String`: a token is a pair of offsets, names are compared as bytes and the reader decides which
/// text it keeps. The sheet and shared-strings readers (`SheetPass`, `SharedStringsPass`) use it; a
/// 50,000-row sheet has some 20 million tags, and a `String` for each name, attribute and text was most
/// of its time. Every input `MiniXMLScanner` refuses, this refuses at the same token (the tests run
/// both on generated and fuzzed parts). No recursion: skipped blocks are skipped in a loop.
struct XMLByteScanner {
    enum Token {
        /// `<name …>` or `<name …/>`; the name without its namespace prefix, attributes by `attribute(_:)`.
        case start(name: Range<Int>, selfClosing: Bool)
        case end(name: Range<Int>)
        /// Character data as written (entities not yet resolved: see `decodedText`).
        case text(Range<Int>)
        /// The inside of a CDATA section, taken as it is.
        case cdata(Range<Int>)
        case endOfInput
    }

    /// An attribute of the last start tag: its name as written (prefix included) and its raw value.
    struct Attribute {
        let name: Range<Int>
        let value: Range<Int>
    }

    struct Malformed: Error {
        let offset: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The last start tag's attributes are the first `attributeCount`; the array is reused, never
    /// emptied, so a tag costs no allocation and no clearing.
    private var attributes: [Attribute] = []
    private var attributeCount = 0
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        attributes.reserveCapacity(8)
    }

    /// The next token. Declarations, processing instructions and comments are skipped in a loop.
    mutating func next() throws -> Token {
        let n = bytes.count
        while true {
            guard i < n else { return .endOfInput }
            if bytes[i] != lt {
                let start = i
                i = firstLessThan(from: i)
                return .text(start..<i)
            }
            if i + 1 < n, bytes[i + 1] != bang, bytes[i + 1] != question { return try element() }
            if matches("<?") { try skip(past: "?>"); continue }
            if matches("<!--") { try skip(past: "-->"); continue }
            if matches("<![CDATA[") {
                let start = i + 9
                try skip(past: "]]>")
                return .cdata(start..<(i - 3))
            }
            if matches("<!") { try skip(past: ">"); continue }
            return try element()
        }
    }

    /// The value of the first attribute of the last start tag named exactly `name`.
    func attribute(_ name: StaticString) -> Range<Int>? {
        for k in 0..<attributeCount where equals(attributes[k].name, name) { return attributes[k].value }
        return nil
    }

    /// Whether the bytes in `range` are exactly `literal`.
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard range.count == count else { return false }
        let p = literal.utf8Start
        for k in 0..<count where bytes[range.lowerBound + k] != p[k] { return false }
        return true
    }

    func contains(_ range: Range<Int>, _ byte: UInt8) -> Bool {
        for k in range where bytes[k] == byte { return true }
        return false
    }

    /// Text as `MiniXMLScanner` reports it: the five predefined entities and character references
    /// resolved. Without a `&` no work beyond the UTF-8 decoding.
    func decodedText(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if !contains(range, amp) { return String(decoding: slice, as: UTF8.self) }
        return MiniXMLScanner.decode(ArraySlice(slice))
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// An end tag or a start tag with its attributes; `i` is at its `<`.
    private mutating func element() throws -> Token {
        let n = bytes.count
        if i + 1 < n, bytes[i + 1] == slash {
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
        attributeCount = 0
        while true {
            skipSpace()
            guard i < n else { throw Malformed(offset: i) }
            if bytes[i] == gt { i += 1; return .start(name: name, selfClosing: false) }
            if bytes[i] == slash {
                guard i + 1 < n, bytes[i + 1] == gt else { throw Malformed(offset: i) }
                i += 2
                return .start(name: name, selfClosing: true)
            }
            let attribute = readName(local: false)
            skipSpace()
            guard !attribute.isEmpty, i < n, bytes[i] == equal else { throw Malformed(offset: i) }
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
            let found = Attribute(name: attribute, value: start..<i)
            if attributeCount < attributes.count {
                attributes[attributeCount] = found
            } else {
                attributes.append(found)
            }
            attributeCount += 1
            i += 1
        }
    }

    private let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    private let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), equal = UInt8(ascii: "=")
    private let amp = UInt8(ascii: "&")

    private func firstLessThan(from start: Int) -> Int {
        var k = start
        let n = bytes.count
        while k < n && bytes[k] != lt { k += 1 }
        return k
    }

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
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A name up to white space, `>`, `/` or `=`; with `local`, after its first `:` (`x:row` → `row`).
    private mutating func readName(local: Bool) -> Range<Int> {
        var start = i
        let first = i
        while i < bytes.count {
            let b = bytes[i]
            if Self.isSpace(b) || b == gt || b == slash || b == equal { break }
            if local, b == UInt8(ascii: ":"), start == first { start = i + 1 }
            i += 1
        }
        return start..<i
    }
}
