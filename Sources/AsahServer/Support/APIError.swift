import AsahCore
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

extension Request {
    /// `?dry_run=true|false` (also 1/0; absent means false). Anything else is refused rather than
    /// read as false, so a typo never turns a check into a real import.
    func dryRunFlag() throws -> Bool {
        switch query[String.self, at: "dry_run"]?.lowercased() {
        case nil, "false", "0": return false
        case "true", "1": return true
        default: throw APIError(.badRequest, code: "invalid_request", message: "dry_run must be true or false.")
        }
    }
}

struct APIErrorBody: Content {
    struct Inner: Content {
        var code: String
        var message: String
        var details: [APIError.Detail]
    }
    var error: Inner
}

extension APIError {
    /// Field errors of a refused write: the record's state forbidding it (key `state`) answers 409,
    /// bad input 422.
    static func fields(_ errors: FieldErrors, code: String, message: String) -> APIError {
        let state = errors["state"] != nil
        return APIError(
            state ? .conflict : .unprocessableEntity, code: state ? "invalid_state" : code, message: message,
            details: errors.messages.sorted { $0.key < $1.key }.map { .init(field: $0.key, message: $0.value) })
    }
}

extension Request {
    /// The JSON body, or 400 with a plain message when it is not the expected shape.
    func decodeBody<T: Decodable>(_ type: T.Type) throws -> T {
        guard let body = try? content.decode(T.self) else {
            throw APIError(.badRequest, code: "invalid_request", message: "The body is not the JSON this endpoint expects.")
        }
        return body
    }
}
