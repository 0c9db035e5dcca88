import AsahCore

/// The field a position belongs to: decides education, academic titles and the gender mix.
enum DemoField: Sendable {
    case administration, law, policy, humanResources, finance, informatics, communication, statistics
    case transport, population, publicHealth, nurse, midwife, doctor, dentist, pharmacist, teacher
}

/// A position template inside a unit: becomes one `DemoPosition` and `count` employees.
struct DemoSeat: Sendable {
    let slug: String
    let name: String
    let kind: PositionKind
    let jenjang: FungsionalJenjang?
    let field: DemoField
    /// How many employees hold it (before the agency's staff factor).
    let count: ClosedRange<Int>
    /// Share of women among its holders.
    let female: Double

    /// The head of a unit (one holder).
    static func head(
        _ name: String, _ kind: PositionKind, _ field: DemoField = .administration,
        jenjang: FungsionalJenjang? = nil, female: Double = 0.3
    ) -> DemoSeat {
        DemoSeat(slug: "kepala", name: name, kind: kind, jenjang: jenjang, field: field, count: 1...1, female: female)
    }

    /// A jabatan pelaksana.
    static func pelaksana(
        _ name: String, _ field: DemoField = .administration, _ count: ClosedRange<Int> = 1...1, female: Double = 0.5
    ) -> DemoSeat {
        DemoSeat(
            slug: slug(name), name: name, kind: .pelaksana, jenjang: nil, field: field, count: count, female: female)
    }

    /// A jabatan fungsional: `base` plus the jenjang, e.g. "Perawat" + terampil → "Perawat Terampil".
    static func fungsional(
        _ base: String, _ jenjang: FungsionalJenjang, _ field: DemoField, _ count: ClosedRange<Int> = 1...1,
        female: Double = 0.5
    ) -> DemoSeat {
        let name = base + " " + jenjang.label
        return DemoSeat(
            slug: slug(name), name: name, kind: .fungsional, jenjang: jenjang, field: field, count: count,
            female: female)
    }

    /// "Analis Kebijakan Ahli Madya" → "analis-kebijakan-ahli-madya".
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for ch in text.lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                if dash && !out.isEmpty { out.append("-") }
                out.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return out
    }
}

/// Staff sets shared by many units.
enum DemoStaff {
    static let umumKepegawaian: [DemoSeat] = [
        .pelaksana("Pengadministrasi Perkantoran", .administration, 1...2),
        .pelaksana("Pengelola Layanan Operasional", .administration, 0...1),
        .fungsional("Arsiparis", .terampil, .administration, 0...1),
    ]

    static let perencanaanKeuangan: [DemoSeat] = [
        .pelaksana("Pengelola Keuangan", .finance, 1...1),
        .fungsional("Perencana", .ahliPertama, .finance, 0...1),
    ]

    static let kecamatanPemerintahan: [DemoSeat] = [
        .pelaksana("Pengelola Layanan Operasional", .administration, 1...1),
        .pelaksana("Pengadministrasi Perkantoran", .administration, 0...1),
    ]

    static let kecamatanPelayanan: [DemoSeat] = [
        .pelaksana("Operator Layanan Operasional", .administration, 1...1),
        .pelaksana("Pengolah Data dan Informasi", .informatics, 0...1),
    ]

    static let puskesmas: [DemoSeat] = [
        .fungsional("Dokter", .ahliPertama, .doctor, 1...2, female: 0.6),
        .fungsional("Dokter Gigi", .ahliPertama, .dentist, 0...1, female: 0.7),
        .fungsional("Perawat", .terampil, .nurse, 1...3, female: 0.75),
        .fungsional("Perawat", .mahir, .nurse, 0...1, female: 0.75),
        .fungsional("Perawat", .ahliPertama, .nurse, 0...1, female: 0.7),
        .fungsional("Bidan", .terampil, .midwife, 1...2, female: 1.0),
        .fungsional("Bidan", .penyelia, .midwife, 0...1, female: 1.0),
        .fungsional("Sanitarian", .terampil, .publicHealth, 0...1),
        .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
    ]

    static let school: [DemoSeat] = [
        .fungsional("Guru", .ahliPertama, .teacher, 2...3, female: 0.65),
        .fungsional("Guru", .ahliMuda, .teacher, 1...2, female: 0.65),
        .fungsional("Guru", .ahliMadya, .teacher, 1...1, female: 0.6),
        .fungsional("Pustakawan", .terampil, .administration, 0...1, female: 0.7),
        .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
    ]
}
