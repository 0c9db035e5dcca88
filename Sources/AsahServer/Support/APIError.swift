import Vapor

/// An error answered as `{"error": {"code", "message", "details"}}` on the API.
struct APIError: AbortError {
    struct Detail: Content, Equatable {
        var row: Int?
        var column: String?
        var field: String?
        var message: String
    }

    let status: HTTPResponseStatus
    let code: String
    let message: String
    let details: [Detail]

    init(_ status: HTTPResponseStatus, code: String, message: String, details: [Detail] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
    }

    var reason: String { message }
}

struct APIErrorBody: Content {
    struct Inner: Content {
        var code: String
        var message: String
        var details: [APIError.Detail]
    }
    var error: Inner
}
