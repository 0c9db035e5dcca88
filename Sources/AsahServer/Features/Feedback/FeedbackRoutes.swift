import Vapor

extension SiteRoutes {
    /// Continuous feedback (`Guard.feedback`, held to account by `RouteRoleTests`).
    func feedback() {
        let feedback = FeedbackController()
        pages.get(SitePath.pegawaiUmpanBalik, use: feedback.show)  // self, supervisors up the chain, managers
        pages.post(SitePath.pegawaiUmpanBalik, use: feedback.write)  // supervisors up the chain
        pages.post(SitePath.pegawaiUmpanBalikBalas, use: feedback.reply)  // self, supervisors up the chain
        api.get(SitePath.apiEmployeesFeedback, use: feedback.list)  // self, supervisors up the chain, managers
        api.post(SitePath.apiEmployeesFeedback, use: feedback.post)  // supervisors up the chain
        api.post(SitePath.apiEmployeesFeedbackReplies, use: feedback.postReply)  // self, supervisors up the chain
    }
}
