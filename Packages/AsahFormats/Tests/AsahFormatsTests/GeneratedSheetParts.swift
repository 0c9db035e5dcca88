import Foundation

/// A seeded generator (SplitMix64): the same seed, the same parts, on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Worksheet and shared-strings parts made to reach every corner of the grammar the readers share:
/// each cell type, references present, absent, odd or out of range, entities, CDATA, comments inside
/// values, prefixes, self-closing tags, stray end tags, bytes that are not UTF-8; then, for some, a few
/// blind mutations (cut, deleted, repeated or inserted bytes) so that errors are compared too.
struct GeneratedSheetParts {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    static let texts: [[UInt8]] =
        [
            "1", "1.0", "1.50", "2.000", " 2 ", "\t3\n", "-0", "+1", "-1", "1e5", ".0", "5.", "0", "00", "7",
            "196608011988031001", "99999999999999999999999", "\u{663}", "1.0\u{301}", "1\u{A0}", "\u{A0}1",
            "Budi Santoso", "a &amp; b", "&lt;x&gt;", "&#233;&#x41;", "&bogus;", "&", "&#xD800;", "&amp",
            "&#x0000000041;", "_x000D_", "_x00", "Baris_x000A_Dua", "TRUE", "#N/A", "", " ", "\r\n", "III/a",
            "漢字", "x\u{301}", ".\u{301}0", "1.\u{301}",
        ].map { Array($0.utf8) } + [[0xC3], [0xFF, 0x31], [0xE6, 0xBC], [0x31, 0xC3, 0xA9]]

    static let references = ["A1", "B2", "C1", "D3", "a3", "AA10", "C", "&#65;1", "B2\u{301}", "Z\u{301}9"]
    /// References at or out of Excel's range: each refuses the whole sheet (at XFD, the next cell
    /// without a reference), so they are rare.
    static let oddReferences = ["XFD1", "XFE1", "\u{212A}1", "1", "", "A&amp;", "AAAAAAAAAAAAAAAAAAAA1", "\u{301}A1"]
    static let rowNumbers = ["1", "2", "3", "10", "+4", "&#50;", "2", "3"]
    static let oddRowNumbers = ["0", "-1", "abc", "1048576", "1048577", "", " 5", "99999999999999999999"]
    static let types = ["s", "inlineStr", "str", "b", "e", "n", "S", "&#115;", "x", "", "s "]
    static let junk: [[UInt8]] =
        [
            "<", ">", "&", "/>", "</c>", "</row>", "<v>", "</v>", "<t>", "</t>", "<is>", "</is>", "<![CDATA[", "]]>",
            "<!--", "-->", "<?", "?>", "<!", "\"", "'", "=", " ", "<c r=\"B1\">", "<row>", "<rPh>", "<x:c>", "</>",
            "<c/>", "<si>", "</si>", "<t/>", "<!-->", "<!--->", "<?>", "<![CDATA[]]>", "<!>", "</c >", "< c>", "<c\t/>",
            "<v>9</v>", "</c></c>", "<c t=\"b\"/></c>",
        ].map { Array($0.utf8) } + [[0xC3], [0xFF], [0x00]]

    mutating func text() -> [UInt8] {
        var out = pick(Self.texts)
        if chance(0.15) { out = Array("<![CDATA[".utf8) + out + Array("]]>".utf8) }
        if chance(0.1) { out += Array("<!--c-->".utf8) + pick(Self.texts) }
        if chance(0.05) { out += Array("<![CDATA[".utf8) + pick(Self.texts) + Array("]]>".utf8) }
        return out
    }

    mutating func attribute(_ name: String, _ value: String) -> String {
        let quote = chance(0.1) ? "'" : "\""
        return " \(name)\(chance(0.05) ? " = " : "=")\(quote)\(value)\(quote)"
    }

    mutating func cell(shared: Int) -> [UInt8] {
        let name = chance(0.05) ? "x:c" : "c"
        var head = "<\(name)"
        if chance(0.8) { head += attribute("r", pick(chance(0.02) ? Self.oddReferences : Self.references)) }
        if chance(0.05) { head += attribute("r", pick(Self.references)) }
        if chance(0.2) { head += attribute("s", "3") }
        if chance(0.7) { head += attribute("t", pick(Self.types)) }
        if chance(0.05) { head += attribute("t", pick(Self.types)) }
        // A self-closing cell, sometimes followed by a stray end tag (which then ends it).
        if chance(0.08) { return Array((head + "/>" + (chance(0.3) ? "</c>" : "")).utf8) }
        var body: [UInt8] = []
        switch count(0...5) {
        case 0: body = Array("<v>\(count(-1...shared))</v>".utf8)
        case 1: body = Array("<v>".utf8) + text() + Array("</v>".utf8)
        case 2: body = Array("<is><t>".utf8) + text() + Array("</t></is>".utf8)
        case 3:
            body =
                Array("<is><r><rPr><b/></rPr><t>".utf8) + text() + Array("</t></r><r><t xml:space=\"preserve\">".utf8)
                + text() + Array("</t></r></is>".utf8)
        case 4:
            body = Array("<is><t>".utf8) + text() + Array("</t><rPh><t>".utf8) + text() + Array("</t></rPh></is>".utf8)
        default: body = Array("<f>SUM(A1)</f><v>".utf8) + text() + Array("</v>".utf8)
        }
        if chance(0.05) { body = Array("<v/>".utf8) + body }
        if chance(0.05) { body = Array("<t>".utf8) + text() + Array("</t>".utf8) + body }
        return Array((head + ">").utf8) + body + Array("</\(name)>".utf8) + (chance(0.03) ? Array("</c>".utf8) : [])
    }

    mutating func sheet(shared: Int) -> [UInt8] {
        var out: [UInt8] = []
        if chance(0.5) { out += Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8) }
        if chance(0.1) { out += Array("<!DOCTYPE x><!--a--><?pi x?>".utf8) }
        out += Array(#"<worksheet xmlns="m"><sheetData>"#.utf8)
        for _ in 0..<count(0...6) {
            var row = "<\(chance(0.05) ? "x:row" : "row")"
            if chance(0.8) { row += attribute("r", pick(chance(0.03) ? Self.oddRowNumbers : Self.rowNumbers)) }
            if chance(0.3) { row += attribute("spans", "1:5") }
            if chance(0.08) { out += Array((row + "/>").utf8); continue }
            out += Array((row + ">").utf8)
            for _ in 0..<count(0...6) { out += cell(shared: shared) }
            if chance(0.1) { out += pick(Self.junk) }
            if chance(0.95) { out += Array("</row>".utf8) }
            if chance(0.2) { out += Array("\n  ".utf8) }
        }
        out += Array("</sheetData></worksheet>".utf8)
        return mutated(out)
    }

    mutating func sharedStrings() -> [UInt8] {
        var out = Array(#"<?xml version="1.0"?><sst xmlns="m" count="9">"#.utf8)
        for _ in 0..<count(0...8) {
            switch count(0...5) {
            case 0: out += Array("<si/>".utf8)
            case 1: out += Array("<si><t>".utf8) + text() + Array("</t></si>".utf8)
            case 2:
                out +=
                    Array("<si><r><rPr><b/></rPr><t>".utf8) + text()
                    + Array("</t></r><r><t xml:space=\"preserve\">".utf8)
                    + text() + Array("</t></r></si>".utf8)
            case 3:
                out +=
                    Array("<si><t>".utf8) + text() + Array("</t><rPh sb=\"0\"><t>".utf8) + text()
                    + Array("</t></rPh></si>".utf8)
            case 4: out += Array("<x:si><x:t/></x:si><si><t>".utf8) + text() + Array("</t>\n</si>".utf8)
            default: out += Array("<si>".utf8) + text() + Array("<t>".utf8) + text() + Array("</t></si>".utf8)
            }
            if chance(0.05) { out += pick(Self.junk) }
        }
        out += Array("</sst>".utf8)
        return mutated(out)
    }

    /// Most parts as made; some cut, with bytes deleted, repeated or inserted.
    mutating func mutated(_ part: [UInt8]) -> [UInt8] {
        guard chance(0.35), !part.isEmpty else { return part }
        var out = part
        for _ in 0..<count(1...3) where !out.isEmpty {
            let at = count(0...(out.count - 1))
            let end = min(out.count, at + count(1...12))
            switch count(0...3) {
            case 0: out.removeSubrange(at...)
            case 1: out.removeSubrange(at..<end)
            case 2: out.insert(contentsOf: out[at..<end], at: at)
            default: out.insert(contentsOf: pick(Self.junk), at: at)
            }
        }
        return out
    }
}
