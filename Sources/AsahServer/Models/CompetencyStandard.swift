import Fluent
import Foundation

final class CompetencyStandard: Model, @unchecked Sendable {
    static let schema = "competency_standards"

    enum Status: String, CaseIterable {
        case draft, verified
        var label: String { self == .draft ? "Draf" : "Terverifikasi" }
    }

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "position_id") var positionID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "status") var status: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID, agencyID: UUID, positionID: UUID, year: Int, status: Status) {
        self.id = id
        self.agencyID = agencyID
        self.positionID = positionID
        self.year = year
        self.status = status.rawValue
    }
}
