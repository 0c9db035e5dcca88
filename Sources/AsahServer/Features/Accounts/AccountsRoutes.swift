import Vapor

extension SiteRoutes {
    /// The routes of accounts, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func accounts() {
        let api = AccountAPIController()
        let pages = AccountPageController()
        let own = OwnAccountController()
        let newAgency = NewAgencyController()
        self.pages.get(SitePath.instansiBaru, use: newAgency.show)  // admin
        self.pages.post(SitePath.instansiBaru, use: newAgency.create)  // admin
        self.pages.get(SitePath.instansiAkun, use: pages.list)  // the agency's managers
        self.pages.post(SitePath.instansiAkunBuka, use: pages.open)  // the agency's managers
        self.pages.get(SitePath.akun, use: pages.show)  // the account's agency's managers
        self.pages.post(SitePath.akun, use: pages.update)  // the account's agency's managers
        self.pages.post(SitePath.akunReset, use: pages.reset)  // the account's agency's managers
        self.pages.get(SitePath.aktivasi, use: own.activationForm)  // anyone
        self.pages.post(SitePath.aktivasi, use: own.activate)  // anyone, throttled per username
        self.pages.get(SitePath.akunSaya, use: own.show)  // signed in
        self.pages.post(SitePath.akunSaya, use: own.changePassword)  // signed in
        self.api.post(SitePath.apiAgenciesUsers, use: api.create)  // the agency's managers
        self.api.get(SitePath.apiAgenciesUsers, use: api.list)  // the agency's managers
        self.api.patch(SitePath.apiUsers, use: api.update)  // the account's agency's managers
        self.api.post(SitePath.apiUsersReset, use: api.reset)  // the account's agency's managers
        self.api.post(SitePath.apiAuthActivate, use: api.activate)  // anyone, throttled per username
        self.api.put(SitePath.apiMePassword, use: api.changePassword)  // the token's holder
    }
}
