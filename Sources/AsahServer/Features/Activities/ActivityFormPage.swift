import AsahCore
import Foundation
import Plot

/// The manager's form for a new learning activity: what, who provides it, sessions, target
/// competencies, seats, costs and the completion rule. Errors show beside their field or row.
struct ActivityFormPage {
    static let sessionRows = 6
    static let competencyRows = 4

    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        /// The activity being changed; nil for a new one.
        var activityID: UUID? = nil
        var input: ActivityInput
        var facilitators: String
        var competencies: [(code: String, name: String)]
        var errors: [String: String]
    }

    static func render(_ m: Model) -> HTML {
        let i = m.input
        return Layout.page(m.chrome) {
            if let id = m.activityID {
                tag("p") { link(SiteURL.activity(id), "‹ " + i.title) }
                tag("h1") { txt("Ubah kegiatan") }
            } else {
                tag("p") { link(SiteURL.activities(m.agencyCode), "‹ Semua kegiatan") }
                tag("h1") { txt("Kegiatan baru") }
            }
            if !m.errors.isEmpty {
                tag("p") { txt("Kegiatan belum tersimpan. Perbaiki isian yang ditandai.") }.cls("error").attr(
                    "role", "alert")
            }
            if let e = m.errors["status"] { tag("p") { txt(e) }.cls("error") }
            postForm(
                action: m.activityID.map { SitePath.kegiatanUbah.link($0.uuidString) }
                    ?? SiteURL.newActivity(m.agencyCode),
                csrf: m.chrome.csrf, cls: "card"
            ) {
                field("Judul kegiatan", name: "title", value: i.title, error: m.errors["title"], required: true)
                tag("div") {
                    tag("label") { txt("Uraian") }.attr("for", "f-description")
                    tag("textarea") { txt(i.description) }.attr("id", "f-description").attr("name", "description")
                        .attr("rows", "3")
                    if let e = m.errors["description"] { tag("p") { txt(e) }.cls("field-error") }
                }.cls("field")
                selectField(
                    "Jenis diklat (SIASN)", name: "jenis_diklat_id",
                    options: JenisDiklat.all.map { (String($0.id), "\($0.id). \($0.name)") }, selected: i.jenisDiklatID,
                    error: m.errors["jenis_diklat_id"], includeEmpty: "Pilih jenis diklat")
                selectField(
                    "Penyelenggara", name: "provider_kind",
                    options: ProviderKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: i.providerKind, error: m.errors["provider_kind"])
                field(
                    "Nama mitra (bila penyelenggara mitra)", name: "partner_name", value: i.partnerName,
                    error: m.errors["partner_name"],
                    hint: "Mitra yang sudah pernah dicatat dipakai lagi menurut namanya.")
                selectField(
                    "Jenis mitra", name: "partner_kind", options: PartnerKind.allCases.map { ($0.rawValue, $0.label) },
                    selected: i.partnerKind, error: m.errors["partner_kind"])
                selectField(
                    "Moda", name: "mode", options: LearningMode.allCases.map { ($0.rawValue, $0.label) },
                    selected: i.mode,
                    error: m.errors["mode"])
                field("Tempat", name: "place", value: i.place, error: m.errors["place"])
                tag("fieldset") {
                    tag("legend") { txt("Jadwal sesi (JP dihitung dari jam sesi dan jenis diklat)") }
                    if let e = m.errors["sessions"] { tag("p") { txt(e) }.cls("field-error") }
                    for n in 1...sessionRows {
                        let s =
                            n <= i.sessions.count ? i.sessions[n - 1] : SessionInput(date: "", startsAt: "", endsAt: "")
                        tag("div") {
                            field(
                                "Sesi \(n): tanggal", name: "sesi_tanggal_\(n)", value: s.date,
                                error: m.errors["sessions.\(n).date"], type: "date")
                            field(
                                "Mulai", name: "sesi_mulai_\(n)", value: s.startsAt,
                                error: m.errors["sessions.\(n).starts_at"], type: "time")
                            field(
                                "Selesai", name: "sesi_selesai_\(n)", value: s.endsAt,
                                error: m.errors["sessions.\(n).ends_at"], type: "time")
                        }.cls("session-row")
                    }
                }
                tag("fieldset") {
                    tag("legend") { txt("Kompetensi yang dikembangkan") }
                    for n in 1...competencyRows {
                        let c = n <= i.competencies.count ? i.competencies[n - 1] : (code: "", level: "")
                        tag("div") {
                            selectField(
                                "Kompetensi \(n)", name: "kompetensi_\(n)",
                                options: m.competencies.map { ($0.code, "\($0.code) \($0.name)") },
                                selected: c.code, error: m.errors["competencies.\(n).code"], includeEmpty: "—")
                            selectField(
                                "Level", name: "level_\(n)", options: (1...5).map { (String($0), String($0)) },
                                selected: c.level,
                                error: m.errors["competencies.\(n).level"], includeEmpty: "—")
                        }.cls("session-row")
                    }
                }
                field(
                    "Kapasitas peserta", name: "capacity", value: i.capacity, error: m.errors["capacity"],
                    type: "number",
                    hint: "Kosongkan bila tidak dibatasi.", extra: [("min", "1"), ("inputmode", "numeric")])
                tag("div") {
                    voidTag(
                        "input",
                        [
                            ("type", "checkbox"), ("id", "f-approval"), ("name", "requires_approval"),
                            ("value", "ya"), ("checked", i.requiresApproval ? "checked" : nil),
                        ])
                    tag("label") { txt("Pendaftaran memerlukan persetujuan kepala unit kerja") }.attr(
                        "for", "f-approval")
                }.cls("field check")
                field(
                    "Biaya per peserta (Rp)", name: "cost_per_participant", value: i.costPerParticipant,
                    error: m.errors["cost_per_participant"], extra: [("inputmode", "numeric")])
                field(
                    "Biaya tetap (Rp)", name: "fixed_cost", value: i.fixedCost, error: m.errors["fixed_cost"],
                    extra: [("inputmode", "numeric")])
                field(
                    "Kehadiran minimal (%)", name: "min_attendance_percent", value: i.minAttendancePercent,
                    error: m.errors["min_attendance_percent"], type: "number", extra: [("min", "0"), ("max", "100")])
                field(
                    "Nilai lulus post-test", name: "post_test_passing_score", value: i.postTestPassingScore,
                    error: m.errors["post_test_passing_score"], type: "number",
                    hint: "Kosongkan bila tanpa post-test.", extra: [("min", "0"), ("max", "100")])
                field(
                    "Fasilitator (nama pengguna, pisahkan dengan koma)", name: "facilitators", value: m.facilitators,
                    error: m.errors["facilitators"])
                button(m.activityID == nil ? "Simpan kegiatan" : "Simpan perubahan")
            }
        }
    }
}
