import AsahCore
import Fluent
import Vapor

/// The writes from typed input, as the pages and the API share them: parse, resolve NIPs within the
/// project's agency, validate, then one write. Refusals come back as field errors, nothing written.
extension InnovationService {
    static let unknownNIP = "Tidak ada pegawai instansi ini dengan NIP tersebut."

    /// Managers name the ketua by NIP; an employee who proposes leads the project themself. The caller
    /// loaded the agency with `Guard.agency(.proposeInnovation)`.
    static func create(
        _ input: InnovationInput, ketuaNIP: String?, agency: Agency, user: SignedInUser, on db: any Database
    ) async throws -> Result<InnovationProject, FieldErrors> {
        let agencyID = try agency.requireID()
        let known = Set(try await CompetencyQueries.dictionary(agencyID: agencyID, on: db).map(\.code))
        var errors: [String: String] = [:]
        let valid = InnovationRules.validate(input, knownCompetencies: known)
        if case .failure(let e) = valid { errors = e.messages }
        var ketua: UUID?
        if AccessPolicy.isManager(of: agencyID, user.actor) {
            let nip = NIP.normalize(ketuaNIP ?? "")
            if nip.isEmpty {
                errors["ketua_nip"] = "Isi NIP ketua proyek."
            } else if let e = try await employee(nip: nip, agencyID: agencyID, on: db) {
                ketua = e.id
            } else {
                errors["ketua_nip"] = unknownNIP
            }
        } else {
            ketua = user.actor.employeeID
        }
        guard errors.isEmpty, case .success(let v) = valid, let ketua else { return .failure(FieldErrors(errors)) }
        return .success(
            try await create(v, agencyID: agencyID, ketuaID: ketua, userID: user.userID, on: db))
    }

    static func addMember(
        _ p: InnovationProject, _ facts: InnovationFacts, nip raw: String, role: String, user: SignedInUser,
        on db: any Database
    ) async throws -> Result<InnovationRole, FieldErrors> {
        try requireGuides(InnovationRole(rawValue: role.trimmingCharacters(in: .whitespaces).lowercased()), facts, user)
        let nip = NIP.normalize(raw)
        guard !nip.isEmpty else { return .failure(FieldErrors(["nip": "Isi NIP pegawai."])) }
        guard let e = try await employee(nip: nip, agencyID: p.agencyID, on: db) else {
            return .failure(FieldErrors(["nip": unknownNIP]))
        }
        return try await addMember(
            try p.requireID(), employee: e, role: role, userID: user.userID, on: db)
    }

    static func removeMember(
        _ p: InnovationProject, _ facts: InnovationFacts, nip raw: String, user: SignedInUser, on db: any Database
    ) async throws -> Result<InnovationRole, FieldErrors> {
        guard let e = try await employee(nip: NIP.normalize(raw), agencyID: p.agencyID, on: db) else {
            return .failure(FieldErrors(["nip": "Pegawai ini tidak ada di tim."]))
        }
        try requireGuides(facts.role(of: e.id), facts, user)
        return try await removeMember(try p.requireID(), employee: e, userID: user.userID, on: db)
    }

    static func employee(nip: String, agencyID: UUID, on db: any Database) async throws -> Employee? {
        try await Employee.query(on: db).filter(\.$nip == nip).filter(\.$agencyID == agencyID).first()
    }

    /// Mentor and coach are chosen by managers (the mentor decides on completion).
    static func requireGuides(_ role: InnovationRole?, _ facts: InnovationFacts, _ user: SignedInUser) throws {
        guard role == .mentor || role == .coach else { return }
        guard AccessPolicy.canAssignInnovationGuides(facts, user.actor) else {
            throw Abort(.forbidden, reason: "Mentor dan coach proyek ditetapkan oleh pengelola.")
        }
    }
}
