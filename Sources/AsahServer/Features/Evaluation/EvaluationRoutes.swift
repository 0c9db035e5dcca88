import Vapor

extension SiteRoutes {
    /// Programme evaluation (`Guard.activity`, held to account by `RouteRoleTests`).
    func evaluation() {
        let evaluation = EvaluationController()
        pages.post(SitePath.kegiatanReaksi, use: ActivityPageController().react)  // attendees, once
        pages.get(SitePath.kegiatanEvaluasi, use: evaluation.page)  // facilitators of the activity, managers
        api.post(SitePath.apiActivitiesReactions, use: evaluation.react)  // attendees, once
        api.get(SitePath.apiActivitiesEvaluation, use: evaluation.evaluation)  // facilitators, managers
        let effectiveness = EffectivenessController()
        pages.get(SitePath.instansiEvaluasi, use: effectiveness.page)  // managers (and its CSV)
        api.get(SitePath.apiAgenciesEvaluation, use: effectiveness.api)  // managers
        let behaviour = BehaviourController()
        pages.get(SitePath.evaluasiPenerapan, use: behaviour.show)  // anyone signed in: what waits for them
        pages.post(SitePath.evaluasiPenerapanByEnrolment, use: behaviour.save)  // the participant, their supervisor
        api.get(SitePath.apiBehaviourSurveys, use: behaviour.list)
        api.post(SitePath.apiEnrolmentsBehaviourSurvey, use: behaviour.answer)  // the participant, their supervisor
    }
}
