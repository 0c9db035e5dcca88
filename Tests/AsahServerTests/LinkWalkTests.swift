import AsahCore
import Fluent
import XCTVapor

@testable import AsahServer

/// Every link and form a person sees leads somewhere: for each role, the pages are walked from the home
/// page (each kind of page once, up to a bound), every `href` must name a GET route and every form's
/// action a route of its method, and every page walked must answer 200 (or redirect), never 404 or 405.
final class LinkWalkTests: AppTestCase {
    /// Each kind of page once: ids, NIPs and agency codes are placeholders in a page's shape.
    static let pagesPerRole = 400

    func testEveryLinkEveryRoleSeesResolves() async throws {
        try await seedDemo()
        let routes = RouteMatcher(app.routes.all)
        let codes = try await Agency.query(on: db).all().map(\.code)
        let sample = try await Employee.find(
            try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!.employeeID, on: db)!
        let supervisor = try await Employee.find(sample.supervisorID, on: db)!
        var problems: [String] = []
        var walked: [String: Int] = [:]
        let roles = [
            "admin", "pengelola.medan", "kepala.medan", "pegawai.medan", "fasilitator.medan", "atasan",
            "pengelola.mamuju",
        ]
        for username in roles {
            var browser = Browser(app)
            if username == "atasan" {
                browser = try await self.browser(as: supervisor)
            } else {
                await eq(try await browser.login(username).status, .seeOther)
            }
            var queue = ["/"]
            var shapes: Set<String> = [Self.shape("/", codes: codes)]
            var pages = 0
            while !queue.isEmpty, pages < Self.pagesPerRole {
                let path = queue.removeFirst()
                let res = try await browser.get(path)
                pages += 1
                guard res.status == .ok || res.status == .seeOther else {
                    problems.append("\(username): GET \(path) → \(res.status.code)")
                    continue
                }
                guard res.status == .ok, res.headers.contentType?.subType == "html" else { continue }
                for link in Self.links(in: res.text) {
                    guard routes.matches(.GET, link) else {
                        problems.append("\(username): \(path) links to \(link), which no GET route serves")
                        continue
                    }
                    if shapes.insert(Self.shape(link, codes: codes)).inserted { queue.append(link) }
                }
                for form in Self.forms(in: res.text) where !routes.matches(form.method, form.action) {
                    problems.append("\(username): \(path) has a form to \(form.method) \(form.action), no such route")
                }
            }
            walked[username] = pages
            XCTAssertEqual(queue, [], "\(username): more kinds of page than the walk's bound")
        }
        XCTAssertEqual(problems, [])
        // The walk reached well into the site for every role.
        for (username, pages) in walked { XCTAssertGreaterThan(pages, 8, username) }
    }

    // MARK: Reading pages

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Same-site links (`/…`), without their fragment.
    static func links(in html: String) -> [String] {
        tags("a", in: html).compactMap { attribute("href", in: $0) }
            .filter { $0.hasPrefix("/") && !$0.hasPrefix("//") }
            .map { String($0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]) }
    }

    static func forms(in html: String) -> [(method: HTTPMethod, action: String)] {
        tags("form", in: html).compactMap { tag in
            guard let action = attribute("action", in: tag), action.hasPrefix("/") else { return nil }
            let method = attribute("method", in: tag)?.uppercased() == "GET" ? HTTPMethod.GET : .POST
            return (method, action)
        }
    }

    static func tags(_ name: String, in html: String) -> [Substring] {
        var out: [Substring] = []
        var rest = html[...]
        while let start = rest.range(of: "<\(name) ") {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            out.append(rest[start.lowerBound...end])
            rest = rest[end...]
        }
        return out
    }

    /// A link's kind of page: ids, NIPs and agency codes replaced, query values dropped.
    static func shape(_ link: String, codes: [String]) -> String {
        let parts = link.split(separator: "?", maxSplits: 1).map(String.init)
        let segments = parts[0].split(separator: "/").map { segment -> String in
            let s = String(segment)
            if UUID(uuidString: s) != nil { return "{id}" }
            if s.count == 18, s.allSatisfy(\.isNumber) { return "{nip}" }
            if codes.contains(s) { return "{code}" }
            if s.count == 10, s.contains(where: \.isNumber), s.allSatisfy({ $0.isUppercase || $0.isNumber }) {
                return "{certificate}"
            }
            return s
        }
        let keys = parts.count > 1 ? parts[1].split(separator: "&").map { $0.split(separator: "=")[0] }.sorted() : []
        return "/" + segments.joined(separator: "/") + "?" + keys.joined(separator: "&")
    }
}

/// The app's routes by method and path, matched the way Vapor's router matches them.
struct RouteMatcher {
    let router = TrieRouter<Bool>()

    init(_ routes: [Route]) {
        for route in routes { router.register(true, at: [.constant(route.method.rawValue)] + route.path) }
    }

    func matches(_ method: HTTPMethod, _ link: String) -> Bool {
        let path = link.split(separator: "?", maxSplits: 1).first.map(String.init) ?? link
        let segments = path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        var parameters = Parameters()
        return router.route(path: [method.rawValue] + segments, parameters: &parameters) ?? false
    }
}
