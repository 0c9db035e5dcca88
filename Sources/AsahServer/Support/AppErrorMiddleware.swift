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
        var code = APIErrorCode.internalError
        var details: [APIError.Detail] = []
        if let api = error as? APIError {
            status = api.status
            reason = api.message
            code = api.code
            details = api.details
        } else if error is DecodingError {
            // Vapor makes decoding errors AbortErrors whose reason names Swift types and key paths;
            // a client gets a plain sentence instead.
            status = .badRequest
            reason = "Data yang dikirim tidak dapat dibaca atau tidak lengkap."
            code = .invalid
        } else if let abort = error as? any AbortError {
            status = abort.status
            headers = abort.headers
            reason = abort.reason
            code = APIErrorCode(status: status)
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
