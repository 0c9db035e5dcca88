import Vapor

extension SiteRoutes {
    /// Performance ratings (`Guard.performance`, held to account by `RouteRoleTests`).
    func performance() {
        let ratings = PerformanceController()
        pages.get(SitePath.pegawaiKinerja, use: ratings.show)  // self, supervisors up the chain, managers
        pages.post(SitePath.pegawaiKinerja, use: ratings.save)  // supervisor, managers; never self
        api.post(SitePath.apiEmployeesPerformanceRatings, use: ratings.post)  // supervisor, managers; never self
        api.get(SitePath.apiEmployeesPerformanceRatings, use: ratings.list)  // self, supervisors up the chain, managers
        api.get(SitePath.apiAgenciesTalentGrid, use: TalentController().grid)  // managers
        pages.get(SitePath.instansiTalenta, use: TalentPageController().show)  // managers
        pages.post(SitePath.instansiTalenta, use: TalentPageController().saveCutoffs)  // managers
        // Managers of the agency.
        importAPI.post(SitePath.apiAgenciesImportsPerformanceRatings, use: PerformanceImportAPIController().create)
    }
}
