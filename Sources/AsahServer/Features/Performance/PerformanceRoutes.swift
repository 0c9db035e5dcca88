import Vapor

extension SiteRoutes {
    /// Performance ratings (`Guard.performance`, held to account by `RouteRoleTests`).
    func performance() {
        let ratings = PerformanceController()
        api.post(SitePath.apiEmployeesPerformanceRatings, use: ratings.post)  // supervisor, managers; never self
        api.get(SitePath.apiEmployeesPerformanceRatings, use: ratings.list)  // self, supervisors up the chain, managers
        // Managers of the agency.
        importAPI.post(SitePath.apiAgenciesImportsPerformanceRatings, use: PerformanceImportAPIController().create)
    }
}
