import AsahCore
import Foundation

/// The demo agency's structure as `SupervisionRules` reads it, with stable ids from its keys.
public struct DemoStructure: Sendable {
    public let derived: SupervisionRules.Derived
    /// The heads of top-level units but the Sekretaris Daerah: the demo has them report to the Sekda, a
    /// choice the structure cannot make (it is kept as a manager's choice when seeded).
    public let topUnitHeads: Set<String>

    /// Units headed by a fungsional (a school's Kepala Sekolah): the demo's managers marked the head
    /// position, by unit key.
    public let markedHeads: [String: String]

    public init(_ a: DemoAgency) {
        // The generator emits each unit's head before its staff.
        var heads: [String: DemoEmployee] = [:]
        for e in a.employees where heads[e.unitKey] == nil { heads[e.unitKey] = e }
        let kinds = Dictionary(uniqueKeysWithValues: a.positions.map { ($0.key, $0.kind) })
        var marked: [String: String] = [:]
        for (unit, head) in heads where SupervisionRules.rank(kinds[head.positionKey]) == nil {
            marked[unit] = head.positionKey
        }
        markedHeads = marked
        let units = a.units.map {
            SupervisionRules.UnitNode(
                id: Self.id($0.key), parentID: $0.parentKey.map(Self.id), markedHead: marked[$0.key].map(Self.id))
        }
        let positions = a.positions.map {
            SupervisionRules.PositionNode(id: Self.id($0.key), unitID: Self.id($0.unitKey), kind: $0.kind)
        }
        var holders: [UUID: [UUID]] = [:]
        for e in a.employees { holders[Self.id(e.positionKey), default: []].append(Self.id(e.nip)) }
        derived = SupervisionRules.derive(units: units, positions: positions, holders: holders)
        topUnitHeads = Set(
            a.units.filter { $0.parentKey == nil }.compactMap { heads[$0.key] }.filter { $0.supervisorNIP != nil }
                .map(\.nip))
    }

    public func id(_ key: String) -> UUID { Self.id(key) }

    /// A name-based id: the same key always gives the same UUID.
    static func id(_ key: String) -> UUID {
        var bytes = [UInt8](repeating: 0, count: 16)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(i))) }
        hash = hash &* 0x100_0000_01b3 ^ UInt64(key.utf8.count)
        for i in 0..<8 { bytes[8 + i] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(i))) }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
