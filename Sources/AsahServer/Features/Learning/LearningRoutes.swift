import Vapor

extension SiteRoutes {
    /// The routes of learning hours (JP), each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func learningHours() {
        let hours = LearningHoursController()
        let compliance = ComplianceController()
        let jpSettings = JPSettingsController()
        let learning = LearningAPIController()
        pages.get(SitePath.pegawaiJp, use: hours.show)  // like the profile page
        pages.get(SitePath.instansiJp, use: compliance.show)  // managers: agency; unit heads: their unit
        pages.get(SitePath.instansiJpRiwayatCsv, use: compliance.history)  // managers
        pages.get(SitePath.instansiPengaturanJp, use: jpSettings.show)  // managers
        pages.post(SitePath.instansiPengaturanJp, use: jpSettings.save)  // managers
        api.get(SitePath.apiEmployeesLearningHours, use: learning.hours)  // like the employee
        // managers; unit heads: their unit
        api.get(SitePath.apiAgenciesLearningHoursCompliance, use: learning.compliance)
    }
}
