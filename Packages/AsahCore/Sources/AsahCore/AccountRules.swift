import Foundation

/// What an account may be: its login name, the roles it holds together, and the changes that would
/// leave an agency without anyone to run it.
public enum AccountRules {
    /// The roles a manager gives within their agency; `admin` is the administrator's alone.
    public static let agencyRoles: [Role] = [.employee, .unitHead, .facilitator, .manager]

    /// Login names: the NIP by default; otherwise 3 to 40 lower-case letters, digits, dots or dashes.
    public static func isValidUsername(_ name: String) -> Bool {
        name.range(of: "^[a-z0-9][a-z0-9.-]{2,39}$", options: .regularExpression) != nil
    }

    /// A login name someone chooses (an account without a NIP, an agency's first manager): a valid name
    /// with at least one letter, so it can never be the NIP an employee's account will be opened under.
    public static func isValidChosenUsername(_ name: String) -> Bool {
        isValidUsername(name) && name.contains { $0.isLetter }
    }

    public static let chosenUsernameMessage =
        "Nama pengguna 3 sampai 40 huruf kecil, angka, titik, atau tanda hubung, dengan paling sedikit satu huruf."

    /// Problems with a set of roles for one account, by form field.
    /// - employee and unit head need the account to belong to an employee;
    /// - a unit head needs the unit they lead;
    /// - at least one role.
    public static func problems(roles: Set<Role>, hasEmployee: Bool, hasUnit: Bool) -> [String: String] {
        var out: [String: String] = [:]
        if roles.isEmpty { out["roles"] = "Pilih paling sedikit satu peran." }
        if !hasEmployee && (roles.contains(.employee) || roles.contains(.unitHead)) {
            out["roles"] = "Peran pegawai dan kepala unit hanya untuk akun milik seorang pegawai."
        }
        if roles.contains(.unitHead) && !hasUnit { out["unit"] = "Pilih unit kerja yang dipimpin." }
        return out
    }

    /// Whether a change takes away the agency's last active manager (refused: nobody could give
    /// accounts any more, except the administrator).
    public static func removesLastManager(
        activeManagers: Int, wasActiveManager: Bool, remainsActiveManager: Bool
    ) -> Bool {
        wasActiveManager && !remainsActiveManager && activeManagers <= 1
    }
}

extension AccessPolicy {
    /// An agency's accounts may be created, listed, reset and changed: its managers and the admin.
    public static func canManageAccounts(of agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }

    /// Whether the actor may give or take these roles on an account of `agencyID` (nil: no agency).
    /// The admin gives any role, including an agency's first manager; a manager gives the agency
    /// roles within their own agency, never `admin`.
    public static func canGrant(_ roles: Set<Role>, in agencyID: UUID?, _ actor: Actor) -> Bool {
        if actor.isAdmin { return true }
        guard let agencyID, isManager(of: agencyID, actor) else { return false }
        return !roles.contains(.admin)
    }

    /// One account (by login name): only those who manage its agency's accounts know it exists; the
    /// administrator's own accounts (no agency) are the administrator's.
    public static func account(agencyID: UUID?, _ actor: Actor) -> Access {
        guard let agencyID else { return actor.isAdmin ? .granted : .hidden }
        return canManageAccounts(of: agencyID, actor) ? .granted : .hidden
    }
}
