import AsahCore

/// Deterministic demo data for competencies: technical competencies, the technical part of every
/// demo position's competency standard (SKJ) and assessments of the demo employees.
/// Manajerial and sosial kultural requirements come from `StandardDefaults`, not from here.

public struct DemoAssessment: Sendable, Equatable {
    public let nip: String
    /// A national (`CompetencyDictionary`) or technical (`DemoCompetencies.technical`) code.
    public let code: String
    public let level: Int
    public let source: AssessmentSource
    public let assessedOn: CivilDate
    /// The supervisor, for supervisor ratings; nil otherwise.
    public let assessorNIP: String?
    public let note: String?

    public init(
        nip: String, code: String, level: Int, source: AssessmentSource, assessedOn: CivilDate,
        assessorNIP: String?, note: String?
    ) {
        self.nip = nip
        self.code = code
        self.level = level
        self.source = source
        self.assessedOn = assessedOn
        self.assessorNIP = assessorNIP
        self.note = note
    }

    public var fact: AssessmentFact {
        AssessmentFact(level: level, source: source, assessedOn: assessedOn)
    }
}

/// One technical requirement of a demo position.
public struct DemoStandardItem: Sendable, Equatable {
    public let positionKey: String
    public let code: String
    public let level: Int

    public init(positionKey: String, code: String, level: Int) {
        self.positionKey = positionKey
        self.code = code
        self.level = level
    }
}

public enum DemoCompetencies {
    /// The technical competencies the demo positions require.
    public static let technical: [DemoTechnicalCompetency] = technicalList

    public static func technical(code: String) -> DemoTechnicalCompetency? {
        technical.first { $0.code == code }
    }

    /// Technical requirements of every position of the agency (1–3 per position, by the field of its
    /// unit and its name; level 1–4 by position kind and jenjang), in position order.
    public static func standardItems(for agency: DemoAgency) -> [DemoStandardItem] {
        agency.positions.flatMap { position in
            let level = technicalLevel(position)
            return technicalCodes(position).map { DemoStandardItem(positionKey: position.key, code: $0, level: level) }
        }
    }

    /// Optional per-position raises of national levels in the demo SKJ (DOMAIN §1.6: the defaults are
    /// editable per position): Medan's Dinas Perhubungan asks its front-line staff for Pelayanan Publik
    /// and Komunikasi at level 2 instead of 1. Without them `StandardDefaults` applies unchanged.
    public static func nationalOverrides(for agency: DemoAgency) -> [DemoStandardItem] {
        guard agency.code == weakAgencyCode else { return [] }
        return agency.positions.flatMap { position -> [DemoStandardItem] in
            guard isWeakUnit(position.unitKey), position.kind == .pelaksana || position.kind == .fungsional,
                !position.name.hasPrefix("Pengadministrasi"),
                StandardDefaults.standard.level(kind: position.kind, jenjang: position.jenjang) < 2
            else { return [] }
            return ["M.03", "M.05"].map { DemoStandardItem(positionKey: position.key, code: $0, level: 2) }
        }
    }

    /// Required level of every competency (national and technical) of a position, national first;
    /// `overrides` (code → level) replace the default national levels.
    static func requirements(
        _ position: DemoPosition, overrides: [String: Int] = [:], defaults: StandardDefaults = .standard
    ) -> [(code: String, level: Int)] {
        let national = defaults.level(kind: position.kind, jenjang: position.jenjang)
        let level = technicalLevel(position)
        return CompetencyDictionary.nationalCodes.map { ($0, overrides[$0] ?? national) }
            + technicalCodes(position).map { ($0, level) }
    }

    /// Jpt 4, administrator and pengawas 3; fungsional by jenjang; pelaksana 2, clerical pelaksana 1.
    static func technicalLevel(_ position: DemoPosition) -> Int {
        switch position.kind {
        case .jptUtama, .jptMadya, .jptPratama: return 4
        case .administrator, .pengawas: return 3
        case .pelaksana:
            return position.name.hasPrefix("Pengadministrasi") || position.name.hasPrefix("Pengelola Umum") ? 1 : 2
        case .fungsional:
            switch position.jenjang {
            case .ahliUtama, .ahliMadya: return 4
            case .ahliMuda, .penyelia: return 3
            case .ahliPertama, .mahir, .terampil: return 2
            case .pemula, nil: return 1
            }
        }
    }

    /// The technical competencies of a position: first by what its name says, then by its unit.
    static func technicalCodes(_ position: DemoPosition) -> [String] {
        let name = position.name
        let unit = position.unitKey
        let root = String(unit.prefix { $0 != "-" })
        let informatics = ["Pranata Komputer", "Pengolah Data dan Informasi", "Penata Kelola Sistem", "Sandiman"]
            .contains { name.hasPrefix($0) }

        var codes: [String]
        if ["Pengadministrasi Perkantoran", "Pengelola Umum Operasional", "Arsiparis", "Pustakawan"]
            .contains(where: { name.hasPrefix($0) })
        {
            codes = ["T.ADM.01"]
        } else if name.hasPrefix("Analis Sumber Daya Manusia") {
            codes = ["T.ASN.01", "T.ASN.02"]
        } else if name.hasPrefix("Pranata Sumber Daya Manusia") {
            codes = ["T.ASN.01"]
        } else if name.hasPrefix("Widyaiswara") {
            codes = ["T.ASN.02"]
        } else if name.hasPrefix("Analis Kebijakan") || name.hasPrefix("Penelaah Teknis Kebijakan") {
            codes = ["T.KEB.01"] + fieldCodes(root: root, unit: unit).prefix(1)
        } else if name.hasPrefix("Penguji Kendaraan") {
            codes = ["T.HUB.02"]
        } else if unit.hasSuffix("-sekretariat") {
            codes = ["T.KEU.01", "T.ASN.01", "T.ADM.01"]
        } else if unit.hasSuffix("-keuangan") {
            codes = ["T.KEU.01"]
        } else if unit.hasSuffix("-umum") {
            codes = ["T.ADM.01", "T.ASN.01"]
        } else if informatics {
            codes = ["T.KOM.01"] + fieldCodes(root: root, unit: unit).prefix(1)
        } else {
            codes = fieldCodes(root: root, unit: unit)
        }
        if informatics || name.hasPrefix("Administrator Database") { codes.append("T.KOM.01") }
        var seen = Set<String>()
        return Array(codes.filter { seen.insert($0).inserted }.prefix(3))
    }

    /// The technical competencies of a unit's field (a unit key like "dishub-lalin-manrek").
    private static func fieldCodes(root: String, unit: String) -> [String] {
        switch root {
        case "setda":
            if unit.hasSuffix("-hukum") { return ["T.HUK.01"] }
            if unit.hasSuffix("-organisasi") { return ["T.KEB.01"] }
            return ["T.PEM.01", "T.KEB.01"]
        case "bkpsdm":
            return unit.hasPrefix("bkpsdm-bangkom") ? ["T.ASN.02", "T.ASN.01"] : ["T.ASN.01", "T.ASN.02"]
        case "disdukcapil":
            return ["T.DUK.01"]
        case DemoUnitTree.dishubKey:
            if unit == root { return ["T.HUB.01", "T.HUB.02", "T.HUB.03"] }
            if unit.hasPrefix("dishub-angkutan") { return ["T.HUB.03", "T.HUB.01"] }
            if unit.hasPrefix("dishub-pkb") { return ["T.HUB.02", "T.HUB.03"] }
            return ["T.HUB.01", "T.HUB.03"]
        case "dinkes", "pkm":
            return ["T.KES.01"]
        case "disdik":
            return ["T.DIK.01"]
        case "diskominfo":
            return ["T.KOM.01"]
        case "kec":
            return unit.hasSuffix("-pemerintahan") ? ["T.PEM.01"] : ["T.PEM.01", "T.DUK.01"]
        default:
            return ["T.ADM.01"]
        }
    }
}
