import AsahCore
import Plot

/// The upload form, the dry-run report and the result of a confirmed import.
struct ImportPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var agencyName: String
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Impor data pegawai dari SIASN") }
            tag("p") { txt(m.agencyName) }.cls("muted")
            tag("div") {
                tag("p") {
                    txt(
                        "Unggah berkas unduhan \"Download Data ASN\" dari SIASN. Asah memeriksa seluruh baris lebih dulu; "
                    )
                    txt(
                        "data baru disimpan hanya setelah Anda menekan Impor sekarang, dan hanya bila semua baris benar."
                    )
                }
                tag("ul") {
                    tag("li") { txt("CSV dengan pemisah | (asli SIASN), ; , atau tab, maupun XLSX (lembar pertama).") }
                    tag("li") { txt("Kolom wajib: NIP BARU dan NAMA. Kolom lain dicocokkan menurut nama judulnya.") }
                    tag("li") {
                        txt("Pegawai dengan NIP yang sudah ada akan diperbarui; unit dan jabatan baru dibuat otomatis.")
                    }
                }
            }.cls("card")
            postForm(action: SiteURL.importPage(m.agencyCode), csrf: m.chrome.csrf, multipart: true) {
                field(
                    "Berkas ekspor SIASN (CSV atau XLSX)", name: "berkas", value: nil, error: m.error, type: "file",
                    required: true, extra: [("accept", ".csv,.txt,.xlsx,text/csv")])
                button("Periksa berkas")
            }
        }
    }
}

struct ImportReportPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var filename: String
        var report: ImportReport
        var uploadID: String?
        /// True after a confirmed import; false for the dry-run report.
        var done: Bool
    }

    static let maxShownErrors = 500

    static func render(_ m: Model) -> HTML {
        let r = m.report
        return Layout.page(m.chrome) {
            tag("h1") { txt(m.done ? "Impor selesai" : "Hasil pemeriksaan") }
            tag("p") { txt("Berkas: \(m.filename)") }.cls("muted")
            tag("div") {
                count("jumlah-baru", r.created, m.done ? "pegawai ditambahkan" : "pegawai baru akan ditambahkan")
                count("jumlah-ubah", r.updated, m.done ? "pegawai diperbarui" : "pegawai akan diperbarui")
                count("jumlah-tetap", r.unchanged, "pegawai tidak berubah")
                count("jumlah-unit", r.unitsCreated, "unit kerja baru")
                count("jumlah-jabatan", r.positionsCreated, "jabatan baru")
            }.cls("grid")
            if !r.isValid {
                tag("h2") { txt("\(UI.number(r.errors.count)) masalah ditemukan — tidak ada data yang disimpan") }
                    .cls("bad")
                tag("p") { txt("Perbaiki baris berikut di berkas, lalu unggah kembali.") }
                UI.table(headers: ["Baris", "Kolom", "Masalah"]) {
                    for issue in r.errors.prefix(maxShownErrors) {
                        tag("tr") {
                            tag("td") { txt(String(issue.row)) }
                            tag("td") { txt(issue.column) }
                            tag("td") { txt(issue.message) }
                        }
                    }
                }
                if r.errors.count > maxShownErrors {
                    tag("p") { txt("… dan \(r.errors.count - maxShownErrors) masalah lain.") }.cls("muted")
                }
                tag("div") { link(SiteURL.importPage(m.agencyCode), "Unggah berkas lain", cls: "btn") }.cls("actions")
            } else if m.done {
                tag("div") {
                    link(SiteURL.employees(m.agencyCode), "Lihat daftar pegawai", cls: "btn")
                    link(SiteURL.importPage(m.agencyCode), "Impor berkas lain", cls: "btn btn-secondary")
                }.cls("actions")
                notInFile(m)
            } else if let upload = m.uploadID {
                tag("p") { txt("Semua baris valid. Tekan Impor sekarang untuk menyimpan.") }.cls("ok")
                postForm(action: SiteURL.importConfirm(m.agencyCode, upload), csrf: m.chrome.csrf, cls: "actions") {
                    button("Impor sekarang")
                    link(SiteURL.importPage(m.agencyCode), "Batal", cls: "btn btn-secondary")
                }
            }
        }
    }

    /// After an import: the agency's people the file lacked, to confirm as gone if the file was the
    /// whole agency. Nothing happens to them without this form.
    static func notInFile(_ m: Model) -> Component {
        let r = m.report
        guard r.notInFileTotal > 0 else { return EmptyComponent() }
        return tag("section") {
            tag("h2") { txt("\(UI.number(r.notInFileTotal)) pegawai tidak ada di berkas ini") }
            tag("p") {
                txt(
                    "Impor tidak menghapus siapa pun. Jika berkas ini data lengkap instansi, pegawai berikut mungkin "
                        + "sudah pensiun, berhenti, meninggal atau pindah. Centang yang memang sudah keluar, pilih "
                        + "statusnya, lalu simpan. Riwayat JP dan kompetensinya tetap tersimpan.")
            }.cls("hint")
            if r.notInFileTotal > r.notInFile.count {
                tag("p") { txt("Menampilkan \(UI.number(r.notInFile.count)) yang pertama menurut nama.") }.cls("muted")
            }
            postForm(action: SiteURL.leavers(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                UI.table(headers: ["", "Pegawai", "Unit kerja"], stacked: true) {
                    for (i, p) in r.notInFile.enumerated() {
                        tag("tr") {
                            UI.cell("Pilih") {
                                voidTag(
                                    "input",
                                    [("type", "checkbox"), ("name", "nip[]"), ("value", p.nip), ("id", "keluar-\(i)")])
                            }
                            UI.cell("Pegawai") {
                                tag("label") {
                                    txt(p.name)
                                    tag("small") { txt(" · " + NIP.format(p.nip)) }.cls("muted nip")
                                }.attr("for", "keluar-\(i)")
                            }
                            UI.cell("Unit kerja") { txt(p.unitName ?? "-") }
                        }
                    }
                }
                selectField(
                    "Status", name: "state",
                    options: EmploymentState.allCases.filter(\.hasLeft).map { ($0.rawValue, $0.label) }, selected: nil)
                field("Berlaku sejak", name: "since", value: nil, type: "date", required: true)
                button("Tandai sudah keluar")
            }
        }
    }

    static func count(_ id: String, _ n: Int, _ label: String) -> Component {
        tag("div") {
            tag("b") { txt(UI.number(n)) }.attr("id", id)
            tag("span") { txt(label) }
        }.cls("stat")
    }
}
