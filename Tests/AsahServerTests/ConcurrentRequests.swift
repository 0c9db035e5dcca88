import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

extension AppTestCase {
    /// Runs `count` requests at once; their answers in the order they came back.
    func together<T: Sendable>(_ count: Int, _ request: @escaping @Sendable (Int) async throws -> T) async throws -> [T]
    {
        try await withThrowingTaskGroup(of: T.self) { group in
            for i in 0..<count { group.addTask { try await request(i) } }
            var out: [T] = []
            for try await answer in group { out.append(answer) }
            return out
        }
    }

    /// The test world, and `extra` more Medan employees under the Dishub head: a crowd for requests
    /// sent at once.
    @discardableResult
    func crowd(_ extra: Int) async throws -> TestWorld {
        let world = try await world()
        _ = try await build.employees(extra, in: world.medan.clerkPosition, supervisor: world.medan.head)
        return world
    }

    /// Medan's employees in NIP order, as many as `range` takes.
    func medanStaff(_ range: Range<Int>) async throws -> [Employee] {
        try await Employee.query(on: db).filter(\.$agencyID == (try await agencyID("medan"))).sort(\.$nip)
            .range(range).all()
    }
}
