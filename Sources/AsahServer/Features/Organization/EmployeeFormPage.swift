import AsahCore
import Plot

struct EmployeeFormPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var action: String
        var cancel: String
        var isNew: Bool
        var input: EmployeeInput
        var unitID: String = ""
        var positionID: String = ""
        var supervisorNIP: String = ""
        /// Who the structure names as supervisor today, shown beside an empty field.
        var structureSupervisor: String?
        /// A PPPK's contract start (ISO date).
        var contractStart: String = ""
        var units: [(value: String, label: String)]
        var positions: [(value: String, label: String)]
        var errors: [String: String] = [:]
    }

    static let golonganOptions: [(value: String, label: String)] =
        GolonganTable.pns.map { ($0.name, "\($0.name) · \($0.pangkat ?? "")") }
        + GolonganTable.pppk.map { ($0.name, "PPPK golongan \($0.name)") }

    static func render(_ m: Model) -> HTML {
        let i = m.input
        return Layout.page(m.chrome) {
            tag("h1") { txt(m.chrome.title) }
            if !m.errors.isEmpty {
                tag("p") { txt("Periksa kembali isian yang ditandai.") }.cls("error").attr("role", "alert")
            }
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                if m.isNew {
                    field(
                        "NIP", name: "nip", value: i.nip, error: m.errors["nip"], required: true,
                        hint: "18 digit, boleh dengan spasi atau titik.", extra: [("inputmode", "numeric")])
                } else {
                    tag("p") { txt("NIP: " + NIP.format(i.nip)) }.cls("nip")
                    if let error = m.errors["nip"] { tag("p") { txt(error) }.cls("field-error") }
                    voidTag("input", [("type", "hidden"), ("name", "nip"), ("value", i.nip)])
                }
                field("Gelar depan", name: "gelar_depan", value: i.gelarDepan, error: m.errors["gelar_depan"])
                field("Nama", name: "name", value: i.name, error: m.errors["name"], required: true)
                field(
                    "Gelar belakang", name: "gelar_belakang", value: i.gelarBelakang, error: m.errors["gelar_belakang"])
                selectField(
                    "Status kepegawaian", name: "status",
                    options: EmployeeStatus.allCases.map { ($0.rawValue, $0.label) }, selected: i.status,
                    error: m.errors["status"], includeEmpty: "(pilih)")
                selectField(
                    "Golongan", name: "golongan", options: golonganOptions, selected: i.golongan,
                    error: m.errors["golongan"], includeEmpty: "(belum ada)")
                selectField(
                    "Jenis kelamin", name: "gender", options: Gender.allCases.map { ($0.rawValue, $0.label) },
                    selected: i.gender, error: m.errors["gender"], includeEmpty: "(pilih)")
                field(
                    "Tanggal lahir", name: "birth_date", value: i.birthDate, error: m.errors["birth_date"],
                    type: "date",
                    required: true)
                field(
                    "TMT perjanjian kerja (khusus PPPK)", name: "contract_start", value: m.contractStart,
                    error: m.errors["contract_start"], type: "date",
                    hint: "Batas 24 JP PPPK dihitung per tahun perjanjian kerja mulai tanggal ini.")
                selectField(
                    "Unit kerja", name: "unit_id", options: m.units, selected: m.unitID,
                    error: m.errors["unit_id"], includeEmpty: "(belum ditempatkan)")
                selectField(
                    "Jabatan", name: "position_id", options: m.positions, selected: m.positionID,
                    error: m.errors["position_id"], includeEmpty: "(belum ada)")
                field(
                    "NIP atasan langsung", name: "supervisor_nip", value: m.supervisorNIP,
                    error: m.errors["supervisor_nip"],
                    hint: "Kosongkan agar atasan mengikuti struktur organisasi (kepala unit)."
                        + (m.structureSupervisor.map { " Menurut struktur saat ini: \($0)." } ?? ""),
                    extra: [("inputmode", "numeric")])
                field("Surel", name: "email", value: i.email, error: m.errors["email"], type: "email")
                field("Telepon", name: "phone", value: i.phone, error: m.errors["phone"], type: "tel")
                tag("div") {
                    button("Simpan")
                    link(m.cancel, "Batal", cls: "btn btn-secondary")
                }.cls("actions")
            }
        }
    }
}
