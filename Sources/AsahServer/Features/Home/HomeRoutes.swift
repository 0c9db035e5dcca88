import Vapor

extension SiteRoutes {
    /// The routes of home, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func home() {
        pages.get(SitePath.home, use: HomeController().show)  // signed in; sections by role
        pages.get(SitePath.kotakMasuk, use: InboxController().show)  // signed in: one's own inbox
    }
}
