import AsahCore
import Foundation
import Plot

/// The participant's reaction form (L1) on the activity page: each aspect on a scale of 1 to 5 as
/// radio buttons (no JavaScript, large enough to tap on a phone) and a comment.
enum ReactionForm {
    static func render(activityID: UUID, csrf: String) -> Component {
        postForm(action: SitePath.kegiatanReaksi.link(activityID.uuidString), csrf: csrf) {
            tag("h3") { txt("Penilaian Anda atas kegiatan ini") }
            tag("p") {
                txt("Tidak disertai nama Anda dalam laporan. 1 = sangat kurang, 5 = sangat baik.")
            }.cls("hint")
            for aspect in ReactionAspect.allCases {
                scaleField(aspect.label, name: aspect.rawValue, key: "reaksi", selected: nil, error: nil)
            }
            textareaField("Komentar atau saran (tidak wajib)", name: "comment", value: "", rows: 3, error: nil)
            tag("div") { button("Kirim penilaian") }.cls("actions")
        }
    }
}
