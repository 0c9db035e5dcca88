import AsahCore
import Foundation

/// The units, positions and employee rows an import must write, worked out in memory against
/// what the agency already has. Pure: no database here, so it is quick to reason about.
struct ImportPlan {
    struct UnitRow { var id: UUID; var parentID: UUID?; var name: String; var path: String }
    struct PositionRow { var id: UUID; var unitID: UUID?; var name: String; var kind: String; var jenjang: String? }

    /// The employee columns an import sets; compared to decide "unchanged".
    struct EmployeeValues: Equatable {
        var gelarDepan: String?
        var name: String
        var gelarBelakang: String?
        var status: String
        var golongan: String?
        var positionID: UUID?
        var unitID: UUID?
        var gender: String
        var birthDate: String
        var email: String?
        var phone: String?
        var employmentState = EmploymentState.aktif.rawValue
        /// Set to the import's day when the file changes the state.
        var employmentSince: String?
    }

    var newUnits: [UnitRow] = []
    var newPositions: [PositionRow] = []
    var inserts: [(nip: String, values: EmployeeValues)] = []
    var updates: [(id: UUID, values: EmployeeValues)] = []
    var unchanged = 0
    /// Employees the file shows as gone (pensiun, berhenti, meninggal, pindah) who were not before.
    var leavers: [UUID] = []
    /// The import's day, when a state the file changes begins.
    let today: CivilDate

    private var unitByKey: [String: UnitRow] = [:]
    private var positionByKey: [String: UUID] = [:]
    /// Header names the file has; a field whose column is absent keeps its stored value.
    private let present: Set<String>

    init(
        existingUnits: [UnitRow], existingPositions: [PositionRow], presentColumns: Set<String>, today: CivilDate
    ) {
        present = presentColumns
        self.today = today
        for unit in existingUnits { unitByKey[Self.unitKey(unit.parentID, unit.name)] = unit }
        for p in existingPositions { positionByKey[Self.positionKey(p.unitID, p.name, p.kind)] = p.id }
    }

    static func unitKey(_ parent: UUID?, _ name: String) -> String {
        (parent?.uuidString ?? "-") + "|" + name.lowercased()
    }

    static func positionKey(_ unit: UUID?, _ name: String, _ kind: String) -> String {
        (unit?.uuidString ?? "-") + "|" + name.lowercased() + "|" + kind
    }

    private var unitByPath: [[String]: UUID?] = [:]

    /// The unit at the end of a root-first path, creating the missing ones.
    mutating func unit(for path: [String]) -> UUID? {
        if let known = unitByPath[path] { return known }
        let id = walk(path)
        unitByPath[path] = id
        return id
    }

    private mutating func walk(_ path: [String]) -> UUID? {
        var parent: UnitRow?
        for name in path {
            let key = Self.unitKey(parent?.id, name)
            if let found = unitByKey[key] {
                parent = found
                continue
            }
            let id = IDs.make()
            let row = UnitRow(
                id: id, parentID: parent?.id, name: name, path: Unit.path(id: id, parentPath: parent?.path))
            unitByKey[key] = row
            newUnits.append(row)
            parent = row
        }
        return parent?.id
    }

    mutating func position(name: String?, kind: PositionKind?, jenjang: FungsionalJenjang?, unitID: UUID?) -> UUID? {
        guard let name, !name.isEmpty else { return nil }
        let kindRaw = (kind ?? .pelaksana).rawValue
        let key = Self.positionKey(unitID, name, kindRaw)
        if let id = positionByKey[key] { return id }
        let id = IDs.make()
        positionByKey[key] = id
        newPositions.append(PositionRow(id: id, unitID: unitID, name: name, kind: kindRaw, jenjang: jenjang?.rawValue))
        return id
    }

    /// Adds one valid record; `existing` is the stored row for that NIP in this agency, if any.
    mutating func add(_ r: SiasnEmployeeRecord, existing: (id: UUID, values: EmployeeValues)?) {
        let old = existing?.values
        func has(_ columns: String...) -> Bool { old == nil || columns.contains { present.contains($0) } }
        let unitID = has("UNOR NAMA") ? unit(for: r.unitPath) : old?.unitID
        let positionID =
            has("JABATAN NAMA")
            ? position(name: r.positionName, kind: r.positionKind, jenjang: r.jenjang, unitID: unitID)
            : old?.positionID
        var values = EmployeeValues(
            gelarDepan: r.gelarDepan, name: r.name, gelarBelakang: r.gelarBelakang, status: r.status.rawValue,
            golongan: r.golongan?.name, positionID: positionID, unitID: unitID, gender: r.gender.rawValue,
            birthDate: r.birthDate.iso, email: r.email, phone: r.phone)
        if let state = r.employmentState, state != .aktif || old != nil {
            values.employmentState = state.rawValue
            values.employmentSince = state.rawValue == old?.employmentState ? old?.employmentSince : today.iso
        } else {
            values.employmentState = old?.employmentState ?? EmploymentState.aktif.rawValue
            values.employmentSince = old?.employmentSince
        }
        guard let existing, let old else {
            inserts.append((r.nip.digits, values))
            return
        }
        if values.employmentState != old.employmentState,
            EmploymentState(rawValue: values.employmentState)?.hasLeft == true
        {
            leavers.append(existing.id)
        }
        if !has("GELAR DEPAN") { values.gelarDepan = old.gelarDepan }
        if !has("GELAR BELAKANG") { values.gelarBelakang = old.gelarBelakang }
        if !has("GOL AKHIR NAMA", "GOL AKHIR ID") { values.golongan = old.golongan }
        if !has("KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS") { values.status = old.status }
        // A file without contact details keeps the ones already stored.
        if values.email == nil { values.email = existing.values.email }
        if values.phone == nil { values.phone = existing.values.phone }
        if values == existing.values {
            unchanged += 1
        } else {
            updates.append((existing.id, values))
        }
    }
}
