import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// The pieces that make the profile API fast must not change what it answers.
final class HotPathTests: XCTestCase {
    func testTheHandWrittenProfileJSONEqualsTheEncoders() throws {
        let dto = CompetencyProfileDTO(
            nip: "199001012015011001", year: 2026, position: "Analis \"Kebijakan\" / Ahli\\Muda\n\tBaru \u{1}",
            items: [
                .init(
                    code: "M.01", name: "Integritas", group: "manajerial", required: 3, current: nil, gap: nil,
                    source: nil, assessedOn: nil),
                .init(
                    code: "T.01", name: "Pelayanan Ñ 😀 é", group: "teknis", required: 4, current: 2, gap: 2,
                    source: "supervisor", assessedOn: "2026-08-27"),
            ],
            jpm: 85.7, assessed: 1, total: 2, mappingCategory: "CO", selectionCategory: "MS", jpmFormula: "min")
        for variant in [
            dto,
            {
                var d = dto; d.jpm = 100; return d
            }(),
            {
                var d = dto; d.jpm = nil; d.position = nil; return d
            }(),
        ] {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys]
            let expected = try JSONSerialization.jsonObject(with: try encoder.encode(variant)) as! NSDictionary
            let written = Data(variant.json().bytes)
            let actual = try JSONSerialization.jsonObject(with: written) as! NSDictionary
            XCTAssertEqual(actual, expected, String(decoding: written, as: UTF8.self))
            // Keys in the same (sorted) order as the app's encoder writes them.
            let keys = String(decoding: written, as: UTF8.self)
            XCTAssertLessThan(keys.range(of: "\"assessed\"")!.lowerBound, keys.range(of: "\"year\"")!.lowerBound)
        }
    }

    func testTokenHashIsLowercaseHexSHA256() {
        XCTAssertEqual(Tokens.hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    private func user(_ session: UUID = UUID(), _ userID: UUID = UUID()) -> SignedInUser {
        SignedInUser(
            sessionID: session, userID: userID, username: "u", displayName: "U",
            actor: Actor(userID: userID, roles: [.employee], agencyID: nil, employeeID: nil, unitPath: nil),
            agencyCode: nil, employeeNIP: nil)
    }

    func testSessionCacheKeepsUsersForItsTimeOnly() {
        let cache = SessionCache(ttl: 5, capacity: 3)
        let now = TestClock.now
        let a = user()
        cache.store(a, tokenHash: "a", sessionExpires: now.addingTimeInterval(3600), now: now)
        XCTAssertEqual(cache.user(tokenHash: "a", now: now.addingTimeInterval(4.9))?.sessionID, a.sessionID)
        XCTAssertNil(cache.user(tokenHash: "a", now: now.addingTimeInterval(5)), "gone after the TTL")
        // Never past the session's own expiry.
        cache.store(a, tokenHash: "b", sessionExpires: now.addingTimeInterval(1), now: now)
        XCTAssertNil(cache.user(tokenHash: "b", now: now.addingTimeInterval(1.5)))
        // Removal by session and by user is immediate.
        let b = user(), c = user()
        cache.store(b, tokenHash: "b", sessionExpires: .distantFuture, now: now)
        cache.store(c, tokenHash: "c", sessionExpires: .distantFuture, now: now)
        cache.remove(sessionID: b.sessionID)
        XCTAssertNil(cache.user(tokenHash: "b", now: now))
        cache.remove(userID: c.userID)
        XCTAssertNil(cache.user(tokenHash: "c", now: now))
        // Bounded: a full cache drops its entries rather than grow.
        for i in 0..<10 { cache.store(user(), tokenHash: "x\(i)", sessionExpires: .distantFuture, now: now) }
        XCTAssertNotNil(cache.user(tokenHash: "x9", now: now))
        XCTAssertNil(cache.user(tokenHash: "x0", now: now))
        // TTL 0: off.
        let off = SessionCache(ttl: 0)
        off.store(a, tokenHash: "a", sessionExpires: .distantFuture, now: now)
        XCTAssertNil(off.user(tokenHash: "a", now: now))
    }
}

/// The one-query profile (a prepared statement on PostgreSQL) answers what the page's queries answer.
final class ProfileQueryTests: AppTestCase {
    func testTheOneQueryProfileEqualsTheEmployeeAndProfileQueries() async throws {
        _ = try await seedDemo()
        struct Row: Decodable { var nip: String }
        let nips = try await sql.raw("SELECT nip FROM employees ORDER BY nip").rows(Row.self).map(\.nip)
        var checked = 0, withStandard = 0
        var generator = SystemRandomNumberGenerator()
        for nip in nips.shuffled(using: &generator).prefix(40) {
            let year = TestClock.year
            let detail = try await EmployeeQueries.detail(nip: nip, on: app.db)!
            let expected = try await ProfileQueries.profile(
                employeeID: detail.id, agencyID: detail.agencyID, positionID: detail.positionID, year: year,
                on: app.db)
            let (subject, actual) = try await ProfileQueries.profile(nip: nip, year: year, on: app.db)!
            XCTAssertEqual(subject.facts, detail.facts)
            XCTAssertEqual(subject.positionName, detail.positionName)
            XCTAssertEqual(actual.items.map(\.code), expected.items.map(\.code), nip)
            XCTAssertEqual(actual.items.map(\.required), expected.items.map(\.required), nip)
            XCTAssertEqual(actual.items.map(\.current), expected.items.map(\.current), nip)
            XCTAssertEqual(actual.items.map(\.source), expected.items.map(\.source), nip)
            XCTAssertEqual(actual.items.map(\.name), expected.items.map(\.name), nip)
            XCTAssertEqual(actual.jpm, expected.jpm, nip)
            XCTAssertEqual(actual.hasStandard, expected.hasStandard, nip)
            checked += 1
            if actual.hasStandard { withStandard += 1 }
        }
        XCTAssertEqual(checked, 40)
        XCTAssertGreaterThan(withStandard, 20)
        // A year without standards still names the employee; an unknown NIP is nothing.
        let (_, empty) = try await ProfileQueries.profile(nip: nips[0], year: 2001, on: app.db)!
        XCTAssertTrue(empty.items.isEmpty)
        XCTAssertNil(empty.jpm)
        let none = try await ProfileQueries.profile(nip: "199999999999999999", year: 2026, on: app.db)
        XCTAssertNil(none)
    }
}
