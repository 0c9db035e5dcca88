import Fluent
import Foundation

/// A proyek inovasi / aksi perubahan of one agency (`innovation_projects`).
final class InnovationProject: Model, @unchecked Sendable {
    static let schema = "innovation_projects"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "title") var title: String
    @Field(key: "problem") var problem: String
    /// Competency codes practised, comma-separated ("M1,T01"); empty when none.
    @Field(key: "competency_codes") var competencyCodes: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    /// AsahCore `InnovationStatus`.
    @Field(key: "status") var status: String
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "completed_on") var completedOn: String?
    /// JP per member credited at completion (the agency's rule then).
    @OptionalField(key: "credited_hundredths") var creditedHundredths: Int?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var competencies: [String] { competencyCodes.split(separator: ",").map(String.init) }
}

/// One person in a project's team: ketua, anggota, mentor or coach (`innovation_members`).
final class InnovationMember: Model, @unchecked Sendable {
    static let schema = "innovation_members"

    @ID var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "employee_id") var employeeID: UUID
    /// AsahCore `InnovationRole`.
    @Field(key: "role") var role: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(projectID: UUID, employeeID: UUID, role: String) {
        self.id = IDs.make()
        self.projectID = projectID
        self.employeeID = employeeID
        self.role = role
    }
}

/// A milestone of a project: what, by when, and when it was done (`innovation_milestones`).
final class InnovationMilestone: Model, @unchecked Sendable {
    static let schema = "innovation_milestones"

    @ID var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "title") var title: String
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "done_on") var doneOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
