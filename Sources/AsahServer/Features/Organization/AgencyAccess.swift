import AsahCore
import Fluent
import Vapor

/// Loads the agency named in the path and applies the policy, for pages and the API alike.
enum AgencyAccess {
    enum Need { case view, list, manage }

    static func load(_ req: Request, user: SignedInUser, need: Need) async throws -> Agency {
        guard let code = req.parameters.get("code"),
            let agency = try await OrganizationQueries.agency(code: code, on: req.db)
        else { throw Abort(.notFound, reason: "Instansi tidak ditemukan.") }
        let id = try agency.requireID()
        let allowed: Bool
        switch need {
        case .view: allowed = AccessPolicy.canView(agency: id, user.actor)
        case .list: allowed = AccessPolicy.listScope(agency: id, user.actor) != nil
        case .manage: allowed = AccessPolicy.canManage(agency: id, user.actor)
        }
        // Another agency's data answers exactly like a missing one: its existence is not revealed.
        guard allowed else {
            if user.actor.agencyID != id && !user.actor.isAdmin {
                throw Abort(.notFound, reason: "Instansi tidak ditemukan.")
            }
            throw Abort(.forbidden, reason: "Anda tidak berwenang membuka halaman ini.")
        }
        return agency
    }

    /// An employee by NIP with the policy applied; unreadable records answer 404 like missing ones.
    static func employee(_ req: Request, user: SignedInUser, nip raw: String, change: Bool = false) async throws
        -> EmployeeQueries.Detail
    {
        let nip = NIP.normalize(raw)
        guard let e = try await EmployeeQueries.detail(nip: nip, on: req.db),
            AccessPolicy.canRead(employee: e.facts, user.actor)
        else { throw Abort(.notFound, reason: "Pegawai tidak ditemukan.") }
        if change && !AccessPolicy.canChange(employee: e.facts, user.actor) {
            throw Abort(.forbidden, reason: "Anda tidak berwenang mengubah data pegawai ini.")
        }
        return e
    }
}
