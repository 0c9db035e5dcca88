import AsahCore
import Fluent
import Vapor

extension Guard {
    /// The account named by `:username`: another agency's, or any for someone who does not manage
    /// accounts, is as missing as an unknown one.
    func account() async throws -> User {
        let name = (req.parameters.get("username") ?? "").lowercased()
        guard LoginThrottlePolicy.acceptsUsername(name),
            let user = try await User.query(on: db).filter(\.$username == name).first()
        else { throw RecordKind.account.notFound }
        try require(AccessPolicy.account(agencyID: user.agencyID, actor), .account, refusal: "")
        return user
    }

    /// Giving or taking these roles on an account of `agencyID`: 403 with the reason.
    func allowGrant(_ roles: Set<Role>, in agencyID: UUID?) throws {
        guard AccessPolicy.canGrant(roles, in: agencyID, actor) else {
            throw Abort(.forbidden, reason: "Peran administrator hanya diberikan oleh administrator sistem.")
        }
    }
}
