import Fluent
import Foundation

final class AgencySetting: Model, @unchecked Sendable {
    static let schema = "agency_settings"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "key") var key: String
    @Field(key: "value") var value: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(agencyID: UUID, key: String, value: String) {
        self.agencyID = agencyID
        self.key = key
        self.value = value
    }
}
