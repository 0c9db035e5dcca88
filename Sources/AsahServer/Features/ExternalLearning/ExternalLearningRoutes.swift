import Vapor

extension SiteRoutes {
    /// The routes of external learning, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func externalLearning() {
        let external = ExternalLearningController()
        pages.get(SitePath.pegawaiPelatihanLuar, use: external.show)  // like the employee
        evidencePages.post(SitePath.pegawaiPelatihanLuar, use: external.submit)  // the employee
        pages.get(SitePath.instansiPelatihanLuar, use: external.queue)  // managers
        pages.post(SitePath.pelatihanLuarKeputusan, use: external.decide)  // managers of the agency
        pages.get(SitePath.pelatihanLuarSertifikat, use: external.proof)  // whoever may read the employee
    }
}
