import Fluent
import Foundation

/// One employee's place in one activity (states in AsahCore `EnrolmentState`).
final class Enrolment: Model, @unchecked Sendable {
    static let schema = "enrolments"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "activity_id") var activityID: UUID
    @Field(key: "employee_id") var employeeID: UUID
    @Field(key: "state") var state: String
    @Field(key: "requested_at") var requestedAt: Date
    @OptionalField(key: "requested_by") var requestedBy: UUID?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "post_test_score") var postTestScore: Int?
    @OptionalField(key: "completed_at") var completedAt: Date?
    @OptionalField(key: "certificate_code") var certificateCode: String?
    @OptionalField(key: "outcome_note") var outcomeNote: String?

    init() {}
}

/// Presence of one participant at one session (a row means present).
final class Attendance: Model, @unchecked Sendable {
    static let schema = "attendance"

    enum Method: String { case facilitator, checkin }

    @ID var id: UUID?
    @Field(key: "enrolment_id") var enrolmentID: UUID
    @Field(key: "session_id") var sessionID: UUID
    @Field(key: "method") var method: String
    @OptionalField(key: "marked_by") var markedBy: UUID?
    @Field(key: "marked_at") var markedAt: Date

    init() {}

    init(enrolmentID: UUID, sessionID: UUID, method: Method, markedBy: UUID?) {
        self.id = IDs.make()
        self.enrolmentID = enrolmentID
        self.sessionID = sessionID
        self.method = method.rawValue
        self.markedBy = markedBy
        self.markedAt = WriteTime.now
    }
}
