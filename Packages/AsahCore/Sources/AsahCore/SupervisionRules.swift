import Foundation

/// Unit heads and default supervisors, derived from the organisation structure.
///
/// - A unit's head position is the one a manager marked (while it is in the unit), else its struktural position of the highest
///   rank (JPT Utama … Pengawas) when exactly one position holds that rank.
/// - Its head is the one person in active service holding that position; none (vacant) or several
///   holders leave the unit without a head, and the reason is kept for the manager's page.
/// - A member's default supervisor is the head of their unit, else of the nearest unit above that has
///   one. A head's is the head of the nearest unit above the one they lead. Nobody supervises
///   themselves: a person heading two nested units reports to the next head above both.
public enum SupervisionRules {
    public struct UnitNode: Sendable, Equatable {
        public let id: UUID
        public let parentID: UUID?
        /// The position a manager marked as the unit's head, if any.
        public let markedHead: UUID?

        public init(id: UUID, parentID: UUID?, markedHead: UUID? = nil) {
            self.id = id
            self.parentID = parentID
            self.markedHead = markedHead
        }
    }

    public struct PositionNode: Sendable, Equatable {
        public let id: UUID
        public let unitID: UUID?
        public let kind: PositionKind?

        public init(id: UUID, unitID: UUID?, kind: PositionKind?) {
            self.id = id
            self.unitID = unitID
            self.kind = kind
        }
    }

    /// Why a unit has the head it has, or none.
    public enum HeadStatus: Sendable, Equatable {
        case head(employee: UUID, position: UUID)
        /// No marked position and no struktural one.
        case noHeadPosition
        /// Several struktural positions share the highest rank and none is marked.
        case severalHeadPositions(count: Int)
        case vacant(position: UUID)
        case severalHolders(position: UUID, count: Int)

        public var head: UUID? {
            if case .head(let employee, _) = self { return employee }
            return nil
        }
    }

    /// Rank of struktural kinds, highest first; other kinds never head a unit unless marked.
    public static func rank(_ kind: PositionKind?) -> Int? {
        switch kind {
        case .jptUtama: return 5
        case .jptMadya: return 4
        case .jptPratama: return 3
        case .administrator: return 2
        case .pengawas: return 1
        default: return nil
        }
    }

    /// A unit's head position, or why it has none.
    public enum HeadPosition: Sendable, Equatable {
        case position(UUID)
        case none(HeadStatus)
    }

    /// The head position of each unit that has one, and the problem of each that has not.
    public static func headPositions(units: [UnitNode], positions: [PositionNode]) -> [UUID: HeadPosition] {
        var ranked: [UUID: [(rank: Int, id: UUID)]] = [:]
        for p in positions {
            guard let unit = p.unitID, let rank = rank(p.kind) else { continue }
            ranked[unit, default: []].append((rank, p.id))
        }
        var result: [UUID: HeadPosition] = [:]
        let unitOf = Dictionary(positions.map { ($0.id, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        for unit in units {
            // A marked position counts while it is in the unit; one moved elsewhere since marks nothing.
            if let marked = unit.markedHead, unitOf[marked] == .some(unit.id) {
                result[unit.id] = .position(marked)
                continue
            }
            let candidates = ranked[unit.id] ?? []
            guard let top = candidates.map(\.rank).max() else {
                result[unit.id] = .none(.noHeadPosition)
                continue
            }
            let best = candidates.filter { $0.rank == top }
            result[unit.id] = best.count == 1 ? .position(best[0].id) : .none(.severalHeadPositions(count: best.count))
        }
        return result
    }

    /// The derived structure: each unit's head status and each person's default supervisor.
    public struct Derived: Sendable {
        public let status: [UUID: HeadStatus]
        private let parent: [UUID: UUID]
        /// For a person heading units, the highest of them (fewest units above it).
        private let led: [UUID: UUID]

        init(status: [UUID: HeadStatus], parent: [UUID: UUID], led: [UUID: UUID]) {
            self.status = status
            self.parent = parent
            self.led = led
        }

        public func head(of unit: UUID) -> UUID? { status[unit]?.head }

        /// The unit a person leads, if any (the highest one when they lead several).
        public func unitLed(by employee: UUID) -> UUID? { led[employee] }

        /// Everyone who heads a unit, with the highest unit they head.
        public var leaders: [UUID: UUID] { led }

        /// The default supervisor of `employee`, a member of `unit` (nil when they have no unit).
        public func supervisor(of employee: UUID, unit: UUID?) -> UUID? {
            if let leads = led[employee] { return nearestHead(from: parent[leads], except: employee) }
            return nearestHead(from: unit, except: employee)
        }

        /// The supervisor of a member of `unit` who heads no unit: the head of the unit or of the
        /// nearest unit above it that has one.
        public func memberSupervisor(of unit: UUID) -> UUID? { nearestHead(from: unit, except: nil) }

        private func nearestHead(from start: UUID?, except: UUID?) -> UUID? {
            var current = start
            var seen: Set<UUID> = []
            while let u = current, seen.insert(u).inserted {
                if let head = head(of: u), head != except { return head }
                current = parent[u]
            }
            return nil
        }
    }

    /// `holders` maps each head position to the people in active service who hold it.
    public static func derive(units: [UnitNode], positions: [PositionNode], holders: [UUID: [UUID]]) -> Derived {
        let heads = headPositions(units: units, positions: positions)
        var status: [UUID: HeadStatus] = [:]
        var parent: [UUID: UUID] = [:]
        for unit in units {
            if let p = unit.parentID { parent[unit.id] = p }
            switch heads[unit.id] ?? .none(.noHeadPosition) {
            case .none(let problem): status[unit.id] = problem
            case .position(let position):
                let people = holders[position] ?? []
                switch people.count {
                case 0: status[unit.id] = .vacant(position: position)
                case 1: status[unit.id] = .head(employee: people[0], position: position)
                default: status[unit.id] = .severalHolders(position: position, count: people.count)
                }
            }
        }
        func depth(_ unit: UUID) -> Int {
            var d = 0
            var seen: Set<UUID> = [unit]
            var current = parent[unit]
            while let u = current, seen.insert(u).inserted {
                d += 1
                current = parent[u]
            }
            return d
        }
        var led: [UUID: UUID] = [:]
        for unit in units {
            guard let head = status[unit.id]?.head else { continue }
            if let other = led[head], depth(other) <= depth(unit.id) { continue }
            led[head] = unit.id
        }
        return Derived(status: status, parent: parent, led: led)
    }
}
