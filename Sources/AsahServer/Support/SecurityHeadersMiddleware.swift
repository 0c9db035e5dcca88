import Vapor

/// Headers every response carries: no framing, no MIME sniffing, and a content policy that allows
/// only Asah's own stylesheet (pages have no scripts or inline styles).
/// A download (anything sent as an attachment: evidence, certificates, exports, lesson files) is
/// personal or agency data and never kept by a shared cache or the browser's disk cache; behind TLS
/// (secure cookies) the browser is told to use HTTPS only.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    var strictTransport = false

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        let h = response.headers
        if !h.contains(name: "Content-Security-Policy") {
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy",
                value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")
        }
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if h.contains(name: .contentDisposition), !h.contains(name: .cacheControl) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        }
        if strictTransport {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        return response
    }
}
