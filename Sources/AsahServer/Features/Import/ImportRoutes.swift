import Vapor

extension SiteRoutes {
    /// The routes of the SIASN import, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func imports() {
        let imports = ImportController()
        pages.get(SitePath.instansiImpor, use: imports.show)  // managers
        importPages.post(SitePath.instansiImpor, use: imports.check)
        pages.post(SitePath.instansiImporKonfirmasi, use: imports.confirm)
    }
}
