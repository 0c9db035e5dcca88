import Vapor

/// One path of the site as a template (`/instansi/:code/pegawai`): registered as a route from its
/// components, and filled in, in order, to make a link to it.
struct RoutePath: Sendable, CustomStringConvertible {
    let template: String
    let segments: [String]

    init(_ template: String) {
        self.template = template
        self.segments = template.split(separator: "/").map(String.init)
    }

    var description: String { template }

    /// The route's components, for Vapor's router.
    var components: [PathComponent] { segments.map { PathComponent(stringLiteral: $0) } }

    var parameterCount: Int { segments.filter { $0.hasPrefix(":") }.count }

    /// The path with its parameters filled in order, each percent-encoded as one segment. The count is
    /// the template's: a wrong one is a programming error, stopped by name.
    func link(_ values: String...) -> String {
        precondition(values.count == parameterCount, "\(template) takes \(parameterCount) values, got \(values.count)")
        var next = values.makeIterator()
        return "/"
            + segments.map { segment in
                guard segment.hasPrefix(":"), let value = next.next() else { return segment }
                return value.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? value
            }.joined(separator: "/")
    }

    /// Unreserved characters and sub-delimiters a path segment may hold as they are (RFC 3986).
    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~!$&'()*+,;=:@")
        return set
    }()
}

extension RoutesBuilder {
    @discardableResult
    func get<R: AsyncResponseEncodable>(
        _ path: RoutePath, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route { on(.GET, path.components, use: handler) }

    @discardableResult
    func post<R: AsyncResponseEncodable>(
        _ path: RoutePath, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route { on(.POST, path.components, use: handler) }

    @discardableResult
    func put<R: AsyncResponseEncodable>(
        _ path: RoutePath, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route { on(.PUT, path.components, use: handler) }

    @discardableResult
    func patch<R: AsyncResponseEncodable>(
        _ path: RoutePath, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route { on(.PATCH, path.components, use: handler) }

    @discardableResult
    func delete<R: AsyncResponseEncodable>(
        _ path: RoutePath, use handler: @escaping @Sendable (Request) async throws -> R
    ) -> Route { on(.DELETE, path.components, use: handler) }
}
