/// Classifies a SIASN jabatan into a position kind and, for fungsional, a jenjang.
enum SiasnPosition {
    enum Jenis { case struktural, fungsional, pelaksana }

    /// From `JENIS JABATAN NAMA` (old or new vocabulary), else `JENIS JABATAN ID` (1, 2, 4; 3 = rangkap).
    static func jenis(name: String?, id: String?) -> Jenis? {
        if let name {
            let n = name.uppercased()
            if n.contains("STRUKTURAL") || n.contains("RANGKAP") { return .struktural }
            if n.contains("UMUM") || n.contains("PELAKSANA") { return .pelaksana }
            if n.contains("FUNGSIONAL") { return .fungsional }
        }
        switch id.flatMap({ Int($0) }) {
        case 1, 3: return .struktural
        case 2: return .fungsional
        case 4: return .pelaksana
        default: return nil
        }
    }

    typealias Classified = (kind: PositionKind?, jenjang: FungsionalJenjang?)

    static func classify(
        jenisName: String?, jenisId: String?, eselonName: String?, eselonId: String?, jabatanName: String?
    ) -> Classified {
        let eselonKind = kind(eselonName: eselonName, eselonId: eselonId, jabatanName: jabatanName)
        switch jenis(name: jenisName, id: jenisId) {
        case .struktural: return (eselonKind ?? strukturalKind(jabatanName: jabatanName), nil)
        case .fungsional: return (.fungsional, jabatanName.flatMap(jenjang(jabatanName:)))
        case .pelaksana: return (.pelaksana, nil)
        case nil: return (eselonKind, nil)
        }
    }

    /// `I.a`/`I.b` → JPT Madya (JPT Utama only when the text says so), `II.*` → JPT Pratama,
    /// `III.*` → Administrator, `IV.*` → Pengawas; also "Eselon III.a". Eselon V and non-eselon → nil.
    static func kind(eselonName: String?, eselonId: String?, jabatanName: String?) -> PositionKind? {
        if let eselonName {
            let text = SiasnValues.collapsed(eselonName.uppercased())
            if text.contains("JPT UTAMA") { return .jptUtama }
            if text.contains("JPT MADYA") { return .jptMadya }
            if text.contains("JPT PRATAMA") { return .jptPratama }
            if text.contains("ADMINISTRATOR") { return .administrator }
            if text.contains("PENGAWAS") { return .pengawas }
            var rest = Substring(text)
            if rest.hasPrefix("ESELON") { rest = rest.dropFirst(6).drop(while: { $0 == " " }) }
            switch String(rest.prefix(while: { $0 == "I" || $0 == "V" })) {
            case "I":
                let utama = jabatanName.map { $0.uppercased().contains("JPT UTAMA") } ?? false
                return utama ? .jptUtama : .jptMadya
            case "II": return .jptPratama
            case "III": return .administrator
            case "IV": return .pengawas
            default: break
            }
        }
        switch eselonId.flatMap({ Int($0) }) {
        case 10: return .jptUtama
        case 11, 12: return .jptMadya
        case 21, 22: return .jptPratama
        case 31, 32: return .administrator
        case 41, 42: return .pengawas
        default: return nil
        }
    }

    private static let pengawasPrefixes = [
        "KEPALA SUB", "KASUBBAG", "KASUBAG", "KASUBBID", "KASUBID", "KEPALA SEKSI", "KASI ",
    ]
    private static let jptPratamaPrefixes = [
        "KEPALA DINAS", "KEPALA BADAN", "SEKRETARIS DAERAH", "ASISTEN", "STAF AHLI",
    ]
    private static let administratorPrefixes = ["KEPALA BIDANG", "SEKRETARIS", "KEPALA BAGIAN", "KABID", "KABAG"]

    /// A guess from the jabatan name for a struktural row without a usable eselon.
    static func strukturalKind(jabatanName: String?) -> PositionKind {
        guard let jabatanName else { return .administrator }
        let name = SiasnValues.collapsed(jabatanName.uppercased())
        if pengawasPrefixes.contains(where: { name.hasPrefix($0) }) { return .pengawas }
        if jptPratamaPrefixes.contains(where: { name.hasPrefix($0) }) { return .jptPratama }
        if administratorPrefixes.contains(where: { name.hasPrefix($0) }) { return .administrator }
        return .administrator
    }

    /// Suffixes of a fungsional name, longest first. The bare "Utama/Madya/Muda/Pertama" and
    /// "Pelaksana (Lanjutan)" forms are the pre-2019 names of the same jenjang.
    private static let jenjangSuffixes: [(String, FungsionalJenjang)] = [
        ("AHLI UTAMA", .ahliUtama), ("AHLI MADYA", .ahliMadya), ("AHLI MUDA", .ahliMuda),
        ("AHLI PERTAMA", .ahliPertama), ("PENYELIA", .penyelia), ("MAHIR", .mahir),
        ("TERAMPIL", .terampil), ("PEMULA", .pemula), ("PELAKSANA LANJUTAN", .mahir),
        ("PELAKSANA", .terampil), ("UTAMA", .ahliUtama), ("MADYA", .ahliMadya),
        ("MUDA", .ahliMuda), ("PERTAMA", .ahliPertama),
    ]

    /// "Analis Kebijakan Ahli Muda" → ahliMuda; a trailing "(…)" is ignored. Nil when not found.
    static func jenjang(jabatanName: String) -> FungsionalJenjang? {
        var name = Substring(jabatanName.uppercased())
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = name[..<open] }
        let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let text = " " + words.joined(separator: " ")
        return jenjangSuffixes.first { text.hasSuffix(" " + $0.0) }?.1
    }
}
