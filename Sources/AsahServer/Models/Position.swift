import Fluent
import Foundation

final class Position: Model, @unchecked Sendable {
    static let schema = "positions"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "jenjang") var jenjang: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, agencyID: UUID, unitID: UUID?, name: String, kind: String, jenjang: String?) {
        self.id = id
        self.agencyID = agencyID
        self.unitID = unitID
        self.name = name
        self.kind = kind
        self.jenjang = jenjang
    }
}
