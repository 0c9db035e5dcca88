import AsahCore
import Fluent
import Foundation

final class Agency: Model, @unchecked Sendable {
    static let schema = "agencies"

    @ID var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "province") var province: String
    /// Its day starts at its own midnight (WIB, WITA or WIT); a new agency gets its province's zone.
    @Field(key: "time_zone") var timeZone: IndonesianTimeZone
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        id: UUID? = nil, code: String, name: String, kind: String, province: String,
        timeZone: IndonesianTimeZone? = nil
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.kind = kind
        self.province = province
        self.timeZone = timeZone ?? IndonesianTimeZone.of(province: province) ?? .wib
    }
}
