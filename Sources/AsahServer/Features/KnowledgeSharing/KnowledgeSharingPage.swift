import Vapor
import AsahCore
import Plot

/// The agency's knowledge-sharing sessions and the form to record one (the signed-in employee hosts).
struct KnowledgeSharingPage {
    struct Model {
        var chrome: PageChrome
        var agencyCode: String
        var lines: [KnowledgeSharingService.Line]
        var canRecord: Bool
        var input: KnowledgeSessionInput
        var errors: [String: String]
        var error: String?
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("p") { link(SiteURL.activities(m.agencyCode), "‹ Kegiatan pengembangan") }
            tag("h1") { txt("Komunitas belajar") }
            tag("p") {
                txt("Sesi berbagi pengetahuan antarpegawai. Setiap peserta dan pembawa materi mendapat JP sesuai lama sesi, paling banyak 2 JP per hari.")
            }.cls("muted")
            if let error = m.error { tag("p") { txt(error) }.cls("error").attr("role", "alert") }
            if m.lines.isEmpty {
                tag("p") { txt("Belum ada sesi yang dicatat.") }.cls("card")
            } else {
                UI.table(headers: ["Tanggal", "Topik", "Pembawa materi", "Orang"], stacked: true) {
                    for l in m.lines {
                        tag("tr") {
                            UI.cell("Tanggal") { txt((CivilDate(iso: l.held_on).map(IndonesianFormat.date) ?? l.held_on) + " · \(l.minutes) menit") }
                            UI.cell("Topik") { txt(l.topic) }
                            UI.cell("Pembawa materi") { txt(l.host_name) }
                            UI.cell("Orang") { txt(String(l.attendees)) }
                        }
                    }
                }
            }
            if m.canRecord {
                postForm(action: SiteURL.knowledgeSharing(m.agencyCode), csrf: m.chrome.csrf, cls: "card") {
                    tag("h2") { txt("Catat sesi yang Anda bawakan") }
                    field("Topik", name: "topic", value: m.input.topic, error: m.errors["topic"], required: true)
                    tag("div") {
                        field("Tanggal", name: "held_on", value: m.input.heldOn, error: m.errors["held_on"], type: "date", required: true)
                        field("Lama (menit)", name: "minutes", value: m.input.minutes, error: m.errors["minutes"], type: "number",
                              required: true, extra: [("min", "15"), ("max", "480")])
                    }.cls("session-row")
                    tag("div") {
                        tag("label") { txt("NIP peserta (satu per baris)") }.attr("for", "f-attendees")
                        tag("textarea") { txt(m.input.attendees) }.attr("id", "f-attendees").attr("name", "attendees").attr("rows", "5")
                            .attr("aria-invalid", m.errors["attendees"] == nil ? nil : "true")
                        if let e = m.errors["attendees"] { tag("p") { txt(e) }.cls("field-error") }
                    }.cls(m.errors["attendees"] == nil ? "field" : "field has-error")
                    field("Ringkasan", name: "summary", value: m.input.summary, error: m.errors["summary"])
                    button("Simpan sesi")
                }
            }
        }
    }
}

struct KnowledgeSharingController {
    private func agency(_ req: Request, _ user: SignedInUser) async throws -> Agency {
        guard let code = req.parameters.get("code"), let agency = try await OrganizationQueries.agency(code: code, on: req.db),
            AccessPolicy.canSeeActivity(agency: try agency.requireID(), facilitators: [], user.actor)
        else { throw Abort(.notFound, reason: "Instansi tidak ditemukan.") }
        return agency
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await agency(req, user)
        var input = KnowledgeSessionInput()
        input.heldOn = CivilDate.today().iso
        input.minutes = "60"
        return try await page(req, user, agency, input: input, errors: [:], error: nil, status: .ok)
    }

    private func page(
        _ req: Request, _ user: SignedInUser, _ agency: Agency, input: KnowledgeSessionInput, errors: [String: String],
        error: String?, status: HTTPResponseStatus
    ) async throws -> Response {
        KnowledgeSharingPage.render(.init(
            chrome: req.chrome("Komunitas belajar"), agencyCode: agency.code,
            lines: try await KnowledgeSharingService.recent(agencyID: try agency.requireID(), on: req.db),
            canRecord: AccessPolicy.canRequestPlace(agency: try agency.requireID(), user.actor), input: input, errors: errors,
            error: error
        )).response(status: status)
    }

    struct Form: Content {
        var topic: String?
        var held_on: String?
        var minutes: String?
        var summary: String?
        var attendees: String?
    }

    /// An employee of the agency records a session they hosted.
    func record(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await agency(req, user)
        let agencyID = try agency.requireID()
        guard AccessPolicy.canRequestPlace(agency: agencyID, user.actor), let host = user.actor.employeeID,
            let hostNIP = user.employeeNIP
        else { throw Abort(.forbidden, reason: "Sesi dicatat oleh pegawai yang membawakannya.") }
        let f = try req.content.decode(Form.self)
        var input = KnowledgeSessionInput()
        input.topic = f.topic ?? ""
        input.heldOn = f.held_on ?? ""
        input.minutes = f.minutes ?? ""
        input.summary = f.summary ?? ""
        input.attendees = f.attendees ?? ""
        switch KnowledgeSharingRules.validate(input, hostNIP: hostNIP, today: .today()) {
        case .failure(let e):
            return try await page(req, user, agency, input: input, errors: e.messages, error: nil, status: .unprocessableEntity)
        case .success(let v):
            do {
                _ = try await KnowledgeSharingService.record(v, agencyID: agencyID, hostID: host, userID: user.userID, on: req.db)
            } catch let abort as AbortError where abort.status == .unprocessableEntity {
                return try await page(req, user, agency, input: input, errors: [:], error: abort.reason, status: abort.status)
            }
            return req.redirect(to: SiteURL.knowledgeSharing(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
        }
    }
}
