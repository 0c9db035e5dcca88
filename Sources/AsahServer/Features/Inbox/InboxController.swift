import AsahCore
import Fluent
import Vapor

/// `/kotak-masuk`: what waits for the signed-in person. Opening it marks the notices read.
struct InboxController {
    static let listLimit = 20

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let today = req.today
        let counts = try await InboxQueries.counts(user, today: today, on: req.db)
        let placements =
            counts[.placements] > 0 ? try await InboxQueries.placements(user, limit: Self.listLimit, on: req.db) : []
        let unassessed =
            if let me = user.actor.employeeID, counts[.assessments] > 0 {
                try await InboxQueries.unassessed(supervisor: me, year: today.year, limit: Self.listLimit, on: req.db)
            } else { [InboxQueries.Subordinate]() }
        let replies =
            counts[.feedbackReplies] > 0
            ? try await FeedbackQueries.unreadReplies(author: user.userID, limit: Self.listLimit, on: req.db) : []
        // Compared with the enrolments' write times, so stamped by the same clock (`WriteTime`).
        try await InboxQueries.markOpened(userID: user.userID, now: WriteTime.now, today: today, on: req.db)
        var chrome = req.chrome("Kotak masuk")
        chrome.inbox = counts.kinds.filter(\.isTask).reduce(0) { $0 + counts[$1] }
        return InboxPage.render(
            .init(
                chrome: chrome, counts: counts, agencyCode: user.agencyCode, nip: user.employeeNIP,
                placements: placements, unassessed: unassessed, replies: replies)
        ).response()
    }
}
