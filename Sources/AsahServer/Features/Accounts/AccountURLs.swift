import Foundation
import Vapor

/// Typed URLs of account pages.
extension SiteURL {
    static let activation = SitePath.aktivasi.link()
    static let myAccount = SitePath.akunSaya.link()
    static func accounts(_ code: String, q: String? = nil, page: Int? = nil) -> String {
        with(SitePath.instansiAkun.link(code), ["q": q, "page": pageNumber(page)])
    }
    static func openAccounts(_ code: String) -> String { SitePath.instansiAkunBuka.link(code) }
    static func account(_ username: String) -> String { SitePath.akun.link(username) }
    static func resetAccount(_ username: String) -> String { SitePath.akunReset.link(username) }
}

extension SiteURL {
    static let newAgency = SitePath.instansiBaru.link()
}

extension Request {
    /// Where a slip sends its reader: this site as the manager reached it (the Host header, reduced to
    /// the characters a host name has), `https` unless cookies are not secure (a local demo).
    var activationAddress: String {
        let host = (headers.first(name: .host) ?? "").filter { $0.isLetter || $0.isNumber || ".-:".contains($0) }
        guard !host.isEmpty else { return SiteURL.activation }
        return (application.appConfig.secureCookies ? "https://" : "http://") + host + SiteURL.activation
    }
}
