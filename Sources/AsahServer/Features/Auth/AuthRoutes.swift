import Vapor

extension SiteRoutes {
    /// The routes of auth, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func auth() {
        let auth = AuthController()
        let authAPI = AuthAPIController()
        pages.get(SitePath.masuk, use: auth.show)  // anyone
        pages.post(SitePath.masuk, use: auth.login)  // anyone, throttled per username
        pages.post(SitePath.keluar, use: auth.logout)  // signed in
        api.post(SitePath.apiAuthTokens, use: authAPI.create)  // anyone, throttled
        api.delete(SitePath.apiAuthTokensCurrent, use: authAPI.revoke)  // the token's holder
        api.get(SitePath.apiMe, use: authAPI.me)  // the token's holder
    }
}
