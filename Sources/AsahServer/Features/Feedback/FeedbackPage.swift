import AsahCore
import Foundation
import Plot

/// "Umpan balik" of one employee: the form for their leaders, then every thread newest first with its
/// replies and a reply box for the employee and their leaders; what the reader had not read is marked.
struct FeedbackPage {
    struct Form {
        var kind: String = FeedbackKind.apresiasi.rawValue
        var body: String = ""
        var competency: String = ""
        var value: String = ""
    }

    struct ReplyError {
        var thread: UUID
        var body: String
        var message: String?
    }

    struct Model {
        var chrome: PageChrome
        var employee: EmployeeQueries.Detail
        var threads: [FeedbackQueries.Thread]
        var reader: UUID
        var readerIsEmployee: Bool
        var canWrite: Bool
        var canReply: Bool
        /// (code, name) of the agency's dictionary, for tying feedback to a competency.
        var competencies: [(String, String)]
        var zone: IndonesianTimeZone
        var form: Form
        var errors: [String: String] = [:]
        var replyError: ReplyError? = nil
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            UI.employeeHeading("Umpan balik", m.employee)
            tag("p") {
                txt(
                    "Umpan balik berkelanjutan dari atasan: apresiasi, saran, atau hal yang perlu diperhatikan. "
                        + "Pegawai dapat membalas di setiap percakapan.")
            }.cls("hint")
            if m.canWrite { writeForm(m) }
            if m.threads.isEmpty {
                tag("p") { txt("Belum ada umpan balik.") }.cls("card")
            }
            for t in m.threads { thread(t, m) }
        }
    }

    static func writeForm(_ m: Model) -> Component {
        postForm(action: SiteURL.feedback(m.employee.nip), csrf: m.chrome.csrf, cls: "card") {
            tag("h2") { txt("Tulis umpan balik") }
            selectField(
                "Jenis", name: "kind", options: FeedbackKind.allCases.map { ($0.rawValue, $0.label) },
                selected: m.form.kind, error: m.errors["kind"])
            textareaField("Isi umpan balik", name: "body", value: m.form.body, rows: 4, error: m.errors["body"])
            tag("details") {
                tag("summary") { txt("Kaitkan dengan kompetensi atau nilai BerAKHLAK (tidak wajib)") }
                selectField(
                    "Kompetensi", name: "competency",
                    options: m.competencies.map { ($0.0, $0.0 + " " + $0.1) }, selected: m.form.competency,
                    error: m.errors["competency"], includeEmpty: "Tidak dikaitkan")
                selectField(
                    "Nilai BerAKHLAK", name: "value", options: CoreValue.allCases.map { ($0.rawValue, $0.label) },
                    selected: m.form.value, error: m.errors["value"], includeEmpty: "Tidak dikaitkan")
            }.attr("open", m.errors["competency"] != nil || m.errors["value"] != nil ? "open" : nil)
            tag("div") { button("Kirim umpan balik") }.cls("actions")
        }
    }

    static func thread(_ t: FeedbackQueries.Thread, _ m: Model) -> Component {
        tag("article") {
            tag("p") {
                tag("span") { txt(FeedbackKind(rawValue: t.kind)?.label ?? t.kind) }.cls("badge")
                txt(" dari " + t.authorName + " · " + day(t.createdAt, m.zone))
                if m.readerIsEmployee, t.readAt == nil { tag("span") { txt(" baru") }.cls("new") }
            }
            if let tie = tie(t) { tag("p") { txt(tie) }.cls("hint") }
            tag("p") { txt(t.body) }.cls("message")
            for r in t.replies {
                tag("div") {
                    tag("p") {
                        tag("b") { txt(r.authorName) }
                        txt(" · " + day(r.createdAt, m.zone))
                        if r.readAt == nil, isFor(r, t, m) { tag("span") { txt(" baru") }.cls("new") }
                    }.cls("hint")
                    tag("p") { txt(r.body) }.cls("message")
                }.cls("reply")
            }
            if m.canReply { replyForm(t, m) }
        }.cls("card").attr("id", "umpan-" + t.id.uuidString)
    }

    static func replyForm(_ t: FeedbackQueries.Thread, _ m: Model) -> Component {
        let failed = m.replyError?.thread == t.id ? m.replyError : nil
        // Folded until wanted, so a phone shows the conversation rather than a box per thread.
        return tag("details") {
            tag("summary") { txt("Balas") }
            postForm(action: SiteURL.feedbackReply(m.employee.nip, t.id), csrf: m.chrome.csrf) {
                textareaField(
                    "Balasan Anda", name: "body", value: failed?.body ?? "", rows: 3, error: failed?.message,
                    id: "balas-" + t.id.uuidString)
                tag("div") { button("Kirim balasan", cls: "btn btn-secondary btn-small") }.cls("actions")
            }
        }.attr("open", failed == nil ? nil : "open")
    }

    /// A reply is new to the reader when written to them: a leader's to the employee, the employee's to
    /// the thread's author.
    static func isFor(_ r: FeedbackQueries.Reply, _ t: FeedbackQueries.Thread, _ m: Model) -> Bool {
        r.forEmployee ? m.readerIsEmployee : t.authorID == m.reader
    }

    static func tie(_ t: FeedbackQueries.Thread) -> String? {
        if let code = t.competencyCode {
            let name = CompetencyDictionary.national.first { $0.code == code }?.name
            return "Kompetensi: " + code + (name.map { " " + $0 } ?? "")
        }
        return t.coreValue.flatMap(CoreValue.init(rawValue:)).map { "Nilai BerAKHLAK: " + $0.label }
    }

    static func day(_ date: Date, _ zone: IndonesianTimeZone) -> String {
        IndonesianFormat.date(CivilDate(date, in: zone.timeZone))
    }
}
