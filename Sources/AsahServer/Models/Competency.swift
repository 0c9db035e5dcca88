import Fluent
import Foundation

/// A teknis or pemerintahan competency of one agency.
final class TechnicalCompetency: Model, @unchecked Sendable {
    static let schema = "competencies"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "group") var group: String
    @Field(key: "definition") var definition: String
    @Field(key: "level_1") var level1: String
    @Field(key: "level_2") var level2: String
    @Field(key: "level_3") var level3: String
    @Field(key: "level_4") var level4: String
    @Field(key: "level_5") var level5: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var levels: [String] {
        get { [level1, level2, level3, level4, level5] }
        set {
            level1 = newValue[0]
            level2 = newValue[1]
            level3 = newValue[2]
            level4 = newValue[3]
            level5 = newValue[4]
        }
    }
}
