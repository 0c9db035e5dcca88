import AsahCore
import Vapor

/// Counts what waits for the signed-in person before a page is drawn, for the number beside
/// "Kotak masuk" on every page (`PageChrome.inbox`). Only GET requests draw pages; a failed count
/// leaves the number out rather than failing the page.
struct InboxMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Pages only: not downloads (CSV, files) and not the inbox itself, which counts once for its page.
        let path = req.url.path
        if req.method == .GET, let user = req.signedIn, !path.hasSuffix(".csv"), path != SiteURL.inbox,
            req.headers.accept.mediaTypes.contains(.html) || req.headers.accept.isEmpty
        {
            do {
                req.inboxBadge = try await InboxQueries.counts(user, today: req.today, on: req.db).badge
            } catch {
                req.logger.warning("inbox count failed: \(String(reflecting: error))")
            }
        }
        return try await next.respond(to: req)
    }
}

private struct InboxBadgeKey: StorageKey { typealias Value = Int }

extension Request {
    var inboxBadge: Int? {
        get { storage[InboxBadgeKey.self] }
        set { storage[InboxBadgeKey.self] = newValue }
    }
}
