import Vapor

extension SiteRoutes {
    /// The routes of komunitas belajar, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func knowledgeSharing() {
        let sharing = KnowledgeSharingController()
        let sharingAPI = KnowledgeSharingAPIController()
        pages.get(SitePath.instansiKomunitasBelajar, use: sharing.show)  // anyone of the agency
        pages.post(SitePath.instansiKomunitasBelajar, use: sharing.record)  // employees of the agency (as host)
        pages.post(SitePath.instansiKomunitasBelajarPengaturan, use: sharing.saveSetting)  // managers
        // managers, the host's unit head; never the host
        pages.post(SitePath.sesiKomunitasKonfirmasi, use: sharing.confirm)
        pages.post(SitePath.sesiKomunitasTolak, use: sharing.reject)  // the same
        // Komunitas belajar: the host records; a manager or a unit head of the host's unit confirms (JP then) or
        // rejects, never the host (AccessPolicyKnowledgeSharing.swift).
        api.post(SitePath.apiAgenciesKnowledgeSessions, use: sharingAPI.create)  // employees of the agency (as host)
        api.post(SitePath.apiKnowledgeSessionsConfirm, use: sharingAPI.confirm)  // managers, unit head of the host
        api.post(SitePath.apiKnowledgeSessionsReject, use: sharingAPI.reject)  // the same
    }
}
