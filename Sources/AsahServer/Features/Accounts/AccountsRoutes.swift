import Vapor

extension SiteRoutes {
    /// The routes of accounts, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func accounts() {
        let api = AccountAPIController()
        self.api.post(SitePath.apiAgenciesUsers, use: api.create)  // the agency's managers
        self.api.get(SitePath.apiAgenciesUsers, use: api.list)  // the agency's managers
        self.api.patch(SitePath.apiUsers, use: api.update)  // the account's agency's managers
        self.api.post(SitePath.apiUsersReset, use: api.reset)  // the account's agency's managers
        self.api.post(SitePath.apiAuthActivate, use: api.activate)  // anyone, throttled per username
        self.api.put(SitePath.apiMePassword, use: api.changePassword)  // the token's holder
    }
}
