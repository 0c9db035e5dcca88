import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Continuous feedback: leaders in the chain write, the employee and the chain reply, unread messages
/// wait in the right inbox until their reader opens the threads, and only the employee, the chain and
/// managers see them. The chain: staff (pegawai.medan) → head (kepala.medan) → secretary (sekda.medan).
final class FeedbackTests: AppTestCase {
    func path(_ e: Employee) -> String { "/api/v1/employees/\(e.nip)/feedback" }

    func rows(in table: String) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").firstRow(CountRow.self)?.n ?? -1
    }

    /// The inbox page's line for feedback, or nil when it has none.
    func inboxLine(_ browser: inout Browser, _ phrase: String) async throws -> String? {
        let page = try await browser.get("/kotak-masuk").body.string
        guard let range = page.range(of: phrase) else { return nil }
        let before = page[..<range.lowerBound]
        let start = before.range(of: "<b>", options: .backwards)?.upperBound ?? range.lowerBound
        return String(page[start..<range.upperBound])
    }

    func testTheLeaderWritesTheEmployeeRepliesAndEachInboxCountsUntilRead() async throws {
        let m = try await world().medan
        _ = try await build.user("sekda.medan", roles: [.employee], agency: m.agency, employee: m.secretary)
        let head = try await APIClient.signIn(app, "kepala.medan")
        let written = try await head.send(
            .POST, path(m.staff), json: #"{"kind":"saran","body":"  Ringkas laporan harian.  ","competency":"m.05"}"#)
        XCTAssertEqual(written.status, .created, written.body.string)
        let thread = try json(written)
        XCTAssertEqual(thread["kind"] as? String, "saran")
        XCTAssertEqual(thread["body"] as? String, "Ringkas laporan harian.")
        XCTAssertEqual(thread["competency"] as? String, "M.05")
        XCTAssertEqual(thread["read"] as? Bool, false)
        let id = try XCTUnwrap(thread["id"] as? String)
        let sekda = try await APIClient.signIn(app, "sekda.medan")
        let second = try await sekda.send(
            .POST, path(m.staff), json: #"{"kind":"apresiasi","body":"Terima kasih.","value":"Berorientasi Pelayanan"}"#
        )
        XCTAssertEqual(second.status, .created, second.body.string)
        XCTAssertEqual(try json(second)["value"] as? String, "berorientasi_pelayanan")

        // Two unread messages wait for the employee; opening the threads reads them.
        var own = Browser(app)
        _ = try await own.login("pegawai.medan")
        let line = try await inboxLine(&own, "pesan umpan balik dari atasan")
        XCTAssertEqual(line, "2 pesan umpan balik dari atasan")
        let page = try await own.get("/pegawai/\(m.staff.nip)/umpan-balik")
        XCTAssertEqual(page.status, .ok)
        XCTAssertTrue(page.body.string.contains("Ringkas laporan harian."))
        XCTAssertTrue(page.body.string.contains("Kompetensi: M.05 Pelayanan Publik"))
        XCTAssertTrue(page.body.string.contains("Nilai BerAKHLAK: Berorientasi Pelayanan"))
        XCTAssertTrue(page.body.string.contains(#"<span class="new"> baru</span>"#))
        XCTAssertFalse(page.body.string.contains("Tulis umpan balik"))  // the employee does not write feedback
        let nilInbox = try await inboxLine(&own, "pesan umpan balik dari atasan")
        XCTAssertNil(nilInbox)
        let reread = try await own.get("/pegawai/\(m.staff.nip)/umpan-balik")
        XCTAssertFalse(reread.body.string.contains(#"<span class="new">"#))

        // The employee replies: the thread's author has it waiting, by the employee's name.
        let ownAPI = try await APIClient.signIn(app, "pegawai.medan")
        let reply = try await ownAPI.send(.POST, path(m.staff) + "/\(id)/replies", json: #"{"body":"Baik, Pak."}"#)
        XCTAssertEqual(reply.status, .created, reply.body.string)
        var headPage = Browser(app)
        _ = try await headPage.login("kepala.medan")
        let waiting = try await inboxLine(&headPage, "balasan pegawai")
        XCTAssertEqual(waiting, "1 balasan pegawai")
        let inbox = try await headPage.get("/kotak-masuk").body.string
        XCTAssertTrue(inbox.contains("/pegawai/\(m.staff.nip)/umpan-balik"))
        // Another leader's reading does not mark the author's reply read.
        var sekdaPage = Browser(app)
        _ = try await sekdaPage.login("sekda.medan")
        _ = try await sekdaPage.get("/pegawai/\(m.staff.nip)/umpan-balik")
        let stillWaiting = try await inboxLine(&headPage, "balasan pegawai")
        XCTAssertEqual(stillWaiting, "1 balasan pegawai")
        _ = try await headPage.get("/pegawai/\(m.staff.nip)/umpan-balik")
        let read = try await inboxLine(&headPage, "balasan pegawai")
        XCTAssertNil(read)

        // A leader's reply goes to the employee.
        let sekdaReply = try await sekda.send(.POST, path(m.staff) + "/\(id)/replies", json: #"{"body":"Setuju."}"#)
        XCTAssertEqual(sekdaReply.status, .created)
        let again = try await inboxLine(&own, "pesan umpan balik dari atasan")
        XCTAssertEqual(again, "1 pesan umpan balik dari atasan")

        // The list: newest first, the replies in order, read as the employee left them.
        let list = try json(try await head.send(.GET, path(m.staff)))["items"] as? [[String: Any]]
        XCTAssertEqual(list?.map { $0["kind"] as? String }, ["apresiasi", "saran"])
        let replies = list?.last?["replies"] as? [[String: Any]]
        XCTAssertEqual(replies?.map { $0["body"] as? String }, ["Baik, Pak.", "Setuju."])
        XCTAssertEqual(list?.last?["read"] as? Bool, true)
        // The audit log names what was written, never the text.
        let audit = try await AuditEntry.query(on: db).filter(\.$entity ~~ ["feedback", "feedback_reply"]).all()
        XCTAssertEqual(audit.count, 4)
        XCTAssertFalse(audit.contains { ($0.after ?? "").contains("Ringkas") })
    }

    func testBadBodiesAreRefusedNamingTheFieldAndStoreNothing() async throws {
        let m = try await world().medan
        let head = try await APIClient.signIn(app, "kepala.medan")
        let long = String(repeating: "a", count: 2001)
        for (body, fields) in [
            (#"{"kind":"pujian","body":"Bagus"}"#, ["kind"]),
            (#"{"kind":"saran","body":"   "}"#, ["body"]),
            (#"{"kind":"saran","body":"\#(long)"}"#, ["body"]),
            (#"{"kind":"saran","body":"Ok","competency":"X.99"}"#, ["competency"]),
            (#"{"kind":"saran","body":"Ok","value":"jujur"}"#, ["value"]),
            (#"{"kind":"saran","body":"Ok","competency":"M.05","value":"loyal"}"#, ["value"]),
            ("{}", ["body", "kind"]),
        ] {
            let refused = try await head.send(.POST, path(m.staff), json: body)
            XCTAssertEqual(refused.status, .unprocessableEntity, body)
            let details = (try json(refused)["error"] as? [String: Any])?["details"] as? [[String: Any]]
            XCTAssertEqual(details?.compactMap { $0["field"] as? String }.sorted(), fields, body)
        }
        await eq(try await head.send(.POST, path(m.staff), json: #"{"kind":5}"#).status, .badRequest)
        await eq(try await rows(in: "feedback"), 0)
        // A reply: empty refused; a thread of someone else through this NIP is not found.
        let ok = try await head.send(.POST, path(m.staff), json: #"{"kind":"saran","body":"Ok"}"#)
        let id = try XCTUnwrap(try json(ok)["id"] as? String)
        await eq(
            try await head.send(.POST, path(m.staff) + "/\(id)/replies", json: #"{"body":" "}"#).status,
            .unprocessableEntity)
        await eq(
            try await head.send(.POST, path(m.colleague) + "/\(id)/replies", json: #"{"body":"x"}"#).status, .notFound)
        await eq(
            try await head.send(.POST, path(m.staff) + "/bukan-id/replies", json: #"{"body":"x"}"#).status, .notFound)
        await eq(try await rows(in: "feedback_replies"), 0)
    }

    /// Who reads, writes and replies: the chain writes, the employee replies, managers read, a unit head
    /// outside the chain is refused, colleagues and other agencies do not see the employee.
    func testOnlyTheChainWritesAndOnlyTheEmployeeTheChainAndManagersSee() async throws {
        let w = try await world()
        let m = w.medan
        _ = try await build.user("sekda.medan", roles: [.employee], agency: m.agency, employee: m.secretary)
        _ = try await build.user(
            "kabid.medan", roles: [.unitHead, .employee], agency: m.agency, employee: m.colleague, unit: m.section)
        _ = try await build.user("andi.medan", roles: [.employee], agency: m.agency, employee: m.outsider)
        let head = try await APIClient.signIn(app, "kepala.medan")
        let first = try await head.send(.POST, path(m.staff), json: #"{"kind":"saran","body":"Awal"}"#)
        let id = try XCTUnwrap(try json(first)["id"] as? String)
        for (username, read, write, reply) in [
            ("pengelola.medan", HTTPStatus.ok, HTTPStatus.forbidden, HTTPStatus.forbidden),
            ("kepala.medan", .ok, .created, .created), ("sekda.medan", .ok, .created, .created),
            ("pegawai.medan", .ok, .forbidden, .created), ("kabid.medan", .forbidden, .forbidden, .forbidden),
            ("andi.medan", .notFound, .notFound, .notFound), ("pengelola.mamuju", .notFound, .notFound, .notFound),
        ] {
            let client = try await APIClient.signIn(app, username)
            await eq(try await client.send(.GET, path(m.staff)).status, read, username)
            await eq(
                try await client.send(.POST, path(m.staff), json: #"{"kind":"saran","body":"Catatan"}"#).status,
                write, username)
            await eq(
                try await client.send(.POST, path(m.staff) + "/\(id)/replies", json: #"{"body":"Balasan"}"#).status,
                reply, username)
        }
        await eq(try await rows(in: "feedback"), 3)
        await eq(try await rows(in: "feedback_replies"), 3)
        // Someone else's NIP: a manager of Medan asking for Mamuju's staff finds nothing.
        let manager = try await APIClient.signIn(app, "pengelola.medan")
        await eq(try await manager.send(.GET, path(w.mamuju.staff)).status, .notFound)
    }

    /// The page: a leader writes through the form, errors stand beside their fields and nothing is
    /// stored; the employee's empty reply is refused beside its box; the profile links the page for
    /// those who see it.
    func testThePageWritesRepliesAndShowsErrors() async throws {
        let m = try await world().medan
        var head = Browser(app)
        _ = try await head.login("kepala.medan")
        let page = "/pegawai/\(m.staff.nip)/umpan-balik"
        let empty = try await head.get(page)
        XCTAssertTrue(empty.body.string.contains("Belum ada umpan balik."))
        XCTAssertTrue(empty.body.string.contains("Tulis umpan balik"))
        let bad = try await head.post(
            page, form: ["kind": "saran", "body": "", "competency": "M.05", "value": "loyal"])
        XCTAssertEqual(bad.status, .unprocessableEntity)
        XCTAssertTrue(bad.body.string.contains("Tulis isi pesan."))
        XCTAssertTrue(bad.body.string.contains("tidak keduanya"))
        await eq(try await rows(in: "feedback"), 0)
        let saved = try await head.post(
            page, form: ["kind": "apresiasi", "body": "Presentasi <b>jelas</b>.", "competency": "", "value": ""])
        XCTAssertEqual(saved.status, .seeOther)
        let shown = try await head.get(page).body.string
        XCTAssertTrue(shown.contains("Presentasi &lt;b&gt;jelas&lt;/b&gt;."))

        var own = Browser(app)
        _ = try await own.login("pegawai.medan")
        let profile = try await own.get("/pegawai/\(m.staff.nip)")
        XCTAssertTrue(profile.body.string.contains(page))
        let id = try await sql.raw("SELECT id FROM feedback").first()?.decode(column: "id", as: UUID.self)
        let reply = "/pegawai/\(m.staff.nip)/umpan-balik/\(try XCTUnwrap(id).uuidString)/balas"
        let refused = try await own.post(reply, form: ["body": "  "])
        XCTAssertEqual(refused.status, .unprocessableEntity)
        XCTAssertTrue(refused.body.string.contains("Tulis isi pesan."))
        await eq(try await own.post(reply, form: ["body": "Terima kasih, Pak."]).status, .seeOther)
        await eq(try await rows(in: "feedback_replies"), 1)
    }
}
