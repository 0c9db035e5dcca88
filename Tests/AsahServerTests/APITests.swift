import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

final class APITests: AppTestCase {
    func testHealth() async throws {
        let res = try await app.sendRequest(.GET, "/healthz")
        XCTAssertEqual(res.status, .ok)
        XCTAssertEqual(try json(res)["status"] as? String, "ok")
        XCTAssertEqual(try json(res)["database"] as? String, Self.postgresURL == nil ? "sqlite" : "postgres")
    }

    func testEmployeeShapeAndLists() async throws {
        try await crowd(6)
        let api = try await APIClient.signIn(app, "pengelola.medan")
        let list = try json(try await api.get("/api/v1/agencies/medan/employees?per=5&page=2"))
        XCTAssertEqual(list["page"] as? Int, 2)
        XCTAssertEqual(list["per"] as? Int, 5)
        let medan = try await agencyID("medan")
        await eq(list["total"] as? Int, try await Employee.query(on: db).filter(\.$agencyID == medan).count())
        let items = list["items"] as? [[String: Any]] ?? []
        XCTAssertEqual(items.count, 5)

        let withBoss = try await Employee.query(on: db).filter(\.$agencyID == medan).filter(\.$supervisorID != nil)
            .first()!
        let boss = try await Employee.find(withBoss.supervisorID, on: db)!
        let body = try json(try await api.get("/api/v1/employees/\(NIP.format(withBoss.nip).formEncoded)"))
        XCTAssertEqual(body["nip"] as? String, withBoss.nip)
        XCTAssertEqual(body["name"] as? String, withBoss.name)
        XCTAssertEqual(body["status"] as? String, withBoss.status)
        XCTAssertEqual(body["gender"] as? String, withBoss.gender)
        XCTAssertEqual(body["supervisor_nip"] as? String, boss.nip)
        XCTAssertEqual((body["unit"] as? [String: Any])?["id"] as? String, withBoss.unitID?.uuidString)
        XCTAssertNotNil((body["position"] as? [String: Any])?["kind"] as? String)

        let units = try json(try await api.get("/api/v1/agencies/medan/units"))
        let unitItems = units["items"] as? [[String: Any]] ?? []
        await eq(unitItems.count, try await Unit.query(on: db).filter(\.$agencyID == medan).count())
        let unitID = try XCTUnwrap(withBoss.unitID)
        let inUnit = try json(try await api.get("/api/v1/agencies/medan/employees?unit=\(unitID.uuidString)"))
        XCTAssertGreaterThan(inUnit["total"] as? Int ?? 0, 0)
        let bad = try await api.get("/api/v1/agencies/medan/employees?unit=nope")
        XCTAssertEqual(bad.status, .badRequest)
        XCTAssertNotNil((try json(bad)["error"] as? [String: Any])?["message"])
    }

    func testEveryAPIRouteIsInTheOpenAPIDocument() async throws {
        let res = try await app.sendRequest(.GET, "/api/v1/openapi.json")
        XCTAssertEqual(res.status, .ok)
        let doc = try json(res)
        XCTAssertEqual((doc["openapi"] as? String)?.hasPrefix("3."), true)
        let paths = doc["paths"] as? [String: [String: Any]] ?? [:]
        let apiRoutes = app.routes.all.filter { $0.path.first?.description == "api" }
        XCTAssertGreaterThanOrEqual(apiRoutes.count, 7)
        for route in apiRoutes {
            let path =
                "/"
                + route.path.map { component -> String in
                    switch component {
                    case .parameter(let name): return "{\(name)}"
                    default: return component.description
                    }
                }.joined(separator: "/")
            let method = route.method.rawValue.lowercased()
            XCTAssertNotNil(paths[path]?[method], "\(method.uppercased()) \(path) is missing from openapi.json")
        }
    }
}
