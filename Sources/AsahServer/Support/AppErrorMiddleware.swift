import Plot
import Vapor

/// Errors as JSON on the API and as a page everywhere else.
struct AppErrorMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch {
            return response(for: error, req: req)
        }
    }

    func response(for error: any Error, req: Request) -> Response {
        var status = HTTPResponseStatus.internalServerError
        var headers = HTTPHeaders()
        var reason = "Terjadi kesalahan pada server. Coba lagi sebentar lagi."
        var code = "internal_error"
        var details: [APIError.Detail] = []
        if let api = error as? APIError {
            status = api.status
            reason = api.message
            code = api.code
            details = api.details
        } else if let abort = error as? any AbortError {
            status = abort.status
            headers = abort.headers
            reason = abort.reason
            code = Self.code(for: status)
        } else if error is DecodingError {
            status = .badRequest
            reason = "Data yang dikirim tidak dapat dibaca."
            code = "invalid_request"
        }
        if status.code >= 500 {
            req.logger.report(error: error)
        }
        if (300..<400).contains(status.code) {
            return Response(status: status, headers: headers)
        }
        if req.url.path.hasPrefix("/api/") {
            let response = Response(status: status, headers: headers)
            try? response.content.encode(APIErrorBody(error: .init(code: code, message: reason, details: details)))
            return response
        }
        return ErrorPage.render(.init(chrome: req.chrome(Self.title(status)), status: status, message: reason))
            .response(status: status)
    }

    static func code(for status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: return "not_found"
        case .forbidden: return "forbidden"
        case .unauthorized: return "unauthorized"
        case .badRequest: return "invalid_request"
        case .tooManyRequests: return "too_many_attempts"
        case .payloadTooLarge: return "payload_too_large"
        case .unprocessableEntity: return "invalid_data"
        default: return status.code >= 500 ? "internal_error" : "error"
        }
    }

    static func title(_ status: HTTPResponseStatus) -> String {
        switch status {
        case .notFound: return "Tidak ditemukan"
        case .forbidden: return "Akses ditolak"
        default: return "Terjadi kesalahan"
        }
    }
}

struct ErrorPage {
    struct Model {
        var chrome: PageChrome
        var status: HTTPResponseStatus
        var message: String
    }

    static func render(_ m: Model) -> HTML {
        Layout.page(m.chrome) {
            tag("h1") { txt(m.chrome.title) }
            tag("p") { txt(m.message) }
            tag("p") { link("/", "Kembali ke beranda") }
        }
    }
}
