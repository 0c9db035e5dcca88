import Foundation

/// Report lines one level below a scope (the agency's top units, or a unit's sub-units): each unit's
/// figures are added to its ancestor at that level. Employees of the scope unit itself get a line
/// "<unit> (langsung)", employees without a unit one of their own. Shared by the gap and JP reports.
enum UnitRollUp {
    struct Line<Value> {
        var id: UUID?
        var name: String
        var value: Value
    }

    static func lines<Value>(
        _ rows: [(unitID: UUID?, value: Value)], units: [OrganizationQueries.UnitRow], scope: Unit?,
        add: (Value, Value) -> Value
    ) -> [Line<Value>] {
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) })
        let depth = scope.map { $0.path.split(separator: "/").count } ?? 0
        var lines: [String: Line<Value>] = [:]
        for row in rows {
            var key = "-", id: UUID?, name = "(tanpa unit kerja)"
            if let unitID = row.unitID, let unit = byID[unitID] {
                let parts = unit.path.split(separator: "/")
                if parts.count > depth, let top = UUID(uuidString: String(parts[depth])), let topUnit = byID[top] {
                    (key, id, name) = (top.uuidString, top, topUnit.name)
                } else if let scope, let sid = scope.id {
                    (key, id, name) = (sid.uuidString, sid, scope.name + " (langsung)")
                }
            }
            if let line = lines[key] {
                lines[key]?.value = add(line.value, row.value)
            } else {
                lines[key] = Line(id: id, name: name, value: row.value)
            }
        }
        return Array(lines.values)
    }
}
