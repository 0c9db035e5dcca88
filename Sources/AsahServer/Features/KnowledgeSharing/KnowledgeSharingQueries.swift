import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of komunitas belajar: one session with the facts its access needs, its people, the lists of
/// the agency's page and the API's view of a session.
enum KnowledgeSharingQueries {
    struct Session: Decodable, Sendable {
        var id: UUID
        var agencyID: UUID
        var agencyCode: String
        var hostID: UUID
        var hostUnitPath: String?
        var state: String
        var topic: String
        var heldOn: String
        var minutes: Int
        var attendees: Set<UUID> = []

        private enum CodingKeys: String, CodingKey {
            case id, agencyID, agencyCode, hostID, hostUnitPath, state, topic, heldOn, minutes
        }

        var facts: KnowledgeSessionFacts {
            KnowledgeSessionFacts(
                agencyID: agencyID, hostID: hostID, hostUnitPath: hostUnitPath, attendeeIDs: attendees)
        }
    }

    /// One session with its attendees (who may then not confirm it).
    static func session(_ id: UUID, on db: any Database) async throws -> Session? {
        guard var s = try await sessionRow(id, on: db) else { return nil }
        struct Attendee: Decodable { var employeeID: UUID }
        s.attendees = Set(
            try await db.sql.raw(
                "SELECT employee_id FROM knowledge_attendees WHERE session_id = \(bind: id)"
            ).rows(Attendee.self).map(\.employeeID))
        return s
    }

    private static func sessionRow(_ id: UUID, on db: any Database) async throws -> Session? {
        try await db.sql.raw(
            """
            SELECT k.id, k.agency_id, a.code AS agency_code, k.host_id, u.path AS host_unit_path, k.state, k.topic,
                   k.held_on, k.minutes
            FROM knowledge_sessions k JOIN agencies a ON a.id = k.agency_id JOIN employees e ON e.id = k.host_id
            LEFT JOIN units u ON u.id = e.unit_id
            WHERE k.id = \(bind: id)
            """
        ).firstRow(Session.self)
    }

    struct Person: Decodable, Sendable {
        var id: UUID
        var employeeID: UUID
        var nip: String
        var name: String
        var creditedHundredths: Int
        var creditNote: String?
    }

    /// Everyone present (the host among them), by NIP.
    static func people(of sessionID: UUID, on db: any Database) async throws -> [Person] {
        try await db.sql.raw(
            """
            SELECT a.id, a.employee_id, e.nip, e.name, a.credited_hundredths, a.credit_note
            FROM knowledge_attendees a JOIN employees e ON e.id = a.employee_id
            WHERE a.session_id = \(bind: sessionID) ORDER BY e.nip
            """
        ).rows(Person.self)
    }

    struct Line: Decodable, Sendable {
        var id: UUID
        var topic: String
        var heldOn: String
        var minutes: Int
        var hostID: UUID
        var hostName: String
        var hostUnitPath: String?
        var attendees: Int
        /// Typed: a state Asah never writes fails the read (and is logged), never shown as another.
        var state: KnowledgeSessionState
        var decisionNote: String?
    }

    private static var lineColumns: SQLQueryString {
        """
        SELECT k.id, k.topic, k.held_on, k.minutes, k.host_id, e.name AS host_name, u.path AS host_unit_path,
               (SELECT COUNT(*) FROM knowledge_attendees a WHERE a.session_id = k.id) AS attendees,
               k.state, k.decision_note
        FROM knowledge_sessions k JOIN employees e ON e.id = k.host_id LEFT JOIN units u ON u.id = e.unit_id
        """
    }

    /// The agency's confirmed sessions, and the viewer's own in any state, newest first.
    static func recent(agencyID: UUID, viewer: UUID?, on db: any Database) async throws -> [Line] {
        var q = lineColumns
        q += " WHERE k.agency_id = \(bind: agencyID) AND (k.state = \(bind: KnowledgeSessionState.confirmed.rawValue)"
        if let viewer { q += " OR k.host_id = \(bind: viewer)" }
        q += ") ORDER BY k.held_on DESC, k.created_at DESC LIMIT 50"
        return try await db.sql.raw(q).rows(Line.self)
    }

    /// Pending sessions the actor may confirm, oldest first (the scope narrows the query, the policy
    /// decides each one).
    static func awaiting(agencyID: UUID, actor: Actor, on db: any Database) async throws -> [Line] {
        guard let scope = AccessPolicy.knowledgeConfirmationScope(agency: agencyID, actor) else { return [] }
        var q = lineColumns
        q += " WHERE k.agency_id = \(bind: agencyID) AND k.state = \(bind: KnowledgeSessionState.pending.rawValue)"
        if case .unitSubtree(let path) = scope { q += " AND u.path LIKE \(bind: Like.prefix(path)) ESCAPE '!'" }
        if let me = actor.employeeID {
            q += " AND k.host_id <> \(bind: me)"
            q +=
                " AND NOT EXISTS (SELECT 1 FROM knowledge_attendees ka WHERE ka.session_id = k.id AND ka.employee_id = \(bind: me))"
        }
        q += " ORDER BY k.held_on, k.created_at LIMIT 100"
        return try await db.sql.raw(q).rows(Line.self).filter {
            AccessPolicy.canConfirmKnowledgeSession(
                KnowledgeSessionFacts(agencyID: agencyID, hostID: $0.hostID, hostUnitPath: $0.hostUnitPath), actor)
        }
    }

    struct Detail: Decodable, Sendable {
        var id: UUID
        var topic: String
        var heldOn: String
        var minutes: Int
        var summary: String?
        var state: String
        var hostID: UUID
        var decidedAt: Date?
        var decisionNote: String?
    }

    static func detail(_ id: UUID, on db: any Database) async throws -> (Detail, [Person])? {
        guard
            let d = try await db.sql.raw(
                """
                SELECT id, topic, held_on, minutes, summary, state, host_id, decided_at, decision_note
                FROM knowledge_sessions WHERE id = \(bind: id)
                """
            ).firstRow(Detail.self)
        else { return nil }
        return (d, try await people(of: id, on: db))
    }
}
