import AsahCore
import Foundation
import Plot

/// "Tugas dan izin belajar" of one employee: each study with its credited semesters, and for managers
/// the forms to record a study and a completed semester.
struct StudyPage {
    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var studies: [StudyQueries.Study]
        var semesters: [UUID: [StudyQueries.Semester]]
        var canRecord: Bool
        var form: StudyController.StudyForm
        /// Field errors: the new study's by field, a semester's by "<study id>.<field>".
        var errors: [String: String]
    }

    static func render(_ m: Model) -> HTML {
        let e = m.employee
        return Layout.page(m.chrome) {
            UI.employeeHeading("Tugas dan izin belajar", e)
            tag("p") {
                txt(
                    "Setiap semester yang selesai dihitung dalam JP menurut tabel konversi instansi (baris A1 "
                        + "tugas belajar dan A2 izin belajar; bawaannya 20 JP per semester).")
            }.cls("hint")
            if m.studies.isEmpty {
                tag("p") { txt("Belum ada catatan tugas belajar atau izin belajar.") }.cls("card")
            }
            for s in m.studies { study(s, m) }
            if m.canRecord { newStudy(m) }
        }
    }

    static func study(_ s: StudyQueries.Study, _ m: Model) -> Component {
        let done = m.semesters[s.id] ?? []
        let total = done.reduce(JP.zero) { $0 + $1.jp }
        return tag("section") {
            tag("h2") { txt(s.studyKind.label + ": " + s.programme) }
            tag("p") {
                txt(
                    s.institution + (s.international ? " (luar negeri)" : "") + " · " + day(s.startsOn) + " s.d. "
                        + day(s.endsOn))
            }.cls("muted")
            if done.isEmpty {
                tag("p") { txt("Belum ada semester yang dicatat.") }
            } else {
                UI.table(headers: ["Semester", "Selesai", "JP"], stacked: true) {
                    for sem in done {
                        tag("tr") {
                            UI.cell("Semester") { txt(String(sem.number)) }
                            UI.cell("Selesai") { txt(day(sem.finishedOn)) }
                            UI.cell("JP") { txt(sem.jp.number) }
                        }
                    }
                }
                tag("p") { txt("Jumlah: \(total.number) JP dari \(done.count) semester.") }
            }
            if m.canRecord {
                postForm(action: SiteURL.studySemester(m.employee.nip, s.id), csrf: m.chrome.csrf) {
                    let key = s.id.uuidString
                    field(
                        "Semester ke", name: "number", value: String((done.map(\.number).max() ?? 0) + 1),
                        error: m.errors[key + ".number"], type: "number", required: true, id: "number-" + key,
                        extra: [("min", "1"), ("max", "14")])
                    field(
                        "Tanggal semester selesai", name: "finished_on", value: nil,
                        error: m.errors[key + ".finished_on"], type: "date", required: true,
                        id: "finished-" + key)
                    tag("div") { button("Catat semester selesai", cls: "btn btn-secondary") }.cls("actions")
                }
            }
        }.cls("card")
    }

    static func newStudy(_ m: Model) -> Component {
        postForm(action: SiteURL.studies(m.employee.nip), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Catat tugas belajar atau izin belajar") }
            selectField(
                "Jenis", name: "kind", options: StudyKind.allCases.map { ($0.rawValue, $0.label) },
                selected: m.form.kind ?? StudyKind.tugasBelajar.rawValue, error: m.errors["kind"])
            field(
                "Perguruan tinggi", name: "institution", value: m.form.institution, error: m.errors["institution"],
                required: true)
            field(
                "Jenjang dan program studi", name: "programme", value: m.form.programme,
                error: m.errors["programme"], required: true, hint: "Misalnya S2 Administrasi Publik.")
            field(
                "Mulai", name: "starts_on", value: m.form.starts_on, error: m.errors["starts_on"], type: "date",
                required: true)
            field(
                "Selesai (sesuai surat)", name: "ends_on", value: m.form.ends_on, error: m.errors["ends_on"],
                type: "date", required: true)
            tag("div") {
                voidTag(
                    "input",
                    [
                        ("type", "checkbox"), ("id", "f-international"), ("name", "international"), ("value", "1"),
                        ("checked", m.form.international == "1" ? "checked" : nil),
                    ])
                tag("label") { txt("Di luar negeri") }.attr("for", "f-international")
            }.cls("field check")
            tag("div") { button("Simpan") }.cls("actions")
        }
    }

    static func day(_ iso: String) -> String { CivilDate(iso: iso).map(IndonesianFormat.date) ?? iso }
}
