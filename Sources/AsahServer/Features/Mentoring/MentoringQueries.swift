import AsahCore
import Fluent
import Vapor

/// Reads of mentoring, shared by the page and the API.
enum MentoringQueries {
    struct Person: Sendable {
        var nip: String
        var name: String
    }

    struct Pair: Sendable {
        var mentorship: Mentorship
        var mentor: Person
        var mentee: Person
        var sessions: [MentoringSession]
    }

    /// An employee's mentorships as mentee or as mentor, latest first, with both people and every
    /// session: three queries whatever the number of pairs.
    static func pairs(of employeeID: UUID, on db: any Database) async throws -> [Pair] {
        let pairs = try await Mentorship.query(on: db).group(.or) {
            $0.filter(\.$menteeID == employeeID).filter(\.$mentorID == employeeID)
        }
        .sort(\.$startsOn, .descending).all()
        let ids = Array(Set(pairs.flatMap { [$0.mentorID, $0.menteeID] }))
        let people: [UUID: Person] =
            ids.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await Employee.query(on: db).filter(\.$id ~~ ids).all().map {
                    ($0.id!, Person(nip: $0.nip, name: $0.name))
                })
        let pairIDs = pairs.compactMap(\.id)
        let sessions =
            pairIDs.isEmpty
            ? [] : try await MentoringSession.query(on: db).filter(\.$mentorshipID ~~ pairIDs).sort(\.$heldOn).all()
        let byPair = Dictionary(grouping: sessions, by: \.mentorshipID)
        let unknown = Person(nip: "", name: "-")
        return pairs.map {
            Pair(
                mentorship: $0, mentor: people[$0.mentorID] ?? unknown, mentee: people[$0.menteeID] ?? unknown,
                sessions: byPair[$0.id!] ?? [])
        }
    }
}
