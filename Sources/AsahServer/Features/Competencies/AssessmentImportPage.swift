import AsahCore
import Plot

/// Upload of assessment results, its check and its confirmation.
struct AssessmentImportPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var report: AssessmentImporter.Report?
        var uploadID: String?
        var filename: String?
        var done = false
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") {
                txt(
                    m.done
                        ? "Impor penilaian selesai"
                        : m.report == nil ? "Impor hasil penilaian kompetensi" : "Hasil pemeriksaan")
            }
            if let r = m.report {
                tag("p") { txt("Berkas: " + (m.filename ?? "")) }.cls("muted")
                tag("div") {
                    UI.stat(UI.number(r.created), m.done ? "penilaian disimpan" : "penilaian akan disimpan")
                    UI.stat(UI.number(r.employees), "pegawai")
                }.cls("grid")
                if !r.isValid {
                    tag("h2") { txt("\(UI.number(r.errors.count)) masalah ditemukan — tidak ada data yang disimpan") }
                        .cls("bad")
                    UI.table(headers: ["Baris", "Kolom", "Masalah"]) {
                        for issue in r.errors.prefix(500) {
                            tag("tr") {
                                tag("td") { txt(String(issue.row)) }
                                tag("td") { txt(issue.column) }
                                tag("td") { txt(issue.message) }
                            }
                        }
                    }
                } else if let upload = m.uploadID, !m.done {
                    postForm(
                        action: SitePath.instansiImporPenilaianKonfirmasi.link(m.agencyCode, upload),
                        csrf: m.chrome.csrf,
                        cls: "actions"
                    ) {
                        button("Impor sekarang")
                        link(SiteURL.assessmentImport(m.agencyCode), "Batal", cls: "btn btn-secondary")
                    }
                }
                if m.done || !r.isValid {
                    tag("div") {
                        link(SiteURL.assessmentImport(m.agencyCode), "Unggah berkas lain", cls: "btn btn-secondary")
                    }.cls("actions")
                }
            } else {
                tag("div") {
                    tag("p") {
                        txt(
                            "Satu baris per pegawai dan kompetensi. Kolom: NIP, KODE KOMPETENSI, LEVEL, TANGGAL, dan bila perlu SUMBER (bawaan assessment_center) serta CATATAN. Pemisah | ; , atau tab."
                        )
                    }
                    tag("p") { txt("Semua baris diperiksa lebih dulu; data disimpan hanya bila semua baris benar.") }
                }.cls("card")
                postForm(action: SiteURL.assessmentImport(m.agencyCode), csrf: m.chrome.csrf, multipart: true) {
                    field(
                        "Berkas hasil penilaian (CSV)", name: "berkas", value: nil, error: m.error, type: "file",
                        required: true,
                        extra: [("accept", ".csv,.txt,text/csv")])
                    button("Periksa berkas")
                }
            }
        }
    }
}
