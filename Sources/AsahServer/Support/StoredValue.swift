import Vapor

/// A value read back from the database that names an enum case. Asah writes only known cases, so an
/// unknown one is damage (a hand edit, a half-applied migration): it is an error, answered 500 and
/// logged with the column and the value by `AppErrorMiddleware`, never quietly read as some default.
struct UnknownStoredValue: AbortError {
    let column: String
    let value: String

    var status: HTTPResponseStatus { .internalServerError }
    var reason: String { "\(column) holds an unknown value: '\(value)'" }
}

extension RawRepresentable where RawValue == String {
    /// The case a stored column names, or `UnknownStoredValue`.
    init(stored raw: String, column: String) throws {
        guard let value = Self(rawValue: raw) else { throw UnknownStoredValue(column: column, value: raw) }
        self = value
    }
}
