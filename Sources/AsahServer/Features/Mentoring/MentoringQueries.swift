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

    /// The viewer's side in a mentorship, if they are one of the two.
    static func side(_ m: Mentorship, _ user: SignedInUser) -> MentorshipSide? {
        user.actor.employeeID == m.mentorID ? .mentor : user.actor.employeeID == m.menteeID ? .mentee : nil
    }

    /// A mentorship the viewer is a side of. The agency's managers, who see it on the mentee's page, are
    /// told they may not act on it (403); for anyone else it does not exist (404).
    static func mine(_ raw: String?, _ user: SignedInUser, on db: any Database) async throws -> (
        Mentorship, MentorshipSide
    ) {
        guard let id = raw.flatMap(UUID.init(uuidString:)), let m = try await Mentorship.find(id, on: db) else {
            throw Abort(.notFound, reason: "Pembimbingan tidak ditemukan.")
        }
        guard let side = side(m, user) else { throw refusal(m, user, "Pembimbingan tidak ditemukan.") }
        return (m, side)
    }

    /// A session of a mentorship the viewer is a side of (403 for the agency's managers, 404 otherwise).
    static func mySession(_ raw: String?, _ user: SignedInUser, on db: any Database) async throws
        -> (MentoringSession, Mentorship, MentorshipSide)
    {
        guard let id = raw.flatMap(UUID.init(uuidString:)), let s = try await MentoringSession.find(id, on: db),
            let m = try await Mentorship.find(s.mentorshipID, on: db)
        else { throw Abort(.notFound, reason: "Sesi tidak ditemukan.") }
        guard let side = side(m, user) else { throw refusal(m, user, "Sesi tidak ditemukan.") }
        return (s, m, side)
    }

    private static func refusal(_ m: Mentorship, _ user: SignedInUser, _ notFound: String) -> Abort {
        AccessPolicy.canManage(agency: m.agencyID, user.actor)
            ? Abort(.forbidden, reason: "Hanya mentor atau coach dan pegawai yang dibimbing yang mencatat dan mengonfirmasi sesi.")
            : Abort(.notFound, reason: notFound)
    }
}
