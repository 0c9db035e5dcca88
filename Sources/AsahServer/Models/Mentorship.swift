import Fluent
import Foundation

final class Mentorship: Model, @unchecked Sendable {
    static let schema = "mentorships"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "mentor_id") var mentorID: UUID
    @Field(key: "mentee_id") var menteeID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "goal") var goal: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

final class MentoringSession: Model, @unchecked Sendable {
    static let schema = "mentoring_sessions"

    @ID var id: UUID?
    @Field(key: "mentorship_id") var mentorshipID: UUID
    @Field(key: "held_on") var heldOn: String
    @Field(key: "minutes") var minutes: Int
    @Field(key: "topic") var topic: String
    @OptionalField(key: "actions") var actions: String?
    /// `mentor` or `mentee` (AsahCore `MentorshipSide`).
    @Field(key: "logged_by") var loggedBy: String
    @OptionalField(key: "logged_by_user") var loggedByUser: UUID?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @OptionalField(key: "confirmed_by_user") var confirmedByUser: UUID?
    @OptionalField(key: "credited_hundredths") var creditedHundredths: Int?
    @OptionalField(key: "credit_note") var creditNote: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
