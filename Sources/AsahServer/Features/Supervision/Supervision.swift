import AsahCore
import Fluent
import Foundation
import SQLKit

/// Keeps unit heads and default supervisors equal to what `SupervisionRules` derives from the
/// structure. Every write that changes the structure (units, positions, employees, imports) calls
/// `refresh` inside its own transaction, so a reader never sees a supervisor the structure no longer
/// gives. Supervisors chosen by a manager (`supervisor_override`) are never touched.
enum Supervision {
    private struct Member: Decodable {
        var id: UUID
        /// Read where the query filters by unit rather than agency (ids of units are the agency's own).
        var agencyID: UUID?
        var unitID: UUID?
        var supervisorID: UUID?
        var supervisorOverride: Bool
    }

    private struct Returned: Decodable { var id: UUID }

    struct Changes: Equatable {
        var heads = 0
        var supervisors = 0
    }

    /// The derived structure of one agency, from its units, positions and the holders of head positions.
    static func derive(agencyID: UUID, on db: any Database) async throws -> SupervisionRules.Derived {
        let sql = db.sql
        struct UnitRow: Decodable {
            var id: UUID
            var parentID: UUID?
            var headPositionID: UUID?
        }
        struct PositionRow: Decodable {
            var id: UUID
            var unitID: UUID?
            var kind: String
        }
        let units = try await sql.raw(
            "SELECT id, parent_id, head_position_id FROM units WHERE agency_id = \(bind: agencyID)"
        ).rows(UnitRow.self)
            .map { SupervisionRules.UnitNode(id: $0.id, parentID: $0.parentID, markedHead: $0.headPositionID) }
        let positions = try await sql.raw(
            "SELECT id, unit_id, kind FROM positions WHERE agency_id = \(bind: agencyID)"
        ).rows(PositionRow.self)
            .map { SupervisionRules.PositionNode(id: $0.id, unitID: $0.unitID, kind: PositionKind(rawValue: $0.kind)) }
        var headPositions: [UUID] = []
        for case .position(let id) in SupervisionRules.headPositions(units: units, positions: positions).values {
            headPositions.append(id)
        }
        var holders: [UUID: [UUID]] = [:]
        struct Holder: Decodable {
            var id: UUID
            var positionID: UUID
        }
        for chunk in Set(headPositions).sorted(by: { $0.uuidString < $1.uuidString }).chunks(of: 500) {
            let rows = try await sql.raw(
                """
                SELECT id, position_id FROM employees
                WHERE position_id IN (\(binds: Array(chunk))) AND employment_state = 'aktif' ORDER BY nip
                """
            ).rows(Holder.self)
            for row in rows { holders[row.positionID, default: []].append(row.id) }
        }
        return SupervisionRules.derive(units: units, positions: positions, holders: holders)
    }

    /// Brings the agency's derived heads and supervisors up to date; returns how many changed.
    @discardableResult
    static func refresh(agencyID: UUID, on db: any Database) async throws -> Changes {
        let sql = db.sql
        let derived = try await derive(agencyID: agencyID, on: db)
        var changes = Changes()

        struct UnitHead: Decodable {
            var id: UUID
            var headEmployeeID: UUID?
        }
        let stored = try await sql.raw(
            "SELECT id, head_employee_id FROM units WHERE agency_id = \(bind: agencyID)"
        ).rows(UnitHead.self)
        for unit in stored where unit.headEmployeeID != derived.head(of: unit.id) {
            try await sql.raw(
                "UPDATE units SET head_employee_id = \(bind: derived.head(of: unit.id)) WHERE id = \(bind: unit.id)"
            ).run()
            changes.heads += 1
        }

        // Members who head nothing: one UPDATE per supervisor over the units that give it, touching
        // only rows that differ. Unit and position ids are the agency's own, so these statements filter
        // by them alone and SQLite walks the unit index, not the agency's every row.
        let leaders = derived.leaders
        var leaderRows: [Member] = []
        for chunk in Array(leaders.keys).chunks(of: 500) {
            leaderRows += try await sql.raw(
                """
                SELECT e.id, COALESCE(e.unit_id, p.unit_id) AS unit_id, e.supervisor_id, e.supervisor_override
                FROM employees e LEFT JOIN positions p ON p.id = e.position_id WHERE e.id IN (\(binds: Array(chunk)))
                """
            ).rows(Member.self)
        }
        var leadersByUnit: [UUID: [UUID]] = [:]
        for l in leaderRows { if let unit = l.unitID { leadersByUnit[unit, default: []].append(l.id) } }
        var unitsBySupervisor: [UUID?: [UUID]] = [:]
        for unit in stored { unitsBySupervisor[derived.memberSupervisor(of: unit.id), default: []].append(unit.id) }
        for (supervisor, units) in unitsBySupervisor.sorted(by: {
            ($0.key?.uuidString ?? "") < ($1.key?.uuidString ?? "")
        }) {
            for chunk in units.chunks(of: 400) {
                let skip = chunk.flatMap { leadersByUnit[$0] ?? [] }
                var query: SQLQueryString = """
                    UPDATE employees SET supervisor_id = \(bind: supervisor)
                    WHERE unit_id IN (\(binds: Array(chunk))) AND supervisor_override = \(bind: false)
                    """
                if let supervisor {
                    query += " AND (supervisor_id IS NULL OR supervisor_id <> \(bind: supervisor))"
                } else {
                    query += " AND supervisor_id IS NOT NULL"
                }
                if !skip.isEmpty { query += " AND id NOT IN (\(binds: skip))" }
                changes.supervisors += try await sql.raw(query + " RETURNING id").rows(Returned.self).count
            }
        }
        // Members placed only through their position (no unit of their own), and the heads: few rows.
        let unplaced = try await sql.raw(
            """
            SELECT e.id, e.agency_id, p.unit_id, e.supervisor_id, e.supervisor_override
            FROM employees e LEFT JOIN positions p ON p.id = e.position_id
            WHERE e.unit_id IS NULL AND e.supervisor_override = \(bind: false)
            """
        ).rows(Member.self).filter { $0.agencyID == agencyID }
        for m in unplaced.filter({ leaders[$0.id] == nil }) + leaderRows where !m.supervisorOverride {
            let wanted = derived.supervisor(of: m.id, unit: m.unitID)
            guard wanted != m.supervisorID else { continue }
            try await sql.raw("UPDATE employees SET supervisor_id = \(bind: wanted) WHERE id = \(bind: m.id)").run()
            changes.supervisors += 1
        }
        return changes
    }
}
