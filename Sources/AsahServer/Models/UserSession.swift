import Fluent
import Foundation

/// A web session (cookie) or an API token (bearer). The secret itself is never stored.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    enum Kind: String { case web, api }

    @ID var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(tokenHash: String, userID: UUID, kind: Kind, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.kind = kind.rawValue
        self.expiresAt = expiresAt
    }
}
