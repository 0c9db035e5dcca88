import AsahCore
import SQLKit
import Vapor

/// The signed-in user of a request, with the facts the access policy needs.
struct SignedInUser: Sendable {
    let sessionID: UUID
    let userID: UUID
    let username: String
    let displayName: String
    let actor: Actor
    let agencyCode: String?
    let employeeNIP: String?
    /// The zone of the user's agency (nil for the administrator).
    var agencyTimeZone: IndonesianTimeZone? = nil
}

private struct SignedInUserKey: StorageKey { typealias Value = SignedInUser }

extension Request {
    var signedIn: SignedInUser? {
        get { storage[SignedInUserKey.self] }
        set { storage[SignedInUserKey.self] = newValue }
    }

    /// For pages: the signed-in user, or a redirect to the login page.
    func requirePageUser() throws -> SignedInUser {
        guard let user = signedIn else {
            let next = url.path + (url.query.map { "?" + $0 } ?? "")
            throw Abort.redirect(to: SiteURL.login + "?lanjut=" + SiteURL.percent(next))
        }
        return user
    }

    /// For the API: the bearer token's user, or 401.
    func requireAPIUser() throws -> SignedInUser {
        guard let user = signedIn else {
            throw APIError(
                .unauthorized, code: .unauthorized,
                message: "Kirim token yang berlaku di kepala Authorization (Bearer).")
        }
        return user
    }

    var sql: any SQLDatabase { db.sql }

    /// The client's address; `X-Forwarded-For` counts only when the peer is a trusted proxy.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        guard application.appConfig.trustedProxies.contains(peer),
            let forwarded = headers.first(name: "X-Forwarded-For")?.split(separator: ",").last
        else { return peer }
        return forwarded.trimmingCharacters(in: .whitespaces)
    }
}
