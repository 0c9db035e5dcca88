import Vapor

/// Excel-friendly CSV: UTF-8 with BOM, `;` separated (Indonesian Excel uses a decimal comma).
enum CSVText {
    static func field(_ value: String) -> String {
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        var v = value
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        if v.contains(";") || v.contains("\"") || v.contains("\n") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    static func response(_ lines: [String], filename: String) -> Response {
        Response(
            status: .ok, headers: headers(filename),
            body: .init(string: "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"))
    }

    /// A CSV written while it is read: the header line, then whatever `body` hands to `write`, chunk by chunk.
    static func stream(
        header: String, filename: String,
        _ body: @escaping @Sendable (_ write: @Sendable ([String]) async throws -> Void) async throws -> Void
    ) -> Response {
        Response(
            status: .ok, headers: headers(filename),
            body: .init(managedAsyncStream: { writer in
                try await writer.writeBuffer(ByteBuffer(string: "\u{FEFF}" + header + "\r\n"))
                try await body { lines in
                    guard !lines.isEmpty else { return }
                    try await writer.writeBuffer(ByteBuffer(string: lines.joined(separator: "\r\n") + "\r\n"))
                }
            }))
    }

    private static func headers(_ filename: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        return headers
    }
}
