/// Readers for single SIASN field values. All return nil for a value they cannot read.
public enum SiasnValues {
    /// Trims, drops a leading apostrophe (spreadsheet text marker); "" and "null" mean missing.
    public static func clean(_ raw: String) -> String? {
        var s = raw.trimmedWhitespace
        if s.unicodeScalars.first == "'" { s = String(s.unicodeScalars.dropFirst()).trimmedWhitespace }
        if s.isEmpty || (s.utf8.count == 4 && s.lowercased() == "null") { return nil }
        return s
    }

    /// Collapses runs of white space to one space.
    static func collapsed(_ s: String) -> String {
        // Fast path (almost every cell): plain ASCII with single inner spaces needs no work.
        var previousSpace = true
        var plain = true
        for b in s.utf8 {
            if b >= 0x80 || b < 0x20 { plain = false; break }
            if b == 0x20 {
                if previousSpace { plain = false; break }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        if plain && !previousSpace { return s }
        return s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `DD-MM-YYYY`, `DD/MM/YYYY`, `YYYY-MM-DD` (a time part is ignored), or a 5-digit Excel serial day number
    /// (a date cell read from XLSX).
    static func date(_ s: String) -> CivilDate? {
        let core = s.prefix { $0 != " " && $0 != "T" }
        if core.utf8.count == 5, core.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(core) {
            return excelSerial(n)
        }
        let parts = core.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        let (y, m, d): (Substring, Substring, Substring)
        if parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2 {
            (y, m, d) = (parts[0], parts[1], parts[2])
        } else if parts[2].count == 4 && parts[0].count <= 2 && parts[1].count <= 2 {
            (y, m, d) = (parts[2], parts[1], parts[0])
        } else {
            return nil
        }
        return CivilDate(year: Int(y)!, month: Int(m)!, day: Int(d)!)
    }

    /// Excel's 1900 date system: serial 1 = 1900-01-01 (with Excel's phantom 1900-02-29).
    static func excelSerial(_ n: Int) -> CivilDate? {
        guard n >= 61 else { return nil }
        // Days from 1970-01-01: serial 25569 = 1970-01-01.
        var z = n - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        z = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return CivilDate(year: z, month: month, day: day)
    }

    /// M/F, L/P, Pria/Wanita, Laki-laki/Perempuan, 1/2 (any case).
    static func gender(_ s: String) -> Gender? {
        switch s.uppercased().filter({ $0.isLetter || $0.isNumber }) {
        case "M", "L", "1", "PRIA", "LAKILAKI", "LAKI", "MALE": return .male
        case "F", "P", "W", "2", "WANITA", "PEREMPUAN", "FEMALE": return .female
        default: return nil
        }
    }

    /// A single plausible address, lower-cased; anything else (two addresses, `a@b@c`) is nil.
    /// One pass over the bytes: this runs for every row of a 50,000-row export.
    static func email(_ s: String) -> String? {
        let localAllowed: Set<UInt8> = Set("._%+-!#$&'*/=?^`{|}~".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var at = -1
        for b in s.utf8 {
            let c = (b >= 65 && b <= 90) ? b + 32 : b  // ASCII lower-case
            if c == UInt8(ascii: "@") {
                guard at < 0 else { return nil }
                at = out.count
            } else {
                let alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
                if at < 0 {
                    guard alnum || localAllowed.contains(c) else { return nil }
                } else {
                    guard alnum || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") else { return nil }
                }
            }
            out.append(c)
        }
        guard at >= 1, at <= 64 else { return nil }
        let local = out[0..<at], domain = out[(at + 1)...]
        let dot = UInt8(ascii: "."), dash = UInt8(ascii: "-")
        guard local.first != dot, local.last != dot,
            !zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot })
        else { return nil }
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        guard labels.count >= 2,
            labels.allSatisfy({ (1...63).contains($0.count) && $0.first != dash && $0.last != dash }),
            let tld = labels.last, tld.count >= 2, tld.allSatisfy({ $0 >= 97 && $0 <= 122 })
        else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Digits with an optional leading `+`; nil when fewer than 6 digits.
    static func phone(_ s: String) -> String? {
        let digits = s.unicodeScalars.filter { $0.value >= 48 && $0.value <= 57 }
        guard digits.count >= 6 else { return nil }
        return (s.hasPrefix("+") ? "+" : "") + String(String.UnicodeScalarView(digits))
    }

    /// `CHILD - PARENT - … - PEMERINTAH KOTA X` → `[…, PARENT, CHILD]` without the agency.
    static func unitPath(_ s: String) -> [String] {
        var segments: [String] = collapsed(s).components(separatedBy: " - ").compactMap { raw in
            var seg = Substring(raw.trimmedWhitespace)
            while seg.hasSuffix(".") { seg = seg.dropLast() }
            let t = String(seg).trimmedWhitespace
            return t.contains(where: { $0.isLetter || $0.isNumber }) ? t : nil
        }
        if let last = segments.last, last.uppercased().hasPrefix("PEMERINTAH ") { segments.removeLast() }
        return segments.reversed()
    }

    /// "`, S.Kom`" → "S.Kom"; empty → nil.
    static func gelarBelakang(_ s: String) -> String? {
        let t = collapsed(String(s.drop(while: { $0 == "," || $0.isWhitespace })))
        return t.isEmpty ? nil : t
    }

    private static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 48 && s.value <= 57) || (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)
    }
}

extension String {
    /// Leading and trailing white space removed; returns self without copying when there is none.
    public var trimmedWhitespace: String {
        // Fast path: an ASCII first and last character that is not white space.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
        let end = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? start
        return start < end ? String(scalars[start..<end]) : ""
    }
}
