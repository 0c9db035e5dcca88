import Fluent
import Foundation

final class Unit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "name") var name: String
    @OptionalField(key: "code") var code: String?
    @Field(key: "path") var path: String
    /// The position a manager named as this unit's head; nil lets the structure decide.
    @OptionalField(key: "head_position_id") var headPositionID: UUID?
    /// Derived by `Supervision.refresh`, never written by hand.
    @OptionalField(key: "head_employee_id") var headEmployeeID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID, agencyID: UUID, parentID: UUID?, name: String, code: String?, parentPath: String?) {
        self.id = id
        self.agencyID = agencyID
        self.parentID = parentID
        self.name = name
        self.code = code
        self.path = Unit.path(id: id, parentPath: parentPath)
    }

    static func path(id: UUID, parentPath: String?) -> String {
        (parentPath ?? "/") + id.uuidString + "/"
    }
}
