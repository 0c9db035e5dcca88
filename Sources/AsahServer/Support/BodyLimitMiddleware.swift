import Vapor

/// How large a request body may be, by what the route takes. Checked at the door: before the CSRF
/// check, the session or the route reads a byte of the body.
enum BodyLimit: Int, Sendable {
    /// JSON API calls and page forms.
    case small = 1_048_576
    /// A form with an evidence or certificate file (5 MB) and its fields.
    case evidence = 6_291_456
    /// A lesson form with its file (20 MB) and its fields.
    case lessonFile = 22_020_096
    /// An import file: SIASN export, assessments, the technical competency dictionary.
    case importFile = 52_428_800

    var megabytes: Int { rawValue / 1_048_576 }
}

/// Refuses a body over its route's limit with 413 (the error contract on the API, a page elsewhere):
/// from its `Content-Length` without reading it, or, for a body sent without one, as soon as the
/// collected bytes pass the limit. The body is then collected, so nothing after this reads more.
struct BodyLimitMiddleware: AsyncMiddleware {
    let limit: BodyLimit
    /// Only compare the announced length (the global door, before a route is known).
    var collect = true

    init(_ limit: BodyLimit, collect: Bool = true) {
        self.limit = limit
        self.collect = collect
    }

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let length = req.headers.first(name: .contentLength).flatMap(Int.init), length > limit.rawValue {
            throw tooLarge
        }
        if collect, req.body.data == nil, req.method != .GET, req.method != .HEAD {
            do {
                _ = try await req.body.collect(max: limit.rawValue).get()
            } catch let abort as any AbortError where abort.status == .payloadTooLarge {
                throw tooLarge
            }
        }
        return try await next.respond(to: req)
    }

    private var tooLarge: APIError {
        APIError(
            .payloadTooLarge, code: .payloadTooLarge,
            message: "Data yang dikirim terlalu besar: paling banyak \(limit.megabytes) MB untuk alamat ini.")
    }
}
