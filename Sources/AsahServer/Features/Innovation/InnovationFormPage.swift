import AsahCore
import Foundation
import Plot

/// The form that proposes a project or changes its description.
struct InnovationFormPage {
    struct Model {
        var chrome: PageChrome
        var heading: String
        var action: String
        var back: (href: String, label: String)
        var input: InnovationInput
        /// nil when editing; on a new project, managers name the ketua, an employee leads it themself.
        var ketuaNIP: String?
        var askKetua: Bool
        var competencyHint: String
        var errors: [String: String]
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(m.back.href, "‹ " + m.back.label) }
            tag("h1") { txt(m.heading) }
            postForm(action: m.action, csrf: m.chrome.csrf, cls: "card") {
                if !m.errors.isEmpty {
                    tag("p") { txt("Belum tersimpan. Perbaiki isian yang ditandai.") }.cls("error").attr(
                        "role", "alert")
                }
                field(
                    "Judul proyek", name: "title", value: m.input.title, error: m.errors["title"], required: true,
                    hint: "Misalnya: Aplikasi pengaduan warga")
                textArea(
                    "Masalah yang diselesaikan", name: "problem", value: m.input.problem, error: m.errors["problem"],
                    rows: 5)
                if m.askKetua {
                    field(
                        "NIP ketua", name: "ketua_nip", value: m.ketuaNIP, error: m.errors["ketua_nip"], required: true,
                        extra: [("inputmode", "numeric")])
                } else if m.ketuaNIP != nil {
                    tag("p") {
                        txt(
                            "Anda menjadi ketua proyek ini. Anggota, mentor dan coach ditambahkan setelah proyek tersimpan."
                        )
                    }
                    .cls("hint")
                }
                field(
                    "Kompetensi yang dilatih", name: "competencies", value: m.input.competencies,
                    error: m.errors["competencies"],
                    hint: m.competencyHint)
                tag("div") {
                    field(
                        "Mulai", name: "starts_on", value: m.input.startsOn, error: m.errors["starts_on"], type: "date",
                        required: true)
                    field(
                        "Target selesai", name: "ends_on", value: m.input.endsOn, error: m.errors["ends_on"],
                        type: "date", required: true)
                }.cls("session-row")
                button("Simpan proyek")
            }
        }
    }

    /// A labelled text area with its error beside it (like `field`).
    static func textArea(_ label: String, name: String, value: String, error: String?, rows: Int, id: String? = nil)
        -> Component
    {
        let id = id ?? "f-" + name
        return tag("div") {
            tag("label") { txt(label) }.attr("for", id)
            tag("textarea") { txt(value) }.attr("id", id).attr("name", name).attr("rows", String(rows))
                .attr("required", "required")
                .attr("aria-invalid", error == nil ? nil : "true").attr(
                    "aria-describedby", error == nil ? nil : id + "-err")
            if let error { tag("p") { txt(error) }.cls("field-error").attr("id", id + "-err") }
        }.cls(error == nil ? "field" : "field has-error")
    }
}
