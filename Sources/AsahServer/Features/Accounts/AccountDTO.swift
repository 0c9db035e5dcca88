import AsahCore
import Vapor

/// `POST /api/v1/agencies/{code}/users` and `PATCH /api/v1/users/{username}`.
struct AccountBody: Content {
    var nip: String?
    var roles: [String]?
    var unit: String?
    var active: Bool?
}

/// What the new account's owner needs: shown once, never stored in the clear.
struct ActivationDTO: Content {
    var username: String
    var activationCode: String
    var expiresAt: Date

    init(_ slip: AccountService.Slip) {
        username = slip.username
        activationCode = slip.code
        expiresAt = slip.expiresAt
    }
}

struct AccountDTO: Content {
    var username: String
    var name: String
    var roles: [String]
    var active: Bool
    var awaitingActivation: Bool
    var activationExpiresAt: Date?
    var nip: String?
    var unit: String?
    var ledUnit: String?

    init(_ a: AccountQueries.Listed) {
        username = a.username
        name = a.displayName
        roles = a.roles.split(separator: ",").map(String.init)
        active = a.isActive
        awaitingActivation = a.awaitsActivation
        activationExpiresAt = a.awaitsActivation ? a.activationExpiresAt : nil
        nip = a.nip
        unit = a.unitName
        ledUnit = a.ledUnitName
    }
}

struct AccountListDTO: Content {
    var items: [AccountDTO]
    var total: Int
    var page: Int
    var per: Int
}

struct ActivateBody: Content {
    var username: String
    var activationCode: String
    var password: String
}

struct PasswordBody: Content {
    var currentPassword: String
    var password: String
}

extension AccountBody {
    /// The roles named, or a 422 naming the field when one is not a role.
    func roleSet() throws -> Set<Role>? {
        guard let roles else { return nil }
        var out = Set<Role>()
        for raw in roles {
            guard let role = Role(rawValue: raw) else {
                throw APIError.field("roles", "Peran \"\(raw.prefix(40))\" tidak dikenal.")
            }
            out.insert(role)
        }
        return out
    }
}
