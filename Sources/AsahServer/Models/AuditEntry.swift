import Fluent
import Foundation

final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID var id: UUID?
    @OptionalField(key: "agency_id") var agencyID: UUID?
    @OptionalField(key: "user_id") var userID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?
    @Field(key: "at") var at: Date

    init() {}

    init(
        agencyID: UUID?, userID: UUID?, action: String, entity: String, entityID: String?, before: String?,
        after: String?
    ) {
        self.agencyID = agencyID
        self.userID = userID
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
        self.at = WriteTime.now
    }
}
