import Fluent
import Foundation

/// A learning activity (kegiatan pengembangan kompetensi) of an agency.
final class Activity: Model, @unchecked Sendable {
    static let schema = "activities"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @Field(key: "jenis_diklat_id") var jenisDiklatID: Int
    @Field(key: "provider_kind") var providerKind: String
    @OptionalField(key: "partner_id") var partnerID: UUID?
    @Field(key: "mode") var mode: String
    @OptionalField(key: "place") var place: String?
    @OptionalField(key: "capacity") var capacity: Int?
    @Field(key: "cost_per_participant") var costPerParticipant: Int
    @Field(key: "fixed_cost") var fixedCost: Int
    @Field(key: "requires_approval") var requiresApproval: Bool
    @Field(key: "min_attendance_percent") var minAttendancePercent: Int
    @OptionalField(key: "post_test_passing_score") var postTestPassingScore: Int?
    @Field(key: "jp_hundredths") var jpHundredths: Int
    @Field(key: "status") var status: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

final class ActivitySession: Model, @unchecked Sendable {
    static let schema = "activity_sessions"

    @ID var id: UUID?
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "date") var date: String
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "ends_at") var endsAt: String
    @Field(key: "checkin_code") var checkinCode: String

    init() {}

    init(activityID: UUID, date: String, startsAt: String, endsAt: String, checkinCode: String) {
        self.id = IDs.make()
        self.activityID = activityID
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.checkinCode = checkinCode
    }
}

final class ActivityCompetency: Model, @unchecked Sendable {
    static let schema = "activity_competencies"

    @ID var id: UUID?
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "competency_code") var competencyCode: String
    @Field(key: "level") var level: Int

    init() {}

    init(activityID: UUID, competencyCode: String, level: Int) {
        self.id = IDs.make()
        self.activityID = activityID
        self.competencyCode = competencyCode
        self.level = level
    }
}

final class ActivityFacilitator: Model, @unchecked Sendable {
    static let schema = "activity_facilitators"

    @ID var id: UUID?
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "user_id") var userID: UUID

    init() {}

    init(activityID: UUID, userID: UUID) {
        self.id = IDs.make()
        self.activityID = activityID
        self.userID = userID
    }
}

/// A university, NGO or training institution that provides activities.
final class Partner: Model, @unchecked Sendable {
    static let schema = "partners"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "contact") var contact: String?

    init() {}

    init(agencyID: UUID, name: String, kind: String = "lembaga_pelatihan") {
        self.id = IDs.make()
        self.agencyID = agencyID
        self.name = name
        self.kind = kind
    }
}
