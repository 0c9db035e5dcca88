import Foundation

/// Links to pages, with their query strings, each built from the route's own `SitePath`.
enum SiteURL {
    static let login = SitePath.masuk.link()
    static let logout = SitePath.keluar.link()
    static let agencies = SitePath.instansi.link()
    static let approvals = SitePath.persetujuanKegiatan.link()
    static let inbox = SitePath.kotakMasuk.link()

    static func agency(_ code: String) -> String { SitePath.instansiByCode.link(code) }
    static func employees(_ code: String, q: String? = nil, unit: String? = nil, page: Int? = nil) -> String {
        with(SitePath.instansiPegawai.link(code), ["q": q, "unit": unit, "page": pageNumber(page)])
    }
    static func newEmployee(_ code: String) -> String { SitePath.instansiPegawaiBaru.link(code) }
    static func employee(_ nip: String) -> String { SitePath.pegawai.link(nip) }
    static func editEmployee(_ nip: String) -> String { SitePath.pegawaiUbah.link(nip) }
    static func employment(_ nip: String) -> String { SitePath.pegawaiKedudukan.link(nip) }
    static func studies(_ nip: String) -> String { SitePath.pegawaiBelajar.link(nip) }
    static func performance(_ nip: String) -> String { SitePath.pegawaiKinerja.link(nip) }
    static func feedback(_ nip: String) -> String { SitePath.pegawaiUmpanBalik.link(nip) }
    static func feedbackReply(_ nip: String, _ id: UUID) -> String {
        SitePath.pegawaiUmpanBalikBalas.link(nip, id.uuidString)
    }
    static func studySemester(_ nip: String, _ id: UUID) -> String {
        SitePath.pegawaiBelajarSemester.link(nip, id.uuidString)
    }
    static func newUnit(_ code: String) -> String { SitePath.instansiUnitBaru.link(code) }
    static func editUnit(_ code: String, _ id: String) -> String { SitePath.instansiUnitUbah.link(code, id) }
    static func positions(_ code: String) -> String { SitePath.instansiJabatan.link(code) }
    static func supervision(_ code: String) -> String { SitePath.instansiAtasan.link(code) }
    static func transfers(_ code: String) -> String { SitePath.instansiMutasi.link(code) }
    static func transferDecision(_ id: UUID) -> String { SitePath.mutasiKeputusan.link(id.uuidString) }
    static let systemStatus = SitePath.sistem.link()
    static func leavers(_ code: String) -> String { SitePath.instansiPegawaiKeluar.link(code) }
    static func newPosition(_ code: String) -> String { SitePath.instansiJabatanBaru.link(code) }
    static func editPosition(_ code: String, _ id: String) -> String { SitePath.instansiJabatanUbah.link(code, id) }
    static func competencyProfile(_ nip: String, year: Int? = nil) -> String {
        SitePath.pegawaiKompetensi.link(nip) + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func gapReport(_ code: String, year: Int? = nil, unit: String? = nil, competency: String? = nil) -> String {
        with(
            SitePath.instansiKesenjangan.link(code),
            ["tahun": year.map(String.init), "unit": unit, "kompetensi": competency])
    }
    static func competencies(_ code: String) -> String { SitePath.instansiKompetensi.link(code) }
    static func positionStandard(_ code: String, _ id: String, year: Int? = nil) -> String {
        SitePath.instansiJabatanStandar.link(code, id) + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func competencySettings(_ code: String) -> String { SitePath.instansiPengaturanKompetensi.link(code) }
    static func heatmap(_ code: String, unit: String, year: Int) -> String {
        SitePath.instansiKesenjanganPeta.link(code) + "?unit=\(unit)&tahun=\(year)"
    }
    static func candidates(_ code: String, _ id: String) -> String { SitePath.instansiJabatanKandidat.link(code, id) }
    static func assessmentImport(_ code: String) -> String { SitePath.instansiImporPenilaian.link(code) }
    static func completeStandards(_ code: String) -> String { SitePath.instansiStandarLengkapi.link(code) }
    static func learningHours(_ nip: String, year: Int? = nil) -> String {
        SitePath.pegawaiJp.link(nip) + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func compliance(
        _ code: String, year: Int? = nil, unit: String? = nil, page: Int? = nil, csv: String? = nil
    ) -> String {
        with(
            SitePath.instansiJp.link(code),
            [
                "tahun": year.map(String.init), "unit": unit, "page": pageNumber(page),
                "format": csv.map { _ in "csv" },
                "daftar": csv,
            ])
    }
    static func trainingHistory(_ code: String, year: Int) -> String {
        SitePath.instansiJpRiwayatCsv.link(code) + "?tahun=\(year)"
    }
    static func jpSettings(_ code: String) -> String { SitePath.instansiPengaturanJp.link(code) }
    static func agencySettings(_ code: String) -> String { SitePath.instansiPengaturan.link(code) }
    static func importPage(_ code: String) -> String { SitePath.instansiImpor.link(code) }
    static func importConfirm(_ code: String, _ id: String) -> String {
        SitePath.instansiImporKonfirmasi.link(code, id)
    }

    static func activities(_ code: String, year: Int? = nil) -> String {
        SitePath.instansiKegiatan.link(code) + (year.map { "?tahun=\($0)" } ?? "")
    }
    static func newActivity(_ code: String) -> String { SitePath.instansiKegiatanBaru.link(code) }
    static func activity(_ id: UUID) -> String { SitePath.kegiatan.link(id.uuidString) }
    static func attendanceSheet(_ id: UUID, _ session: UUID) -> String {
        SitePath.kegiatanSesi.link(id.uuidString, session.uuidString)
    }
    static func activityTest(_ id: UUID, _ kind: String) -> String { SitePath.kegiatanTes.link(id.uuidString, kind) }
    static func externalLearning(_ nip: String) -> String { SitePath.pegawaiPelatihanLuar.link(nip) }
    static func externalQueue(_ code: String) -> String { SitePath.instansiPelatihanLuar.link(code) }
    static func externalDecision(_ id: UUID) -> String { SitePath.pelatihanLuarKeputusan.link(id.uuidString) }
    static func externalProof(_ id: UUID) -> String { SitePath.pelatihanLuarSertifikat.link(id.uuidString) }
    static func mentoring(_ nip: String) -> String { SitePath.pegawaiMentoring.link(nip) }
    static func mentoringSessions(_ id: UUID) -> String { SitePath.pembimbinganSesi.link(id.uuidString) }
    static func mentoringConfirm(_ id: UUID) -> String { SitePath.sesiPembimbinganKonfirmasi.link(id.uuidString) }
    static func knowledgeSharing(_ code: String) -> String { SitePath.instansiKomunitasBelajar.link(code) }
    static func knowledgeSetting(_ code: String) -> String { SitePath.instansiKomunitasBelajarPengaturan.link(code) }
    static func knowledgeConfirm(_ id: UUID) -> String { SitePath.sesiKomunitasKonfirmasi.link(id.uuidString) }
    static func knowledgeReject(_ id: UUID) -> String { SitePath.sesiKomunitasTolak.link(id.uuidString) }
    static func innovations(_ code: String) -> String { SitePath.instansiInovasi.link(code) }
    static func newInnovation(_ code: String) -> String { SitePath.instansiInovasiBaru.link(code) }
    static func innovationSetting(_ code: String) -> String { SitePath.instansiInovasiPengaturan.link(code) }
    static func innovation(_ id: UUID) -> String { SitePath.inovasi.link(id.uuidString) }
    static func editInnovation(_ id: UUID) -> String { SitePath.inovasiUbah.link(id.uuidString) }
    static func innovationMembers(_ id: UUID) -> String { SitePath.inovasiAnggota.link(id.uuidString) }
    static func innovationMilestones(_ id: UUID) -> String { SitePath.inovasiTahapan.link(id.uuidString) }
    static func innovationStatus(_ id: UUID) -> String { SitePath.inovasiStatus.link(id.uuidString) }
    static func completeInnovation(_ id: UUID) -> String { SitePath.inovasiSelesai.link(id.uuidString) }
    static func innovationMilestoneDone(_ id: UUID, _ milestone: UUID) -> String {
        SitePath.inovasiTahapanSelesai.link(id.uuidString, milestone.uuidString)
    }
    static func innovationRemoveMember(_ id: UUID, _ nip: String) -> String {
        SitePath.inovasiAnggotaKeluar.link(id.uuidString, nip)
    }
    static func employeeInnovations(_ nip: String) -> String { SitePath.pegawaiInovasi.link(nip) }
    static func certificate(_ code: String) -> String { SitePath.sertifikat.link(code) }
    static func verification(_ code: String) -> String { SitePath.verifikasiByCode.link(code) }
    /// `path` with the given query items, in order, leaving out those without a value.
    static func with(_ path: String, _ items: KeyValuePairs<String, String?>) -> String {
        let query = items.compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : key + "=" + percent($0) }
        }
        return path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// A page number for a link: none for the first page.
    static func pageNumber(_ page: Int?) -> String? { page.flatMap { $0 > 1 ? String($0) : nil } }

    static func percent(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
