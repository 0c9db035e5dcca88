import Foundation

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
