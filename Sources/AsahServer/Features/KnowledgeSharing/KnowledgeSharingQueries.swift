import AsahCore
import Fluent
import SQLKit
import Vapor

/// Reads of komunitas belajar: one session with the facts its access needs, its people, the lists of
/// the agency's page and the API's view of a session.
enum KnowledgeSharingQueries {
    struct Session: Decodable, Sendable {
        var id: UUID
        var agency_id: UUID
        var agency_code: String
        var host_id: UUID
        var host_unit_path: String?
        var state: String
        var topic: String
        var held_on: String
        var minutes: Int
        var attendees: Set<UUID> = []

        private enum CodingKeys: String, CodingKey {
            case id, agency_id, agency_code, host_id, host_unit_path, state, topic, held_on, minutes
        }

        var facts: KnowledgeSessionFacts {
            KnowledgeSessionFacts(
                agencyID: agency_id, hostID: host_id, hostUnitPath: host_unit_path, attendeeIDs: attendees)
        }
    }

    /// One session with its attendees (who may then not confirm it).
    static func session(_ id: UUID, on db: any Database) async throws -> Session? {
        guard var s = try await sessionRow(id, on: db) else { return nil }
        struct Attendee: Decodable { var employee_id: UUID }
        s.attendees = Set(
            try await db.sql.raw(
                "SELECT employee_id FROM knowledge_attendees WHERE session_id = \(bind: id)"
            ).all(decoding: Attendee.self).map(\.employee_id))
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
        ).first(decoding: Session.self)
    }

    struct Person: Decodable, Sendable {
        var id: UUID
        var employee_id: UUID
        var nip: String
        var name: String
        var credited_hundredths: Int
        var credit_note: String?
    }

    /// Everyone present (the host among them), by NIP.
    static func people(of sessionID: UUID, on db: any Database) async throws -> [Person] {
        try await db.sql.raw(
            """
            SELECT a.id, a.employee_id, e.nip, e.name, a.credited_hundredths, a.credit_note
            FROM knowledge_attendees a JOIN employees e ON e.id = a.employee_id
            WHERE a.session_id = \(bind: sessionID) ORDER BY e.nip
            """
        ).all(decoding: Person.self)
    }

    struct Line: Decodable, Sendable {
        var id: UUID
        var topic: String
        var held_on: String
        var minutes: Int
        var host_id: UUID
        var host_name: String
        var host_unit_path: String?
        var attendees: Int
        /// Typed: a state Asah never writes fails the read (and is logged), never shown as another.
        var state: KnowledgeSessionState
        var decision_note: String?
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
        return try await db.sql.raw(q).all(decoding: Line.self)
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
        return try await db.sql.raw(q).all(decoding: Line.self).filter {
            AccessPolicy.canConfirmKnowledgeSession(
                KnowledgeSessionFacts(agencyID: agencyID, hostID: $0.host_id, hostUnitPath: $0.host_unit_path), actor)
        }
    }

    struct Detail: Decodable, Sendable {
        var id: UUID
        var topic: String
        var held_on: String
        var minutes: Int
        var summary: String?
        var state: String
        var host_id: UUID
        var decided_at: Date?
        var decision_note: String?
    }

    static func detail(_ id: UUID, on db: any Database) async throws -> (Detail, [Person])? {
        guard
            let d = try await db.sql.raw(
                """
                SELECT id, topic, held_on, minutes, summary, state, host_id, decided_at, decision_note
                FROM knowledge_sessions WHERE id = \(bind: id)
                """
            ).first(decoding: Detail.self)
        else { return nil }
        return (d, try await people(of: id, on: db))
    }
}
