import Foundation

/// A golongan/ruang (PNS, e.g. III/a with SIASN id 31) or a PPPK golongan (I…XVII, id 1…17).
public struct Golongan: Hashable, Sendable, Codable, CustomStringConvertible {
    public let id: Int
    public let name: String
    public let pangkat: String?
    public let isPPPK: Bool

    public init(id: Int, name: String, pangkat: String?, isPPPK: Bool) {
        self.id = id
        self.name = name
        self.pangkat = pangkat
        self.isPPPK = isPPPK
    }

    public var description: String { name }
}

public enum GolonganTable {
    /// PNS golongan/ruang with SIASN `GOL_ID` (tens = golongan, units = ruang) and pangkat.
    public static let pns: [Golongan] = [
        (11, "I/a", "Juru Muda"), (12, "I/b", "Juru Muda Tingkat I"),
        (13, "I/c", "Juru"), (14, "I/d", "Juru Tingkat I"),
        (21, "II/a", "Pengatur Muda"), (22, "II/b", "Pengatur Muda Tingkat I"),
        (23, "II/c", "Pengatur"), (24, "II/d", "Pengatur Tingkat I"),
        (31, "III/a", "Penata Muda"), (32, "III/b", "Penata Muda Tingkat I"),
        (33, "III/c", "Penata"), (34, "III/d", "Penata Tingkat I"),
        (41, "IV/a", "Pembina"), (42, "IV/b", "Pembina Tingkat I"),
        (43, "IV/c", "Pembina Utama Muda"), (44, "IV/d", "Pembina Utama Madya"),
        (45, "IV/e", "Pembina Utama"),
    ].map { Golongan(id: $0.0, name: $0.1, pangkat: $0.2, isPPPK: false) }

    /// PPPK golongan I…XVII, id = order.
    public static let pppk: [Golongan] = romans.enumerated().map {
        Golongan(id: $0.offset + 1, name: $0.element, pangkat: nil, isPPPK: true)
    }

    private static let romans = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    ]

    /// "III/a", "iii/A", "III / a", also "III-a", "III.a" and "IIIa".
    public static func pns(named name: String) -> Golongan? {
        var roman = "", ruang = ""
        for s in name.unicodeScalars where !s.properties.isWhitespace {
            if ruang.isEmpty, "IViv".unicodeScalars.contains(s) {
                roman.unicodeScalars.append(s)
            } else if s == "/" || s == "-" || s == "." {
                if roman.isEmpty || !ruang.isEmpty { return nil }
            } else {
                ruang.unicodeScalars.append(s)
            }
        }
        let key = roman.uppercased() + "/" + ruang.lowercased()
        return pns.first { $0.name == key }
    }

    public static func pns(id: Int) -> Golongan? { pns.first { $0.id == id } }

    /// Roman "I"…"XVII" (any case, surrounding spaces ignored) or arabic "1"…"17".
    public static func pppk(named name: String) -> Golongan? {
        let key = name.trimmingCharacters(in: .whitespaces).uppercased()
        if let n = Int(key) { return pppk(id: n) }
        return pppk.first { $0.name == key }
    }

    public static func pppk(id: Int) -> Golongan? { (1...17).contains(id) ? pppk[id - 1] : nil }

    /// The PPPK golongan that applications pair with a PNS golongan id (11 ↔ I … 45 ↔ XVII).
    /// The pairing is an application convention, not a legal equivalence.
    public static func pppk(pairedWithPNSId id: Int) -> Golongan? {
        guard let index = pns.firstIndex(where: { $0.id == id }) else { return nil }
        return pppk[index]
    }

    public static func named(_ name: String, status: EmployeeStatus) -> Golongan? {
        status.isPPPK ? pppk(named: name) : pns(named: name)
    }
}
