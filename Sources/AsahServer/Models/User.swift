import AsahCore
import Fluent
import Foundation

final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "roles") var rolesText: String
    @OptionalField(key: "agency_id") var agencyID: UUID?
    @OptionalField(key: "employee_id") var employeeID: UUID?
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "is_active") var isActive: Bool
    /// SHA-256 of the one-time activation code, while the account waits for its owner's own password.
    @OptionalField(key: "activation_hash") var activationHash: String?
    @OptionalField(key: "activation_expires_at") var activationExpiresAt: Date?
    @OptionalField(key: "password_changed_at") var passwordChangedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(
        id: UUID? = nil, username: String, passwordHash: String, displayName: String, roles: Set<Role>,
        agencyID: UUID?, employeeID: UUID? = nil, unitID: UUID? = nil
    ) {
        self.id = id
        self.username = username
        self.passwordHash = passwordHash
        self.displayName = displayName
        self.rolesText = User.encode(roles)
        self.agencyID = agencyID
        self.employeeID = employeeID
        self.unitID = unitID
        self.isActive = true
    }

    /// Waiting for activation: no password of its own yet, so no password can sign in.
    var awaitsActivation: Bool { passwordHash.isEmpty }

    var roles: Set<Role> {
        Set(rolesText.split(separator: ",").compactMap { Role(rawValue: String($0)) })
    }

    static func encode(_ roles: Set<Role>) -> String {
        roles.map(\.rawValue).sorted().joined(separator: ",")
    }
}
