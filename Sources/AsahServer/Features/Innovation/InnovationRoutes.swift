import Vapor

extension SiteRoutes {
    /// The routes of innovation, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func innovation() {
        let innovation = InnovationController()
        let project = InnovationProjectController()
        let innovationAPI = InnovationAPIController()
        // Innovation projects (proyek inovasi, aksi perubahan). Access: AccessPolicy
        // (AccessPolicyInnovation.swift): list for the agency; a project for its team and managers; changes by
        // managers, its ketua and its mentor (mentor and coach chosen by managers); completion (JP for the
        // members) by managers and its mentor.
        pages.get(SitePath.instansiInovasi, use: innovation.list)  // anyone of the agency
        // employees of the agency (as ketua), managers
        pages.get(SitePath.instansiInovasiBaru, use: innovation.new)
        pages.post(SitePath.instansiInovasiBaru, use: innovation.create)
        pages.post(SitePath.instansiInovasiPengaturan, use: innovation.saveSetting)  // managers
        pages.get(SitePath.pegawaiInovasi, use: innovation.employee)  // like the employee
        pages.get(SitePath.inovasi, use: project.show)  // the team, managers
        pages.get(SitePath.inovasiUbah, use: innovation.edit)  // ketua, mentor, managers
        pages.post(SitePath.inovasiUbah, use: innovation.update)
        pages.post(SitePath.inovasiAnggota, use: project.addMember)  // ketua, mentor, managers
        pages.post(SitePath.inovasiAnggotaKeluar, use: project.removeMember)  // not the ketua
        pages.post(SitePath.inovasiTahapan, use: project.addMilestone)
        pages.post(SitePath.inovasiTahapanSelesai, use: project.markDone)
        pages.post(SitePath.inovasiStatus, use: project.changeStatus)
        pages.post(SitePath.inovasiSelesai, use: project.complete)  // mentor, managers
        api.get(SitePath.apiAgenciesInnovationProjects, use: innovationAPI.list)  // anyone of the agency
        api.post(SitePath.apiAgenciesInnovationProjects, use: innovationAPI.create)  // employees (ketua), managers
        api.get(SitePath.apiEmployeesInnovationProjects, use: innovationAPI.employee)  // like the employee
        api.get(SitePath.apiInnovationProjects, use: innovationAPI.show)  // the team, managers
        // ketua, mentor, managers
        api.post(SitePath.apiInnovationProjectsMembers, use: innovationAPI.addMember)
        api.delete(SitePath.apiInnovationProjectsMembersByNip, use: innovationAPI.removeMember)  // not the ketua
        api.post(SitePath.apiInnovationProjectsMilestones, use: innovationAPI.addMilestone)
        api.post(SitePath.apiInnovationProjectsMilestonesDone, use: innovationAPI.markDone)
        api.post(SitePath.apiInnovationProjectsStatus, use: innovationAPI.changeStatus)
        api.post(SitePath.apiInnovationProjectsComplete, use: innovationAPI.complete)  // mentor, managers
    }
}
