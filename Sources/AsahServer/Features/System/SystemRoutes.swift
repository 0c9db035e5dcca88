import Vapor

extension SiteRoutes {
    /// The routes of system, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func system() {
        let system = SystemController()
        // Public: health, the stylesheet, the API description.
        app.get(SitePath.healthz, use: system.health)
        app.get(SitePath.stylesheet, use: system.stylesheet)
        app.get(SitePath.openAPI, use: system.openAPI)
        pages.get(SitePath.instansi, use: system.agencies)  // admin
        pages.get(SitePath.sistem, use: system.status)  // admin
        app.get(SitePath.metrics, use: system.metrics)  // a scraper with ASAH_METRICS_TOKEN
    }
}
