import Vapor

extension SiteRoutes {
    /// The routes of mentoring, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func mentoring() {
        let mentoring = MentoringController()
        let mentoringAPI = MentoringAPIController()
        pages.get(SitePath.pegawaiMentoring, use: mentoring.show)  // like the employee
        pages.post(SitePath.pegawaiMentoring, use: mentoring.create)  // unit head of the mentee, managers
        pages.post(SitePath.pembimbinganSesi, use: mentoring.log)  // the mentor or the mentee
        pages.post(SitePath.sesiPembimbinganKonfirmasi, use: mentoring.confirm)  // the side that did not log it
        // Mentorships and sessions: the same rules as the mentoring page.
        api.get(SitePath.apiEmployeesMentorships, use: mentoringAPI.list)  // like the employee
        api.post(SitePath.apiAgenciesMentorships, use: mentoringAPI.create)  // the mentee's unit head, managers
        api.post(SitePath.apiMentorshipsSessions, use: mentoringAPI.log)  // the mentor or the mentee
        api.post(SitePath.apiMentoringSessionsConfirm, use: mentoringAPI.confirm)  // the side that did not log
    }
}
