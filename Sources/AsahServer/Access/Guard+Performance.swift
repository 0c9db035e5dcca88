import AsahCore
import Fluent
import Vapor

/// What is asked of an employee's performance records.
enum PerformanceNeed {
    /// Their ratings: the employee, their supervisors up the chain, the agency's managers.
    case read
    /// Give a rating: their supervisor or a manager, never themself.
    case rate

    var refusal: String {
        switch self {
        case .read: "Penilaian kinerja hanya dapat dilihat pegawai, atasannya, dan pengelola instansi."
        case .rate: "Penilaian kinerja diberikan oleh atasan langsung atau pengelola instansi."
        }
    }
}

extension Guard {
    /// The employee named by `:nip`, when the actor may see them (else 404) and act on their performance
    /// records as `need` asks (else 403).
    func performance(_ need: PerformanceNeed) async throws -> EmployeeQueries.Detail {
        let (e, chain) = try await employeeAndChain()
        try require(
            AccessPolicy.performance(of: e.facts, chain: chain, rate: need == .rate, actor), .employee,
            refusal: need.refusal)
        return e
    }
}

extension Guard {
    /// The employee named by `:nip` (404 when there is none) and their chain of supervisors, which
    /// decides who sees their performance records.
    func employeeAndChain() async throws -> (EmployeeQueries.Detail, [UUID]) {
        let nip = NIP.normalize(req.parameters.get("nip") ?? "")
        guard let e = try await EmployeeQueries.detail(nip: nip, on: db) else { throw RecordKind.employee.notFound }
        return (e, try await PerformanceQueries.supervisorChain(of: e.id, on: db))
    }
}
