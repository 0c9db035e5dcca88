import Foundation

extension OpenAPIDocument {
    /// The document as served: `written`, with every error an operation can answer added where its own
    /// entry does not describe it (all in the one error contract, `#/components/responses/Error`):
    /// 400 (unreadable query or body), 404 (a record of the path that does not exist or is another
    /// agency's), 422 (a field refused), and for writes 409 (the record's state forbids it now) and 413
    /// (the body is over the route's limit); for operations behind a token, 401 and 403; 429 for sign-in.
    static let json: String = {
        guard var doc = try? JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any],
            var paths = doc["paths"] as? [String: Any]
        else { return written }
        let error: [String: Any] = ["$ref": "#/components/responses/Error"]
        for (path, value) in paths where path.hasPrefix("/api/v1/") && path != "/api/v1/openapi.json" {
            guard var operations = value as? [String: Any] else { continue }
            for (method, op) in operations {
                guard var operation = op as? [String: Any], var responses = operation["responses"] as? [String: Any]
                else { continue }
                var codes = ["400", "404", "422"]
                if method != "get" { codes += ["409", "413"] }
                let isPublic = (operation["security"] as? [Any])?.isEmpty == true
                if !isPublic { codes += ["401", "403"] }
                if path == "/api/v1/auth/tokens" { codes += ["401", "429"] }
                for code in codes where responses[code] == nil { responses[code] = error }
                operation["responses"] = responses
                operations[method] = operation
            }
            paths[path] = operations
        }
        doc["paths"] = paths
        guard let data = try? JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys]) else {
            return written
        }
        return String(decoding: data, as: UTF8.self)
    }()
}
