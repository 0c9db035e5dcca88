import AsahCore
import Fluent
import Vapor

@testable import AsahServer

/// Just the records a test needs, written directly, instead of a copy of the four-agency demo: an
/// agency, its units and positions, employees and accounts (passwords hashed at bcrypt's lowest cost).
/// A test that reads as a story about a few people builds them; `DemoTests` and the tests that walk the
/// whole site keep the demo.
struct TestBuilder {
    let db: any Database
    static let password = "asah-demo"

    @discardableResult
    func agency(
        _ code: String, name: String, kind: AgencyKind = .kota, province: String = "Sumatera Utara"
    ) async throws -> Agency {
        let agency = Agency(code: code, name: name, kind: kind.rawValue, province: province)
        try await agency.create(on: db)
        return agency
    }

    func unit(_ name: String, in agency: Agency, parent: AsahServer.Unit? = nil) async throws -> AsahServer.Unit {
        let id = IDs.make()
        let unit = AsahServer.Unit(
            id: id, agencyID: try agency.requireID(), parentID: parent?.id, name: name, code: nil,
            parentPath: parent?.path)
        try await unit.create(on: db)
        return unit
    }

    func position(_ name: String, in unit: AsahServer.Unit, kind: PositionKind = .pelaksana) async throws -> Position {
        let position = Position(agencyID: unit.agencyID, unitID: unit.id, name: name, kind: kind.rawValue, jenjang: nil)
        try await position.create(on: db)
        return position
    }

    /// An employee; `nip` is 18 digits, born 1 January 1990, PNS unless told. A `supervisor` given here
    /// is kept as if a manager chose it; without one the structure decides once something refreshes it.
    func employee(
        _ name: String, nip: String, in position: Position, status: EmployeeStatus = .pns,
        supervisor: Employee? = nil
    ) async throws -> Employee {
        let e = Employee()
        e.agencyID = position.agencyID
        e.nip = nip
        e.name = name
        e.searchName = name.lowercased()
        e.status = status.rawValue
        e.positionID = position.id
        e.unitID = position.unitID
        e.supervisorID = supervisor?.id
        e.supervisorOverride = supervisor != nil
        e.employmentState = EmploymentState.aktif.rawValue
        e.gender = Gender.male.rawValue
        e.birthDate = "1990-01-01"
        try await e.create(on: db)
        return e
    }

    /// An account; signs in with `TestBuilder.password`.
    @discardableResult
    func user(
        _ username: String, roles: Set<Role>, agency: Agency?, employee: Employee? = nil,
        unit: AsahServer.Unit? = nil
    ) async throws -> User {
        let user = User(
            username: username, passwordHash: try Bcrypt.hash(Self.password, cost: 4),
            displayName: employee?.name ?? username, roles: roles, agencyID: try agency?.requireID(),
            employeeID: employee?.id, unitID: unit?.id)
        try await user.create(on: db)
        return user
    }

    /// A teknis competency of the agency's dictionary, with a behaviour line per level.
    func technicalCompetency(_ code: String, name: String, in agency: Agency) async throws {
        let c = TechnicalCompetency()
        c.agencyID = try agency.requireID()
        c.code = code
        c.name = name
        c.group = CompetencyGroup.teknis.rawValue
        c.definition = "Kemampuan \(name.lowercased())."
        (c.level1, c.level2, c.level3, c.level4, c.level5) = ("Dasar", "Cakap", "Mahir", "Ahli", "Pakar")
        try await c.create(on: db)
    }

    /// Every position of the agency gets a `year` standard: the national defaults for its kind.
    func standards(for agency: Agency, year: Int = TestClock.year) async throws {
        _ = try await StandardService.createMissing(agencyID: try agency.requireID(), year: year, userID: nil, on: db)
    }

    /// Replaces a position's `year` standard with these items, verified, as a manager's form does.
    func standard(
        of position: Position, _ items: [(code: String, level: Int)], year: Int = TestClock.year
    ) async throws {
        try await StandardService.put(
            agencyID: position.agencyID, positionID: try position.requireID(), year: year,
            items: items.map { StandardRules.Item(code: $0.code, level: $0.level) }, status: .verified, userID: nil,
            on: db)
    }

    /// An agency with its manager (`pengelola.<code>`), as the sign-in tests need.
    @discardableResult
    func agencyWithManager(_ code: String, name: String, province: String = "Sumatera Utara") async throws -> Agency {
        let agency = try await self.agency(code, name: name, province: province)
        try await user("pengelola.\(code)", roles: [.manager], agency: agency)
        return agency
    }
}

extension AppTestCase {
    var build: TestBuilder { TestBuilder(db: db) }
}
