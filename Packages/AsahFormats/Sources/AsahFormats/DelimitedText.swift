/// A byte range of one field in a delimited-text buffer.
struct FieldSpan {
    var start: Int
    var end: Int
    /// The field starts with a quote that was honoured (closing quote found).
    var quoted: Bool
}

/// Splits delimited text (already valid UTF-8) into records without copying fields.
/// `|` files have no quoting; with other delimiters a field starting with `"` is quoted
/// (`""` escapes, may span lines). An unclosed quote is taken as a literal character.
/// Record terminators: LF, CRLF or a lone CR.
struct DelimitedTokenizer {
    let bytes: [UInt8]
    let delimiter: UInt8
    let quoting: Bool
    private(set) var position: Int
    /// Physical line (1-based) at `position`.
    private(set) var line = 1
    /// The last record had more than `maxFields` fields; those past the limit were not kept.
    private(set) var truncated = false

    /// Fields kept per record (Excel's column limit): a line of 50 MB of delimiters must not become
    /// 50 million spans.
    static let maxFields = 16_384

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")

    init(bytes: [UInt8], delimiter: UInt8, start: Int = 0) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.quoting = delimiter != UInt8(ascii: "|")
        self.position = start
    }

    /// Reads the next record into `fields`; returns the line it starts on, or nil at the end.
    mutating func next(into fields: inout [FieldSpan]) -> Int? {
        let n = bytes.count
        guard position < n else { return nil }
        fields.removeAll(keepingCapacity: true)
        truncated = false
        let startLine = line
        var i = position
        var fieldStart = i
        while true {
            var quoted = false
            if quoting, i < n, bytes[i] == Self.quote {
                var j = i + 1
                var lines = 0
                var closed = false
                while j < n {
                    let b = bytes[j]
                    if b == Self.quote {
                        if j + 1 < n && bytes[j + 1] == Self.quote { j += 2; continue }
                        closed = true
                        j += 1
                        break
                    }
                    if b == Self.lf || (b == Self.cr && (j + 1 == n || bytes[j + 1] != Self.lf)) { lines += 1 }
                    j += 1
                }
                if closed {
                    line += lines
                    i = j
                    quoted = true
                }
            }
            while i < n {
                let b = bytes[i]
                if b == delimiter || b == Self.lf || b == Self.cr { break }
                i += 1
            }
            if fields.count < Self.maxFields {
                fields.append(FieldSpan(start: fieldStart, end: i, quoted: quoted))
            } else {
                truncated = true
            }
            if i < n && bytes[i] == delimiter {
                i += 1
                fieldStart = i
                continue
            }
            if i < n {
                if bytes[i] == Self.cr && i + 1 < n && bytes[i + 1] == Self.lf { i += 1 }
                i += 1
                line += 1
            }
            break
        }
        position = i
        return startLine
    }

    /// The text of a field, with quotes removed and `""` unescaped.
    func string(_ f: FieldSpan) -> String {
        if !f.quoted { return String(decoding: bytes[f.start..<f.end], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(f.end - f.start)
        var j = f.start + 1
        while j < f.end {
            let b = bytes[j]
            if b == Self.quote {
                if j + 1 < f.end && bytes[j + 1] == Self.quote {
                    out.append(b)
                    j += 2
                    continue
                }
                out.append(contentsOf: bytes[(j + 1)..<f.end])
                break
            }
            out.append(b)
            j += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when every field is empty or white space.
    func isBlank(_ fields: [FieldSpan]) -> Bool {
        for f in fields {
            for k in f.start..<f.end {
                let b = bytes[k]
                if b != 0x20 && b != 0x09 && !(f.quoted && b == Self.quote) { return false }
            }
        }
        return true
    }
}
