import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// What waits for each person: the count beside "Kotak masuk" on every page, the inbox page, and
/// notices read once it is opened.
final class InboxTests: AppTestCase {
    /// The number in the menu's badge, nil when there is none.
    func badge(_ page: XCTHTTPResponse) -> Int? {
        guard let range = page.text.range(of: #"<span class="badge">(\d+)</span>"#, options: .regularExpression)
        else { return nil }
        return Int(page.text[range].filter(\.isNumber))
    }

    func testEachPersonSeesWhatWaitsForThemAndNoticesAreReadOnceOpened() async throws {
        let world = try await world()
        let m = world.medan
        let open = try await build.activity("Pelayanan Publik", in: m.agency)
        let approval = try await build.activity("Manajemen Lalu Lintas", in: m.agency, requiresApproval: true)
        let head = try await APIClient.signIn(app, "kepala.medan")
        let staff = try await APIClient.signIn(app, "pegawai.medan")
        // The head puts Siti forward; Siti asks for a place that needs the head's yes.
        let nominated = try await head.send(
            .POST, "/api/v1/activities/\(open.id!.uuidString)/enrolments", json: #"{"nip":"\#(m.staff.nip)"}"#)
        XCTAssertEqual(nominated.status, .created, nominated.text)
        let asked = try await staff.send(.POST, "/api/v1/activities/\(approval.id!.uuidString)/enrolments", json: "{}")
        XCTAssertEqual(asked.status, .created, asked.text)

        // Siti: the nomination (a notice) and the JP reminder (July, 0 JP) — on every page.
        var siti = Browser(app)
        _ = try await siti.login("pegawai.medan")
        await eq(badge(try await siti.get("/")), 2)
        await eq(badge(try await siti.get("/pegawai/\(m.staff.nip)/jp")), 2)
        let inbox = try await siti.get("/kotak-masuk")
        XCTAssertEqual(inbox.status, .ok)
        XCTAssertTrue(inbox.text.contains("Pelayanan Publik"))
        XCTAssertTrue(inbox.text.contains("JP Anda tahun ini masih di bawah batas minimal."))
        XCTAssertNil(badge(inbox), "opened: nothing unread, no task")
        await eq(badge(try await siti.get("/")), nil, "read once opened")
        let empty = try await siti.get("/kotak-masuk")
        XCTAssertTrue(empty.text.contains("Tidak ada yang menunggu Anda saat ini."))

        // The head: Siti's request to decide, three people supervised by choice still to assess, and
        // their own JP reminder.
        var budi = Browser(app)
        _ = try await budi.login("kepala.medan")
        await eq(badge(try await budi.get("/")), 5)
        let headInbox = try await budi.get("/kotak-masuk")
        XCTAssertTrue(headInbox.text.contains("1 permintaan ikut kegiatan menunggu persetujuan Anda."))
        XCTAssertTrue(headInbox.text.contains("3 bawahan langsung belum Anda nilai tahun ini"))
        XCTAssertTrue(headInbox.text.contains(m.colleague.name))
        let rated = try await head.send(
            .POST, "/api/v1/employees/\(m.staff.nip)/assessments",
            json: #"{"competency":"M.01","level":2,"source":"supervisor","assessed_on":"\#(TestClock.today.iso)"}"#)
        XCTAssertEqual(rated.status, .created, rated.text)
        await eq(
            badge(try await budi.get("/")), 3,
            "one request and two to assess: tasks count until done, the reminder was read")

        // Medan's manager: Mamuju's request for a Medan employee.
        let mamuju = try await APIClient.signIn(app, "pengelola.mamuju")
        _ = try await mamuju.send(.POST, "/api/v1/agencies/mamuju/transfers", json: #"{"nip":"\#(m.outsider.nip)"}"#)
        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let managerInbox = try await manager.get("/kotak-masuk")
        XCTAssertTrue(managerInbox.text.contains("1 permintaan mutasi"))
        XCTAssertTrue(managerInbox.text.contains("/instansi/medan/mutasi"))
        // Mamuju's manager has nothing of Medan's.
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        let othersInbox = try await other.get("/kotak-masuk")
        XCTAssertTrue(othersInbox.text.contains("Tidak ada yang menunggu Anda saat ini."))
    }
}
