/// Forms of training (DOMAIN §2.3): *klasikal* (face to face in a classroom) and *nonklasikal*
/// (work practice and/or learning outside a classroom).
public enum LearningKind: String, CaseIterable, Codable, Sendable {
    case klasikal, nonklasikal

    public var label: String {
        switch self {
        case .klasikal: return "Klasikal"
        case .nonklasikal: return "Nonklasikal"
        }
    }
}

/// BKN SIASN's `jenis_diklat` reference (ids 1–25). The ids are what a training-history export to
/// SIASN carries. Names follow SIASN with natural capitalisation. The klasikal/nonklasikal tag of
/// ids 1–4 and 10 is our own classification (SIASN does not say).
public struct JenisDiklat: Sendable, Equatable, Hashable, Identifiable {
    public let id: Int
    public let name: String
    public let kind: LearningKind
    /// The row of the JP conversion table (`JPConversionTable`) that counts this form by default.
    public let conversionCode: String

    public init(id: Int, name: String, kind: LearningKind, conversionCode: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.conversionCode = conversionCode
    }

    /// The 25 forms, ordered by id. Mapping decisions (DOMAIN §2.4, BPS table):
    /// - 13 (klasikal lainnya) → B3: counted by actual JP like technical training.
    /// - 24 (bimbingan di tempat kerja) → C2: counted like mentoring, 2 JP a session, 2 sessions a month.
    /// - 25 (nonklasikal lainnya) → C4: counted by actual JP (the nonklasikal row "sesuai jam
    ///   pelajaran"), not as belajar mandiri: a programme documented in JP keeps its JP, and the
    ///   2 JP a day cap of C9 would under-count a multi-day programme.
    public static let all: [JenisDiklat] = [
        JenisDiklat(id: 1, name: "Diklat Struktural", kind: .klasikal, conversionCode: "B1"),
        JenisDiklat(id: 2, name: "Diklat Fungsional", kind: .klasikal, conversionCode: "B4"),
        JenisDiklat(id: 3, name: "Diklat Teknis", kind: .klasikal, conversionCode: "B3"),
        JenisDiklat(id: 4, name: "Workshop", kind: .klasikal, conversionCode: "B7"),
        JenisDiklat(id: 5, name: "Pelatihan Manajerial", kind: .klasikal, conversionCode: "B2"),
        JenisDiklat(id: 6, name: "Pelatihan Sosial Kultural", kind: .klasikal, conversionCode: "B5"),
        JenisDiklat(id: 7, name: "Sosialisasi", kind: .klasikal, conversionCode: "B11"),
        JenisDiklat(id: 8, name: "Bimbingan Teknis", kind: .klasikal, conversionCode: "B10"),
        JenisDiklat(id: 9, name: "Seminar", kind: .klasikal, conversionCode: "B6"),
        JenisDiklat(id: 10, name: "Magang", kind: .nonklasikal, conversionCode: "C11"),
        JenisDiklat(id: 11, name: "Kursus", kind: .klasikal, conversionCode: "B8"),
        JenisDiklat(id: 12, name: "Penataran", kind: .klasikal, conversionCode: "B9"),
        JenisDiklat(
            id: 13, name: "Pengembangan Kompetensi dalam Bentuk Pelatihan Klasikal Lainnya", kind: .klasikal,
            conversionCode: "B3"),
        JenisDiklat(id: 14, name: "Coaching", kind: .nonklasikal, conversionCode: "C1"),
        JenisDiklat(id: 15, name: "Mentoring", kind: .nonklasikal, conversionCode: "C2"),
        JenisDiklat(id: 16, name: "E-Learning", kind: .nonklasikal, conversionCode: "C3"),
        JenisDiklat(id: 17, name: "Pelatihan Jarak Jauh", kind: .nonklasikal, conversionCode: "C4"),
        JenisDiklat(id: 18, name: "Detasering (Secondment)", kind: .nonklasikal, conversionCode: "C5"),
        JenisDiklat(id: 19, name: "Pembelajaran Alam Terbuka (Outbond)", kind: .nonklasikal, conversionCode: "C6"),
        JenisDiklat(id: 20, name: "Patok Banding (Benchmarking)", kind: .nonklasikal, conversionCode: "C7"),
        JenisDiklat(
            id: 21, name: "Pertukaran antara PNS dengan Pegawai Swasta/BUMN/BUMD", kind: .nonklasikal,
            conversionCode: "C8"),
        JenisDiklat(id: 22, name: "Belajar Mandiri (Self Development)", kind: .nonklasikal, conversionCode: "C9"),
        JenisDiklat(
            id: 23, name: "Komunitas Belajar (Community of Practices)", kind: .nonklasikal, conversionCode: "C10"),
        JenisDiklat(id: 24, name: "Bimbingan di Tempat Kerja", kind: .nonklasikal, conversionCode: "C2"),
        JenisDiklat(
            id: 25, name: "Pengembangan Kompetensi dalam Bentuk Pelatihan Nonklasikal Lainnya", kind: .nonklasikal,
            conversionCode: "C4"),
    ]

    public static func byID(_ id: Int) -> JenisDiklat? {
        (1...all.count).contains(id) ? all[id - 1] : nil
    }

    /// The name a ledger line's jenis id is shown with: a SIASN kind, or study (`StudyLedger`).
    public static func name(of id: Int) -> String? {
        id == StudyLedger.jenisDiklatID ? StudyLedger.jenisName : byID(id)?.name
    }

    /// The forms of one kind, ordered by id (for grouped pickers).
    public static func all(_ kind: LearningKind) -> [JenisDiklat] {
        all.filter { $0.kind == kind }
    }
}
