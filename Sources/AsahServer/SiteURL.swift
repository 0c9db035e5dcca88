import Foundation

/// Typed page URLs: one place builds every link and registers every route path.
enum SiteURL {
    static let login = "/masuk"
    static let logout = "/keluar"
    static let agencies = "/instansi"
    static let approvals = "/persetujuan-kegiatan"

    static func agency(_ code: String) -> String { "/instansi/\(code)" }
    static func employees(_ code: String, q: String? = nil, unit: String? = nil, page: Int? = nil) -> String {
        var query: [String] = []
        if let q, !q.isEmpty { query.append("q=" + percent(q)) }
        if let unit, !unit.isEmpty { query.append("unit=" + percent(unit)) }
        if let page, page > 1 { query.append("page=\(page)") }
        return "/instansi/\(code)/pegawai" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
    static func newEmployee(_ code: String) -> String { "/instansi/\(code)/pegawai/baru" }
    static func employee(_ nip: String) -> String { "/pegawai/\(nip)" }
    static func editEmployee(_ nip: String) -> String { "/pegawai/\(nip)/ubah" }
    static func newUnit(_ code: String) -> String { "/instansi/\(code)/unit/baru" }
    static func editUnit(_ code: String, _ id: String) -> String { "/instansi/\(code)/unit/\(id)/ubah" }
    static func positions(_ code: String) -> String { "/instansi/\(code)/jabatan" }
    static func newPosition(_ code: String) -> String { "/instansi/\(code)/jabatan/baru" }
    static func editPosition(_ code: String, _ id: String) -> String { "/instansi/\(code)/jabatan/\(id)/ubah" }
    static func competencyProfile(_ nip: String, year: Int? = nil) -> String {
        "/pegawai/\(nip)/kompetensi" + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func gapReport(_ code: String, year: Int? = nil, unit: String? = nil, competency: String? = nil) -> String {
        var query: [String] = []
        if let year { query.append("tahun=\(year)") }
        if let unit, !unit.isEmpty { query.append("unit=" + percent(unit)) }
        if let competency, !competency.isEmpty { query.append("kompetensi=" + percent(competency)) }
        return "/instansi/\(code)/kesenjangan" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
    static func competencies(_ code: String) -> String { "/instansi/\(code)/kompetensi" }
    static func positionStandard(_ code: String, _ id: String, year: Int? = nil) -> String {
        "/instansi/\(code)/jabatan/\(id)/standar" + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func competencySettings(_ code: String) -> String { "/instansi/\(code)/pengaturan/kompetensi" }
    static func heatmap(_ code: String, unit: String, year: Int) -> String {
        "/instansi/\(code)/kesenjangan/peta?unit=\(unit)&tahun=\(year)"
    }
    static func candidates(_ code: String, _ id: String) -> String { "/instansi/\(code)/jabatan/\(id)/kandidat" }
    static func assessmentImport(_ code: String) -> String { "/instansi/\(code)/impor-penilaian" }
    static func completeStandards(_ code: String) -> String { "/instansi/\(code)/standar/lengkapi" }
    static func learningHours(_ nip: String, year: Int? = nil) -> String {
        "/pegawai/\(nip)/jp" + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func compliance(
        _ code: String, year: Int? = nil, unit: String? = nil, page: Int? = nil, csv: String? = nil
    ) -> String {
        var query: [String] = []
        if let year { query.append("tahun=\(year)") }
        if let unit, !unit.isEmpty { query.append("unit=" + percent(unit)) }
        if let page, page > 1 { query.append("page=\(page)") }
        if let csv { query.append("format=csv&daftar=" + percent(csv)) }
        return "/instansi/\(code)/jp" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }
    static func trainingHistory(_ code: String, year: Int) -> String {
        "/instansi/\(code)/jp/riwayat.csv?tahun=\(year)"
    }
    static func jpSettings(_ code: String) -> String { "/instansi/\(code)/pengaturan/jp" }
    static func importPage(_ code: String) -> String { "/instansi/\(code)/impor" }
    static func importConfirm(_ code: String, _ id: String) -> String { "/instansi/\(code)/impor/\(id)/konfirmasi" }

    static func activities(_ code: String, year: Int? = nil) -> String {
        "/instansi/\(code)/kegiatan" + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func newActivity(_ code: String) -> String { "/instansi/\(code)/kegiatan/baru" }
    static func activity(_ id: UUID) -> String { "/kegiatan/\(id.uuidString)" }
    static func attendanceSheet(_ id: UUID, _ session: UUID) -> String {
        "/kegiatan/\(id.uuidString)/sesi/\(session.uuidString)"
    }
    static func activityTest(_ id: UUID, _ kind: String) -> String { "/kegiatan/\(id.uuidString)/tes/\(kind)" }
    static func externalLearning(_ nip: String) -> String { "/pegawai/\(nip)/pelatihan-luar" }
    static func externalQueue(_ code: String) -> String { "/instansi/\(code)/pelatihan-luar" }
    static func externalDecision(_ id: UUID) -> String { "/pelatihan-luar/\(id.uuidString)/keputusan" }
    static func externalProof(_ id: UUID) -> String { "/pelatihan-luar/\(id.uuidString)/sertifikat" }
    static func mentoring(_ nip: String) -> String { "/pegawai/\(nip)/mentoring" }
    static func mentoringSessions(_ id: UUID) -> String { "/pembimbingan/\(id.uuidString)/sesi" }
    static func mentoringConfirm(_ id: UUID) -> String { "/sesi-pembimbingan/\(id.uuidString)/konfirmasi" }
    static func knowledgeSharing(_ code: String) -> String { "/instansi/\(code)/komunitas-belajar" }
    static func knowledgeSetting(_ code: String) -> String { "/instansi/\(code)/komunitas-belajar/pengaturan" }
    static func knowledgeConfirm(_ id: UUID) -> String { "/sesi-komunitas/\(id.uuidString)/konfirmasi" }
    static func knowledgeReject(_ id: UUID) -> String { "/sesi-komunitas/\(id.uuidString)/tolak" }
    static func innovations(_ code: String) -> String { "/instansi/\(code)/inovasi" }
    static func newInnovation(_ code: String) -> String { "/instansi/\(code)/inovasi/baru" }
    static func innovationSetting(_ code: String) -> String { "/instansi/\(code)/inovasi/pengaturan" }
    static func innovation(_ id: UUID) -> String { "/inovasi/\(id.uuidString)" }
    static func editInnovation(_ id: UUID) -> String { "/inovasi/\(id.uuidString)/ubah" }
    static func innovationAction(_ id: UUID, _ action: String) -> String { "/inovasi/\(id.uuidString)/\(action)" }
    static func innovationMilestoneDone(_ id: UUID, _ milestone: UUID) -> String {
        "/inovasi/\(id.uuidString)/tahapan/\(milestone.uuidString)/selesai"
    }
    static func innovationRemoveMember(_ id: UUID, _ nip: String) -> String {
        "/inovasi/\(id.uuidString)/anggota/\(nip)/keluar"
    }
    static func employeeInnovations(_ nip: String) -> String { "/pegawai/\(nip)/inovasi" }
    static func certificate(_ code: String) -> String { "/sertifikat/\(code)" }
    static func verification(_ code: String) -> String { "/verifikasi/\(code)" }
    static func percent(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
