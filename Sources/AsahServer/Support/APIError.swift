import AsahCore
import Vapor

/// The stable codes of the API's one error contract. Clients branch on these, never on messages.
enum APIErrorCode: String, Codable, Sendable {
    case unauthorized, forbidden
    case notFound = "not_found"
    /// A body, query or field that cannot be accepted (400 when unreadable, 422 when read and refused).
    case invalid
    /// A file of rows with problems: `details` names each row and column.
    case invalidRows = "invalid_rows"
    /// The record's state forbids it now (already decided, full, closed).
    case conflict
    case payloadTooLarge = "payload_too_large"
    case rateLimited = "rate_limited"
    case internalError = "internal_error"

    /// The code an error of this status carries when its thrower named none.
    init(status: HTTPResponseStatus) {
        switch status {
        case .unauthorized: self = .unauthorized
        case .forbidden: self = .forbidden
        case .notFound: self = .notFound
        case .conflict: self = .conflict
        case .payloadTooLarge: self = .payloadTooLarge
        case .tooManyRequests: self = .rateLimited
        default: self = status.code >= 500 ? .internalError : .invalid
        }
    }
}

/// An error answered as `{"error": {"code", "message", "details": [{"field", "message"}]}}` on the API;
/// messages are Bahasa Indonesia, for the person using the client.
struct APIError: AbortError {
    struct Detail: Content, Equatable {
        var row: Int?
        var column: String?
        var field: String?
        var message: String
    }

    let status: HTTPResponseStatus
    let code: APIErrorCode
    let message: String
    let details: [Detail]

    init(_ status: HTTPResponseStatus, code: APIErrorCode? = nil, message: String, details: [Detail] = []) {
        self.status = status
        self.code = code ?? APIErrorCode(status: status)
        self.message = message
        self.details = details
    }

    var reason: String { message }

    /// A field that cannot be accepted, named in `details`.
    static func field(_ field: String, _ message: String) -> APIError {
        APIError(
            .unprocessableEntity, code: .invalid, message: message, details: [.init(field: field, message: message)])
    }
}

extension Request {
    /// `?dry_run=true|false` (also 1/0; absent means false). Anything else is refused rather than
    /// read as false, so a typo never turns a check into a real import.
    func dryRunFlag() throws -> Bool {
        switch query[String.self, at: "dry_run"]?.lowercased() {
        case nil, "false", "0": return false
        case "true", "1": return true
        default: throw APIError(.badRequest, code: .invalid, message: "dry_run harus true atau false.")
        }
    }
}

struct APIErrorBody: Content {
    struct Inner: Content {
        var code: APIErrorCode
        var message: String
        var details: [APIError.Detail]
    }
    var error: Inner
}

extension APIError {
    /// Field errors of a refused write: the record's state forbidding it (key `state`) answers 409,
    /// bad input 422.
    static func fields(_ errors: FieldErrors, message: String) -> APIError {
        let state = errors["state"] != nil
        return APIError(
            state ? .conflict : .unprocessableEntity, code: state ? .conflict : .invalid, message: message,
            details: errors.messages.sorted { $0.key < $1.key }.map { .init(field: $0.key, message: $0.value) })
    }
}

extension Request {
    /// The JSON body, or 400 with a plain message when it is not the expected shape (never the
    /// decoder's own words, which name Swift types and key paths).
    func decodeBody<T: Decodable>(_ type: T.Type) throws -> T {
        guard let body = try? content.decode(T.self) else {
            throw APIError(
                .badRequest, code: .invalid, message: "Isi permintaan bukan JSON yang diharapkan di alamat ini.")
        }
        return body
    }
}

extension APIError {
    /// The field details as a page's form errors (field name to message), so a page can show an error
    /// thrown for the API beside its field.
    var fieldMessages: [String: String] {
        Dictionary(details.compactMap { d in d.field.map { ($0, d.message) } }, uniquingKeysWith: { a, _ in a })
    }
}
