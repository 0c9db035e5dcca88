import AsahCore
import Foundation
import Plot

/// "Evaluasi penerapan hasil pelatihan": each survey waiting for the reader, with its form. The
/// participant reports how they apply the learning; the supervisor rates what they see, with the
/// participant's report beside it when it is in.
struct BehaviourPage {
    struct Failed {
        var enrolment: UUID
        var errors: [String: String]
        var form: BehaviourController.Form
    }

    struct Model {
        var chrome: PageChrome
        var due: [BehaviourQueries.Due]
        var failed: Failed?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt("Evaluasi penerapan hasil pelatihan") }
            tag("p") {
                txt(
                    "Beberapa bulan sesudah pelatihan, peserta dan atasan langsungnya menilai apakah hasil pelatihan "
                        + "diterapkan dalam pekerjaan. 1 = belum sama sekali, 5 = sepenuhnya.")
            }.cls("hint")
            if m.due.isEmpty { tag("p") { txt("Tidak ada survei yang menunggu Anda.") }.cls("card") }
            for d in m.due { item(d, m) }
        }
    }

    static func item(_ d: BehaviourQueries.Due, _ m: Model) -> Component {
        let failed = m.failed?.enrolment == d.enrolmentID ? m.failed : nil
        let asSupervisor = d.respondent == BehaviourSurvey.Respondent.supervisor.rawValue
        let key = d.enrolmentID.uuidString
        return postForm(action: SitePath.evaluasiPenerapanByEnrolment.link(key), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt(d.title) }
            tag("p") {
                txt(asSupervisor ? "Peserta: \(d.name) · " : "Anda mengikuti kegiatan ini · ")
                txt("selesai \(CivilDate(iso: d.lastDay).map(IndonesianFormat.date) ?? d.lastDay)")
            }.cls("hint")
            if let failed, let first = failed.errors.sorted(by: { $0.key < $1.key }).first {
                tag("p") { txt(first.value) }.cls("error").attr("role", "alert")
            }
            if asSupervisor {
                if let report = d.report {
                    tag("div") {
                        tag("p") { tag("b") { txt("Laporan penerapan dari peserta") } }
                        tag("p") { txt(report) }.cls("message")
                        if let url = d.evidenceUrl { tag("p") { link(url, "Bukti") } }
                    }.cls("reply")
                } else {
                    tag("p") { txt("Peserta belum mengirim laporan penerapan.") }.cls("muted")
                }
            }
            scaleField(
                asSupervisor
                    ? "Seberapa jauh pegawai menerapkan hasil pelatihan dalam pekerjaan?"
                    : "Seberapa jauh Anda menerapkan hasil pelatihan dalam pekerjaan?",
                name: "applied", key: key, selected: failed?.form.applied, error: failed?.errors["applied"])
            if asSupervisor {
                scaleField(
                    "Seberapa besar perubahan kinerja pegawai sesudah pelatihan?", name: "change", key: key,
                    selected: failed?.form.change, error: failed?.errors["change"])
            }
            textareaField(
                asSupervisor ? "Tanggapan atas laporan dan penerapannya (tidak wajib)" : "Laporan penerapan",
                name: "report", value: failed?.form.report ?? "", rows: 4, error: failed?.errors["report"],
                hint: asSupervisor ? nil : "Apa yang Anda terapkan, bagaimana caranya, dan apa hasilnya.",
                id: "report-" + key)
            if !asSupervisor {
                field(
                    "Tautan bukti (tidak wajib)", name: "evidence_url", value: failed?.form.evidence_url,
                    error: failed?.errors["evidence_url"], type: "url", id: "evidence-" + key)
            }
            tag("div") { button("Kirim jawaban") }.cls("actions")
        }
    }
}
