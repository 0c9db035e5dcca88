import AsahCore
import Fluent
import Vapor

/// What a route asks of an agency it names. Another agency answers 404 whatever the question.
enum AgencyNeed {
    /// The unit tree: managers and unit heads.
    case view
    /// An employee list: whoever has a list scope (managers, unit heads, supervisors).
    case listEmployees
    /// Organisation data, settings and imports: managers.
    case manage
    /// Reports (competency gaps, JP compliance): managers, and unit heads for their unit.
    case seeReports
    /// The activity list: everyone of the agency.
    case seeActivities
    /// The course list: everyone of the agency (drafts only for authors).
    case listCourses
    /// Komunitas belajar: everyone of the agency sees it, its employees record sessions they host.
    case seeKnowledgeSessions, recordKnowledgeSession
    /// Innovation projects: everyone of the agency lists them, employees propose their own.
    case listInnovations, proposeInnovation
    /// The agency's accounts: its managers.
    case manageAccounts

    func allows(_ agencyID: UUID, _ actor: Actor) -> Bool {
        switch self {
        case .view: return AccessPolicy.canView(agency: agencyID, actor)
        case .listEmployees: return AccessPolicy.listScope(agency: agencyID, actor) != nil
        case .manage: return AccessPolicy.canManage(agency: agencyID, actor)
        case .seeReports: return AccessPolicy.reportScope(agency: agencyID, actor) != nil
        case .seeActivities: return AccessPolicy.canSeeActivity(agency: agencyID, facilitators: [], actor)
        case .listCourses: return AccessPolicy.canListCourses(agency: agencyID, actor)
        case .seeKnowledgeSessions: return AccessPolicy.canSeeKnowledgeSessions(agency: agencyID, actor)
        case .recordKnowledgeSession: return AccessPolicy.canRecordKnowledgeSession(agency: agencyID, actor)
        case .listInnovations: return AccessPolicy.canListInnovations(agency: agencyID, actor)
        case .proposeInnovation: return AccessPolicy.canProposeInnovation(agency: agencyID, actor)
        case .manageAccounts: return AccessPolicy.canManageAccounts(of: agencyID, actor)
        }
    }

    var refusal: String {
        switch self {
        case .recordKnowledgeSession: return "Sesi dicatat oleh pegawai yang membawakannya."
        case .proposeInnovation: return "Proyek diusulkan oleh pegawai instansi ini atau pengelola."
        case .seeReports: return "Laporan ini tersedia untuk pengelola dan kepala unit kerja."
        case .manageAccounts: return "Akun pegawai dikelola oleh pengelola kepegawaian instansi."
        default: return "Anda tidak berwenang membuka halaman ini."
        }
    }
}

/// What a route asks of an employee it names. Someone the actor may not read answers 404.
enum EmployeeNeed {
    case read
    /// The record itself (name, unit, position): managers.
    case change
    /// A competency assessment of this source.
    case assess(AssessmentSource)
    /// Put forward for an activity, decide their request, pair them with a mentor: their unit head
    /// or a manager, never themself.
    case nominate
    /// Learning taken elsewhere: the employee themself.
    case recordExternalLearning

    func allows(_ e: EmployeeFacts, _ actor: Actor) -> Bool {
        switch self {
        case .read: return AccessPolicy.canRead(employee: e, actor)
        case .change: return AccessPolicy.canChange(employee: e, actor)
        case .assess(let source): return AccessPolicy.canAssess(employee: e, source: source, actor)
        case .nominate: return AccessPolicy.canNominate(employee: e, actor)
        case .recordExternalLearning: return AccessPolicy.canRecordExternalLearning(of: e, actor)
        }
    }

    var refusal: String {
        switch self {
        case .read: return "Anda tidak berwenang membuka data pegawai ini."
        case .change: return "Anda tidak berwenang mengubah data pegawai ini."
        case .assess(let source):
            return "Anda tidak berwenang mencatat penilaian \(source.label.lowercased()) untuk pegawai ini."
        case .nominate: return "Hanya kepala unit kerja pegawai atau pengelola yang berwenang atas pegawai ini."
        case .recordExternalLearning: return "Pelatihan di luar instansi dicatat oleh pegawai yang bersangkutan."
        }
    }
}

extension Guard {
    /// The agency named by `:code` in the path.
    func agency(_ need: AgencyNeed, refusal: String? = nil) async throws -> Agency {
        try await agency(code: req.parameters.get("code") ?? "", need, refusal: refusal)
    }

    /// `refusal` words a 403 for the page at hand where the need's own words are too general.
    func agency(code: String, _ need: AgencyNeed, refusal: String? = nil) async throws -> Agency {
        guard let agency = try await OrganizationQueries.agency(code: code, on: db) else {
            throw RecordKind.agency.notFound
        }
        let id = try agency.requireID()
        try require(
            AccessPolicy.agency(id, may: need.allows(id, actor), actor), .agency, refusal: refusal ?? need.refusal)
        return agency
    }

    /// A unit of the agency, by `:id` (managers edit units).
    func unit(of agency: Agency) async throws -> Unit {
        try await child(Unit.self, "id", .unit) { $0.agencyID == agency.id }
    }

    /// A position of the agency, by `:id`.
    func position(of agency: Agency) async throws -> Position {
        try await child(Position.self, "id", .position) { $0.agencyID == agency.id }
    }

    /// The employee named by `:nip` in the path.
    func employee(_ need: EmployeeNeed) async throws -> EmployeeQueries.Detail {
        try await employee(nip: req.parameters.get("nip") ?? "", need)
    }

    /// An employee by NIP (a path or a body names them).
    func employee(nip raw: String, _ need: EmployeeNeed) async throws -> EmployeeQueries.Detail {
        guard let e = try await EmployeeQueries.detail(nip: NIP.normalize(raw), on: db) else {
            throw RecordKind.employee.notFound
        }
        try require(
            AccessPolicy.employee(e.facts, may: need.allows(e.facts, actor), actor), .employee, refusal: need.refusal)
        return e
    }

    /// A second question about an employee already loaded (one whose answer depends on the request's
    /// body, such as the source of an assessment), or one read from a cache.
    func allow(_ need: EmployeeNeed, on e: EmployeeFacts) throws {
        try require(AccessPolicy.employee(e, may: need.allows(e, actor), actor), .employee, refusal: need.refusal)
    }
}
