import AsahCore
import Fluent
import Vapor

extension Guard {
    /// A study named by `:id`, of the employee the guard already loaded: another person's is as missing
    /// as an unknown one.
    func study(of e: EmployeeQueries.Detail) async throws -> StudyQueries.Study {
        guard let s = try await StudyQueries.study(try id("id", .study), on: db), s.employeeID == e.id else {
            throw RecordKind.study.notFound
        }
        return s
    }
}
