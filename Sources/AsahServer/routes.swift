import Vapor

/// Every route of the app, registered by its feature (`Features/<F>/<F>Routes.swift`, one function each).
/// Each path is a `SitePath` constant, the same one `SiteURL` builds links from, so a link cannot name a
/// path no route has (`LinkWalkTests`). Access inside each handler is decided by `AccessPolicy` (AsahCore)
/// through `Guard` (Sources/AsahServer/Access), the one access path.
func routes(_ app: Application) throws {
    let site = SiteRoutes(app)
    site.system()
    site.auth()
    site.accounts()
    site.home()
    site.organization()
    site.imports()
    site.competencies()
    site.activities()
    site.externalLearning()
    site.mentoring()
    site.knowledgeSharing()
    site.learningHours()
    site.innovation()
    site.eLearning()
    site.performance()
    site.feedback()
    site.evaluation()
}

/// The route groups a feature registers on, each with the middleware its requests pass first.
struct SiteRoutes {
    let app: Application
    /// Pages: the body's size checked at the door (1 MB), then the session cookie and the CSRF token on
    /// every form.
    let pages: any RoutesBuilder
    /// Pages that take a file, each with its limit.
    let evidencePages: any RoutesBuilder
    let importPages: any RoutesBuilder
    let lessonPages: any RoutesBuilder
    /// The JSON API (paths under /api/v1): bearer tokens; bodies up to 1 MB, imports up to 50 MB.
    let api: any RoutesBuilder
    let importAPI: any RoutesBuilder

    init(_ app: Application) {
        self.app = app
        func pageGroup(_ limit: BodyLimit) -> any RoutesBuilder {
            app.grouped(
                BodyLimitMiddleware(limit), SessionAuthMiddleware(),
                CSRFMiddleware(secureCookies: app.appConfig.secureCookies), InboxMiddleware())
        }
        pages = pageGroup(.small)
        evidencePages = pageGroup(.evidence)
        importPages = pageGroup(.importFile)
        lessonPages = pageGroup(.lessonFile)
        api = app.grouped(BodyLimitMiddleware(.small), BearerAuthMiddleware())
        importAPI = app.grouped(BodyLimitMiddleware(.importFile), BearerAuthMiddleware())
    }
}
