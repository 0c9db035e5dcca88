import Fluent
import Foundation

final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "address") var address: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(username: String, address: String, succeeded: Bool, at: Date) {
        // Time-ordered ids break ties between attempts at the same instant (a fixed test clock).
        self.id = IDs.make()
        self.username = username
        self.address = address
        self.succeeded = succeeded
        self.attemptedAt = at
    }
}
