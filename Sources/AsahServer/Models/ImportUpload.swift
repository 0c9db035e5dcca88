import Fluent
import Foundation

final class ImportUpload: Model, @unchecked Sendable {
    static let schema = "import_uploads"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "user_id") var userID: UUID
    @Field(key: "filename") var filename: String
    @Field(key: "content") var content: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(agencyID: UUID, userID: UUID, filename: String, content: Data) {
        self.agencyID = agencyID
        self.userID = userID
        self.filename = filename
        self.content = content
    }
}
