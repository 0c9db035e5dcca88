/// The `t` attribute of a cell, as far as its text depends on it.
enum CellKind {
    /// `t="s"`: the value is an index into the shared strings.
    case shared
    /// `t="inlineStr"` or `t="str"` (a formula's string result): text, with `_xHHHH_` escapes.
    case inline
    /// `t="b"`: 1 is TRUE, anything else FALSE.
    case boolean
    /// `t="e"`: an error such as `#N/A`, as written.
    case error
    /// No `t`, `t="n"` or anything else: a number as written, a trailing ".0" removed.
    case number

    init(_ type: String?) {
        switch type {
        case "s": self = .shared
        case "inlineStr", "str": self = .inline
        case "b": self = .boolean
        case "e": self = .error
        default: self = .number
        }
    }
}

/// What a cell gathered from its `<v>` or inline `<t>`: nothing, one run of bytes taken as it is (the
/// common case, no `String` made yet), or text already joined from several runs or with entities.
enum GatheredText {
    case empty
    case bytes(Range<Int>)
    case text(String)

    /// The text with one more run appended: the run is kept as a range when nothing else was gathered
    /// and it needs no decoding; otherwise the runs are joined as strings, each decoded on its own (as
    /// the event scanner gave them).
    mutating func append(_ run: Range<Int>, decode: Bool, in scanner: XMLByteScanner) {
        guard !run.isEmpty else { return }
        if case .empty = self, !(decode && scanner.contains(run, UInt8(ascii: "&"))) {
            self = .bytes(run)
            return
        }
        let piece = decode ? scanner.decodedText(run) : scanner.string(run)
        switch self {
        case .empty: self = .text(piece)
        case .bytes(let earlier): self = .text(scanner.string(earlier) + piece)
        case .text(var earlier):
            // Let go of the enum's copy first so that the string grows in place (linear in the runs).
            self = .empty
            earlier += piece
            self = .text(earlier)
        }
    }

    func string(in scanner: XMLByteScanner) -> String {
        switch self {
        case .empty: return ""
        case .bytes(let run): return scanner.string(run)
        case .text(let text): return text
        }
    }
}

extension XLSXSheet {
    /// A cell's text from its kind and gathered value; "" for a cell that holds nothing.
    static func cellText(
        _ kind: CellKind, _ gathered: GatheredText, in scanner: XMLByteScanner, sharedStrings: [String]
    ) -> String {
        guard case .bytes(let run) = gathered else {
            return cellText(kind, raw: gathered.string(in: scanner), sharedStrings: sharedStrings)
        }
        let bytes = scanner.bytes
        // The byte paths below are for ASCII; anything else goes the way of strings, which trims
        // Unicode white space and compares characters.
        func ascii() -> Bool { !run.contains { bytes[$0] >= 0x80 } }
        func trimmed() -> Range<Int> {
            var low = run.lowerBound, high = run.upperBound
            while low < high, isWhitespace(bytes[low]) { low += 1 }
            while high > low, isWhitespace(bytes[high - 1]) { high -= 1 }
            return low..<high
        }
        switch kind {
        case .shared:
            guard ascii() else { break }
            guard let index = sharedIndex(trimmed(), in: bytes, count: sharedStrings.count) else { return "" }
            return sharedStrings[index]
        case .inline:
            if !containsEscape(run, in: bytes) { return scanner.string(run) }
        case .boolean:
            guard ascii() else { break }
            return scanner.equals(trimmed(), "1") ? "TRUE" : "FALSE"
        case .error:
            return scanner.string(run)
        case .number:
            guard ascii() else { break }
            let text = trimmed()
            guard let dot = text.first(where: { bytes[$0] == UInt8(ascii: ".") }),
                !text[(dot + 1)...].contains(where: { bytes[$0] != UInt8(ascii: "0") })
            else { return scanner.string(text) }
            return scanner.string(text.lowerBound..<dot)
        }
        return cellText(kind, raw: scanner.string(run), sharedStrings: sharedStrings)
    }

    /// The same on a string: the reference for the byte paths above.
    static func cellText(_ kind: CellKind, raw: String, sharedStrings: [String]) -> String {
        switch kind {
        case .shared:
            guard let i = Int(raw.trimmedWhitespace), sharedStrings.indices.contains(i) else { return "" }
            return sharedStrings[i]
        case .inline: return unescapeOOXML(raw)
        case .boolean: return raw.trimmedWhitespace == "1" ? "TRUE" : "FALSE"
        case .error: return raw
        case .number:
            let text = raw.trimmedWhitespace
            guard let dot = text.firstIndex(of: "."),
                text[text.index(after: dot)...].allSatisfy({ $0 == "0" })
            else { return text }
            return String(text[..<dot])
        }
    }

    /// ASCII white space as Unicode counts it (tab to carriage return, and space).
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }

    /// `Int(text)` (an optional sign, then decimal digits) when it is an index below `count`.
    static func sharedIndex(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Int? {
        var k = range.lowerBound, negative = false
        if k < range.upperBound, bytes[k] == UInt8(ascii: "+") || bytes[k] == UInt8(ascii: "-") {
            negative = bytes[k] == UInt8(ascii: "-")
            k += 1
        }
        guard k < range.upperBound else { return nil }
        var value = 0
        while k < range.upperBound {
            let digit = Int(bytes[k]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
            // Past the table (or below zero) it can only stay out of it: stop before any overflow.
            if value >= count || (negative && value > 0) { return nil }
            k += 1
        }
        return value
    }

    /// Whether `_x` occurs, the start of an `_xHHHH_` escape.
    static func containsEscape(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            if bytes[k] == UInt8(ascii: "_"), bytes[k + 1] == UInt8(ascii: "x") { return true }
            k += 1
        }
        return false
    }
}
