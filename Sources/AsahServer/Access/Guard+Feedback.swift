import AsahCore
import Fluent
import Vapor

extension FeedbackAccess {
    var refusal: String {
        switch self {
        case .read: "Umpan balik hanya dapat dilihat pegawai, atasannya, dan pengelola instansi."
        case .write: "Umpan balik ditulis oleh atasan pegawai (atasan langsung atau atasan di atasnya)."
        case .reply: "Hanya pegawai dan atasannya yang dapat membalas umpan balik."
        }
    }
}

extension Guard {
    /// The employee named by `:nip`, when the actor may see them (else 404) and act on their feedback
    /// threads as `need` asks (else 403).
    func feedback(_ need: FeedbackAccess) async throws -> EmployeeQueries.Detail {
        let (e, chain) = try await employeeAndChain()
        try require(AccessPolicy.feedback(of: e.facts, chain: chain, need, actor), .employee, refusal: need.refusal)
        return e
    }

    /// The thread named by `:id` among the employee's (404 when it is not one of theirs).
    func feedbackThread(of e: EmployeeQueries.Detail) async throws -> FeedbackQueries.Thread {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
            let thread = try await FeedbackQueries.thread(id, employeeID: e.id, on: db)
        else { throw RecordKind.feedback.notFound }
        return thread
    }
}
