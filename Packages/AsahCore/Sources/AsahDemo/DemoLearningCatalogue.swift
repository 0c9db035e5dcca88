import AsahCore

/// What the demo's civil servants learn from: classroom training with certificates, seminars and
/// workshops, mentoring and coaching sessions of 2 JP, and e-learning days of at most 3 JP. The
/// SIASN jenis diklat ids and the JP follow the BPS conversion rows those forms map to.
struct DemoLearningItem: Sendable {
    enum Form: Sendable {
        /// Counted by actual JP (minutes ÷ 45), a certificate for every participant.
        case training(jp: Int)
        /// Counted per day: seminar and sosialisasi 4 JP, workshop 5 JP.
        case day(jp: Int)
        /// Counted per session: 2 JP, at most two sessions a month.
        case session
        /// Counted by actual minutes, at most 3 JP a day, one line a day.
        case elearning
    }

    enum Provider: Sendable {
        case province, agency, university, ownUnit
    }

    let title: String
    let jenisDiklatID: Int
    let form: Form
    let provider: Provider
    /// Relative chance of being picked.
    let weight: Double

    var source: DemoLearningEntry.Source {
        switch form {
        case .session: return .mentoring
        case .elearning: return .course
        case .training, .day: return provider == .agency ? .activity : .external
        }
    }

    var isScheduled: Bool {
        switch form {
        case .training, .day: return true
        case .session, .elearning: return false
        }
    }
}

enum DemoLearningCatalogue {
    static let items: [DemoLearningItem] = [
        .init(
            title: "Teknologi Informasi dalam Administrasi Pemerintahan", jenisDiklatID: 3, form: .training(jp: 16),
            provider: .province, weight: 1),
        .init(title: "Manajemen Proyek", jenisDiklatID: 3, form: .training(jp: 24), provider: .university, weight: 0.6),
        .init(
            title: "Pelayanan Publik Prima", jenisDiklatID: 8, form: .training(jp: 12), provider: .agency, weight: 1.2),
        .init(
            title: "E-Government dan SPBE", jenisDiklatID: 8, form: .training(jp: 16), provider: .province, weight: 1),
        .init(title: "Penulisan Laporan", jenisDiklatID: 3, form: .training(jp: 8), provider: .agency, weight: 1.2),
        .init(
            title: "Pengelolaan Keuangan Daerah", jenisDiklatID: 8, form: .training(jp: 16), provider: .province,
            weight: 0.6),
        .init(
            title: "Penyusunan Standar Operasional Prosedur", jenisDiklatID: 8, form: .training(jp: 8),
            provider: .agency, weight: 0.8),
        .init(
            title: "Kepemimpinan dan Manajemen Kinerja", jenisDiklatID: 5, form: .training(jp: 24),
            provider: .province, weight: 0.4),
        .init(
            title: "Wawasan Kebangsaan dan Nilai Dasar BerAKHLAK", jenisDiklatID: 6, form: .training(jp: 12),
            provider: .agency, weight: 0.7),
        .init(
            title: "Analisis Data dengan Lembar Kerja", jenisDiklatID: 11, form: .training(jp: 10),
            provider: .university, weight: 0.5),
        .init(
            title: "Pengadaan Barang/Jasa Pemerintah", jenisDiklatID: 3, form: .training(jp: 24), provider: .province,
            weight: 0.3),
        .init(
            title: "Seminar Inovasi Pelayanan Publik Daerah", jenisDiklatID: 9, form: .day(jp: 4),
            provider: .university, weight: 0.8),
        .init(
            title: "Seminar Reformasi Birokrasi dan Zona Integritas", jenisDiklatID: 9, form: .day(jp: 4),
            provider: .province, weight: 0.6),
        .init(
            title: "Lokakarya Penyusunan Rencana Kerja Perangkat Daerah", jenisDiklatID: 4, form: .day(jp: 5),
            provider: .agency, weight: 0.6),
        .init(
            title: "Sosialisasi Manajemen Kinerja ASN", jenisDiklatID: 7, form: .day(jp: 4), provider: .agency,
            weight: 0.6),
        .init(
            title: "Mentoring: Penyusunan Laporan Kinerja", jenisDiklatID: 15, form: .session, provider: .ownUnit,
            weight: 1.4),
        .init(title: "Mentoring: Tata Naskah Dinas", jenisDiklatID: 15, form: .session, provider: .ownUnit, weight: 1),
        .init(
            title: "Coaching: Rencana Pengembangan Karier", jenisDiklatID: 14, form: .session, provider: .ownUnit,
            weight: 0.8),
        .init(
            title: "E-learning: Etika dan Integritas ASN", jenisDiklatID: 16, form: .elearning, provider: .agency,
            weight: 1.2),
        .init(
            title: "E-learning: Literasi Digital ASN", jenisDiklatID: 16, form: .elearning, provider: .agency,
            weight: 1.2),
        .init(
            title: "E-learning: Keamanan Informasi", jenisDiklatID: 16, form: .elearning, provider: .agency,
            weight: 0.8),
        .init(title: "E-learning: Manajemen ASN", jenisDiklatID: 16, form: .elearning, provider: .agency, weight: 0.8),
    ]

    /// Minutes of one e-learning day: 1,33 to 3 JP (the 3 JP a day cap).
    static let elearningMinutes = [60, 90, 120, 135]

    static let universities = [
        "Sumatera Utara": "Universitas Sumatera Utara",
        "Jambi": "Universitas Jambi",
        "Sulawesi Barat": "Universitas Sulawesi Barat",
    ]

    static func providerName(_ provider: DemoLearningItem.Provider, agency: DemoAgency, unitName: String?) -> String {
        switch provider {
        case .province: return "BPSDM Provinsi " + agency.province
        case .agency: return "BKPSDM " + agency.name
        case .university: return universities[agency.province] ?? "Universitas Terbuka"
        case .ownUnit: return unitName ?? "BKPSDM " + agency.name
        }
    }

    static let romanMonths = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "800/0412/BKPSDM/2025" (800: the filing code of kepegawaian), "0457/BPSDM/IX/2025", "0093/PPM/VI/2025".
    static func certificateNumber(_ provider: DemoLearningItem.Provider, seq: Int, date: CivilDate) -> String {
        let number = String(repeating: "0", count: max(0, 4 - String(seq).count)) + String(seq)
        let month = romanMonths[date.month - 1]
        switch provider {
        case .agency, .ownUnit: return "800/\(number)/BKPSDM/\(date.year)"
        case .province: return "\(number)/BPSDM/\(month)/\(date.year)"
        case .university: return "\(number)/PPM/\(month)/\(date.year)"
        }
    }
}
