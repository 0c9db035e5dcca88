import AsahCore
import Plot

/// The managers' form for an employee's employment state and the day it began.
struct EmploymentPage {
    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var state: String
        var since: String
        var errors: [String: String] = [:]
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee
        return Layout.page(m.chrome) {
            UI.employeeHeading("Status kepegawaian", e)
            postForm(action: SiteURL.employment(e.nip), csrf: m.chrome.csrf, cls: "card") {
                selectField(
                    "Status", name: "state", options: EmploymentState.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.state, error: m.errors["state"])
                field(
                    "Berlaku sejak", name: "since", value: m.since, error: m.errors["since"], type: "date",
                    required: true)
                tag("p") {
                    txt(
                        "Pegawai dalam dinas aktif dihitung dalam capaian 20 JP dan laporan kesenjangan. Yang tugas "
                            + "belajar, diberhentikan sementara atau cuti di luar tanggungan negara tidak dihitung "
                            + "selama statusnya berlaku. Pegawai yang pensiun, berhenti, meninggal atau pindah tetap "
                            + "tercatat beserta riwayatnya, dan akunnya dinonaktifkan.")
                }.cls("hint")
                tag("div") {
                    button("Simpan")
                    link(SiteURL.employee(e.nip), "Batal", cls: "btn btn-secondary")
                }.cls("actions")
            }
        }
    }
}
