import AsahCore
import Foundation
import Plot

/// Managers' forms: a course, a module with its quiz typed as text, a lesson with a Markdown textarea.
enum CourseFormPages {
    static func errorBox(_ errors: [String: String]) -> Component {
        guard !errors.isEmpty else { return EmptyComponent() }
        return tag("div") {
            tag("p") { txt("Belum tersimpan, periksa isian berikut:") }
            tag("ul") { for e in errors.sorted(by: { $0.key < $1.key }) { tag("li") { txt(e.value) } } }
        }.cls("error").attr("role", "alert")
    }

    static func textarea(
        _ label: String, name: String, value: String, rows: Int, error: String?, hint: String? = nil
    ) -> Component {
        textareaField(label, name: name, value: value, rows: rows, error: error, hint: hint)
    }

    static func deleteForm(_ action: String?, csrf: String, label: String, hint: String) -> Component {
        guard let action else { return EmptyComponent() }
        return postForm(action: action, csrf: csrf, cls: "actions") {
            button(label, cls: "btn btn-secondary")
            tag("span") { txt(hint) }.cls("hint")
        }
    }

    struct Course {
        var chrome: PageChrome
        var action: String
        var back: String
        var input: CourseInput
        var errors: [String: String]
    }

    static func course(_ m: Course) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(m.back, "‹ Kembali") }
            tag("h1") { txt(m.chrome.title) }
            errorBox(m.errors)
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                field("Judul kursus", name: "title", value: m.input.title, error: m.errors["title"], required: true)
                textarea("Ringkasan", name: "summary", value: m.input.summary, rows: 4, error: m.errors["summary"])
                tag("div") {
                    voidTag(
                        "input",
                        [
                            ("type", "checkbox"), ("id", "f-published"), ("name", "published"), ("value", "1"),
                            ("checked", m.input.published ? "checked" : nil),
                        ])
                    tag("label") { txt("Terbitkan: semua pegawai instansi dapat mempelajarinya") }.attr(
                        "for", "f-published")
                }.cls("check field")
                button("Simpan kursus")
            }
        }
    }

    struct Module {
        var chrome: PageChrome
        var action: String
        var courseID: UUID
        var input: ModuleInput
        var errors: [String: String]
        /// Set when editing: the module can be removed once empty and untaken.
        var deleteAction: String? = nil
    }

    static func module(_ m: Module) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.course(m.courseID), "‹ Kembali ke kursus") }
            tag("h1") { txt(m.chrome.title) }
            errorBox(m.errors)
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                field("Judul modul", name: "title", value: m.input.title, error: m.errors["title"], required: true)
                field(
                    "Urutan", name: "position", value: m.input.position, error: m.errors["position"], type: "number",
                    hint: "Kosongkan untuk menaruhnya di akhir.", extra: [("min", "1")])
                textarea(
                    "Kuis modul (pilihan ganda)", name: "quiz", value: m.input.quizText, rows: 14,
                    error: m.errors["quiz"],
                    hint:
                        "Tulis setiap soal pada satu baris, lalu pilihan jawabannya di baris-baris berikutnya: awali jawaban benar dengan tanda * dan jawaban lain dengan tanda -. Pisahkan soal dengan satu baris kosong. Kosongkan bila modul tanpa kuis."
                )
                field(
                    "Nilai lulus kuis", name: "passing_score", value: m.input.passingScore,
                    error: m.errors["passing_score"],
                    type: "number", hint: "0 sampai 100.", extra: [("min", "0"), ("max", "100")])
                field(
                    "Kesempatan mengerjakan", name: "max_attempts", value: m.input.maxAttempts,
                    error: m.errors["max_attempts"],
                    type: "number", hint: "Kosongkan bila tidak dibatasi.", extra: [("min", "1")])
                button("Simpan modul")
            }
            deleteForm(
                m.deleteAction, csrf: m.chrome.csrf, label: "Hapus modul ini",
                hint: "Hanya modul tanpa materi yang kuisnya belum dikerjakan.")
        }
    }

    struct Lesson {
        var chrome: PageChrome
        var action: String
        var courseID: UUID
        var moduleTitle: String
        var input: LessonInput
        var errors: [String: String]
        /// Set when editing: the lesson can be removed until someone has done it.
        var deleteAction: String? = nil
        /// The file stored for this lesson, as "name (size)".
        var storedFile: String? = nil
    }

    static func lesson(_ m: Lesson) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.course(m.courseID), "‹ Kembali ke kursus") }
            tag("h1") { txt(m.chrome.title) }
            tag("p") { txt("Modul: \(m.moduleTitle)") }.cls("muted")
            errorBox(m.errors)
            postForm(action: m.action, csrf: m.chrome.csrf, multipart: true, cls: "card") {
                field("Judul materi", name: "title", value: m.input.title, error: m.errors["title"], required: true)
                selectField(
                    "Jenis materi", name: "kind", options: LessonKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.input.kind, error: m.errors["kind"])
                textarea(
                    "Isi (Markdown)", name: "body", value: m.input.body, rows: 16, error: m.errors["body"],
                    hint:
                        "# Judul, ## Subjudul, - butir daftar, 1. daftar bernomor, **tebal**, [teks tautan](https://…), ![keterangan gambar](https://…). Kode HTML tidak dijalankan. Untuk video dan berkas, isi ini menjadi pengantar."
                )
                field(
                    "Tautan video atau berkas", name: "url", value: m.input.url, error: m.errors["url"], type: "url",
                    hint: "Hanya untuk jenis video atau berkas unduhan; diawali https://.")
                field(
                    "Atau unggah berkas materi", name: "berkas", value: nil, error: m.errors["berkas"], type: "file",
                    hint: (m.storedFile.map { "Tersimpan: \($0). Unggah berkas lain untuk menggantinya. " } ?? "")
                        + "PDF, Word, Excel, PowerPoint, OpenDocument, JPG, PNG atau ZIP, paling besar 20 MB.",
                    extra: [("accept", ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.zip")])
                field(
                    "Perkiraan lama belajar (menit)", name: "minutes", value: m.input.minutes,
                    error: m.errors["minutes"],
                    type: "number", required: true, hint: "Menentukan JP: 45 menit = 1 JP.", extra: [("min", "1")])
                field(
                    "Urutan", name: "position", value: m.input.position, error: m.errors["position"], type: "number",
                    hint: "Kosongkan untuk menaruhnya di akhir modul.", extra: [("min", "1")])
                button("Simpan materi")
            }
            deleteForm(
                m.deleteAction, csrf: m.chrome.csrf, label: "Hapus materi ini",
                hint: "Hanya materi yang belum ditandai selesai oleh pegawai.")
        }
    }
}
