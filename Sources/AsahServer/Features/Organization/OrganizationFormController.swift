import AsahCore
import Fluent
import Vapor

/// Create and edit forms for units, positions and employees (managers of the agency).
struct OrganizationFormController {
    /// Options for a unit select, indented by depth.
    static func unitOptions(_ units: [OrganizationQueries.UnitRow], excluding: String? = nil) -> [(
        value: String, label: String
    )] {
        units.sorted { $0.path < $1.path }
            .filter { excluding == nil || !$0.path.hasPrefix(excluding!) }
            .sortedAsTree()
            .map { row in
                let depth = row.path.split(separator: "/").count - 1
                return (row.id.uuidString, String(repeating: "— ", count: depth) + row.name)
            }
    }
}

extension Array where Element == OrganizationQueries.UnitRow {
    /// Depth-first order with siblings by name.
    func sortedAsTree() -> [Element] {
        let children = Dictionary(grouping: self, by: { $0.parentID })
        let ids = Set(map(\.id))
        var out: [Element] = []
        func walk(_ parent: UUID?) {
            for child in (children[parent] ?? []).sorted(by: { $0.name < $1.name }) {
                out.append(child)
                walk(child.id)
            }
        }
        walk(nil)
        // Units whose parent is filtered out still appear.
        for (parent, rows) in children where parent != nil && !ids.contains(parent!) {
            for row in rows.sorted(by: { $0.name < $1.name }) {
                out.append(row)
                walk(row.id)
            }
        }
        return out
    }
}
