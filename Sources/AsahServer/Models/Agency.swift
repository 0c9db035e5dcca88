import Fluent
import Foundation

final class Agency: Model, @unchecked Sendable {
    static let schema = "agencies"

    @ID var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "province") var province: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, code: String, name: String, kind: String, province: String) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.province = province
    }
}
