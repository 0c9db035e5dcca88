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

    /// `/sistem`: administrators only; anyone else is refused.
    func status(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        guard AccessPolicy.canReadSystemStatus(user.actor) else {
            throw Abort(.forbidden, reason: "Anda tidak berwenang membuka halaman ini.")
        }
        let status = try await SystemStatus.read(config: req.application.appConfig, on: req.db)
        return SystemStatusPage.render(status, chrome: req.chrome("Status sistem"), zone: .wib).response()
    }

    /// `/metrics` in Prometheus text, with `Authorization: Bearer <ASAH_METRICS_TOKEN>`. Without a token
    /// configured it does not exist; a missing or wrong token is 401.
    func metrics(req: Request) throws -> Response {
        let config = req.application.appConfig
        guard let token = config.metricsToken else { throw Abort(.notFound) }
        guard let sent = req.headers.bearerAuthorization?.token, Tokens.constantTimeEqual(sent, token) else {
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
            headers.contentType = .plainText
            return Response(status: .unauthorized, headers: headers, body: .init(string: "Token metrik diperlukan.\n"))
        }
        let pool: Int
        switch config.database {
        case .sqlite: pool = System.coreCount
        case .postgres: pool = config.postgresConnectionsPerLoop * System.coreCount
        }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "plain", parameters: ["version": "0.0.4"])
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let text =
            "# HELP asah_info The running version.\n# TYPE asah_info gauge\nasah_info{version=\"\(AsahVersion.current)\"} 1\n"
            + req.application.metrics.text(database: config.databaseKindName, poolConnections: pool)
        return Response(status: .ok, headers: headers, body: .init(string: text))
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
