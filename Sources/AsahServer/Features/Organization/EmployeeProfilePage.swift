import AsahCore
import Plot

struct EmployeeProfilePage {
    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var subordinates: [EmployeeQueries.ListRow]
        /// Contact details are shown only to the agency's managers.
        var showContact: Bool
        var canChange: Bool
        var supervisorVisible: Bool
        /// The employee, their supervisors up the chain and managers see performance ratings.
        var showPerformance = false
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee
        var rows: [(String, String)] = [
            ("NIP", NIP.format(e.nip)),
            ("Status", UI.statusLabel(e.status)),
            (
                "Golongan",
                e.golongan.map { g in GolonganTable.pns(named: g)?.pangkat.map { "\(g) (\($0))" } ?? g } ?? "-"
            ),
            ("Jabatan", e.positionName ?? "-"),
            ("Jenis jabatan", jenisJabatan(e)),
            ("Unit kerja", e.unitName ?? "-"),
            ("Instansi", e.agencyName),
            ("Jenis kelamin", Gender(rawValue: e.gender)?.label ?? "-"),
            ("Tanggal lahir", CivilDate(iso: e.birthDate).map(IndonesianFormat.date) ?? e.birthDate),
        ]
        rows.append(("Surel", m.showContact ? (e.email ?? "-") : Masking.email(e.email)))
        rows.append(("Telepon", m.showContact ? (e.phone ?? "-") : Masking.phone(e.phone)))
        return Layout.page(m.chrome) {
            tag("h1") { txt(e.fullName) }
            tag("div") {
                UI.facts(rows)
                tag("p") {
                    let state = EmploymentState(rawValue: e.employmentState) ?? .aktif
                    txt("Status kepegawaian: " + state.label)
                    if let since = e.employmentSince.flatMap(CivilDate.init(iso:)) {
                        txt(" sejak " + IndonesianFormat.date(since))
                    }
                }
                tag("p") {
                    txt("Atasan langsung: ")
                    if let nip = e.supervisorNIP, let name = e.supervisorName {
                        if m.supervisorVisible { link(SiteURL.employee(nip), name) } else { txt(name) }
                        tag("small") {
                            txt(e.supervisorOverride ? " (ditetapkan pengelola)" : " (dari struktur organisasi)")
                        }.cls("muted")
                    } else {
                        txt("-")
                    }
                }
            }.cls("card")
            tag("div") {
                link(SiteURL.competencyProfile(e.nip), "Profil kompetensi", cls: "btn")
                link(SiteURL.learningHours(e.nip), "Jam pelajaran (JP)", cls: "btn btn-secondary")
                link(SiteURL.employeeInnovations(e.nip), "Proyek inovasi", cls: "btn btn-secondary")
                link(SiteURL.studies(e.nip), "Tugas/izin belajar", cls: "btn btn-secondary")
                if m.showPerformance {
                    link(SiteURL.performance(e.nip), "Penilaian kinerja", cls: "btn btn-secondary")
                    link(SiteURL.feedback(e.nip), "Umpan balik", cls: "btn btn-secondary")
                }
                if m.canChange {
                    link(SiteURL.editEmployee(e.nip), "Ubah data pegawai", cls: "btn btn-secondary")
                    link(SiteURL.employment(e.nip), "Ubah status kepegawaian", cls: "btn btn-secondary")
                }
            }.cls("actions")
            if !m.subordinates.isEmpty {
                tag("h2") { txt("Bawahan langsung (\(m.subordinates.count))") }
                EmployeeListPage.table(m.subordinates)
            }
        }
    }

    static func jenisJabatan(_ e: EmployeeQueries.Detail) -> String {
        let kind = UI.positionKindLabel(e.positionKind)
        if let jenjang = e.positionJenjang.flatMap(FungsionalJenjang.init(rawValue:)) {
            return kind + " · " + jenjang.label
        }
        return kind
    }
}
