import AsahCore
import Fluent
import SQLKit
import Vapor

struct SystemController {
    struct Health: Content {
        var status: String
        var database: String
    }

    func health(req: Request) async throws -> Health {
        _ = try await req.sql.raw("SELECT 1 AS ok").first()
        return Health(status: "ok", database: req.application.appConfig.databaseKindName)
    }

    func stylesheet(req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    func openAPI(req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }

    /// The list of agencies, for administrators.
    func agencies(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard AccessPolicy.canListAgencies(user.actor) else {
            if let code = user.agencyCode { return req.redirect(to: SiteURL.agency(code)) }
            throw Abort(.forbidden, reason: "Anda tidak berwenang membuka halaman ini.")
        }
        var model = HomePage.Model(chrome: req.chrome("Instansi"), greetingName: user.displayName)
        model.agencies = try await OrganizationQueries.agencies(on: req.db)
        model.listsAgencies = true
        return HomePage.render(model).response()
    }
}
