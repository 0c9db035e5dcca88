import Foundation
import Testing

@testable import AsahCore

/// A fixture tree with every case of the rule:
///
///     Setda (Sekda, JPT Pratama)                 sekda
///     Dinas (Kepala Dinas, JPT Pratama)          kadis
///     ├─ Sekretariat (Sekretaris, Administrator) sekdis
///     │  └─ Subbag Umum (Kasubbag, Pengawas)     vacant; staff umum
///     ├─ Bidang A (Kabid A, Administrator)       kabidA; staff analis (fungsional)
///     ├─ Bidang B (two Administrator positions)  nobody derivable; staff bStaff
///     ├─ Bidang C (Kabid C held by two people)   c1, c2
///     └─ Bidang D (marked: the Kepala Dinas's    no head: a mark counts only for a position of
///        position, which is not Bidang D's)      the unit (a Plt is a unit-head grant); staff dStaff
///     Puskesmas (marked: a fungsional position)  kapus; nurse
///     Badan (no positions)                       bStaff2
struct SupervisionRulesTests {
    static let names = [
        "setda", "dinas", "sekretariat", "umum", "bidangA", "bidangB", "bidangC", "bidangD", "puskesmas", "badan",
        "pSekda", "pKadis", "pSekdis", "pKasubbag", "pKabidA", "pAnalis", "pKabidB1", "pKabidB2", "pKabidC",
        "pKapus", "pPerawat",
        "sekda", "kadis", "sekdis", "umumStaff", "kabidA", "analis", "bStaff", "c1", "c2", "dStaff", "kapus", "nurse",
        "badanStaff",
    ]
    static let id: [String: UUID] = Dictionary(
        uniqueKeysWithValues: names.enumerated().map { (index, name) in
            (name, UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", index + 1))!)
        })
    static func i(_ name: String) -> UUID { id[name]! }

    static let units: [SupervisionRules.UnitNode] = [
        .init(id: i("setda"), parentID: nil),
        .init(id: i("dinas"), parentID: nil),
        .init(id: i("sekretariat"), parentID: i("dinas")),
        .init(id: i("umum"), parentID: i("sekretariat")),
        .init(id: i("bidangA"), parentID: i("dinas")),
        .init(id: i("bidangB"), parentID: i("dinas")),
        .init(id: i("bidangC"), parentID: i("dinas")),
        .init(id: i("bidangD"), parentID: i("dinas"), markedHead: i("pKadis")),
        .init(id: i("puskesmas"), parentID: nil, markedHead: i("pKapus")),
        .init(id: i("badan"), parentID: nil),
    ]
    static let positions: [SupervisionRules.PositionNode] = [
        .init(id: i("pSekda"), unitID: i("setda"), kind: .jptPratama),
        .init(id: i("pKadis"), unitID: i("dinas"), kind: .jptPratama),
        .init(id: i("pSekdis"), unitID: i("sekretariat"), kind: .administrator),
        .init(id: i("pKasubbag"), unitID: i("umum"), kind: .pengawas),
        .init(id: i("pKabidA"), unitID: i("bidangA"), kind: .administrator),
        .init(id: i("pAnalis"), unitID: i("bidangA"), kind: .fungsional),
        .init(id: i("pKabidB1"), unitID: i("bidangB"), kind: .administrator),
        .init(id: i("pKabidB2"), unitID: i("bidangB"), kind: .administrator),
        .init(id: i("pKabidC"), unitID: i("bidangC"), kind: .administrator),
        .init(id: i("pKapus"), unitID: i("puskesmas"), kind: .fungsional),
        .init(id: i("pPerawat"), unitID: i("puskesmas"), kind: .fungsional),
    ]
    static let holders: [UUID: [UUID]] = [
        i("pSekda"): [i("sekda")], i("pKadis"): [i("kadis")], i("pSekdis"): [i("sekdis")],
        i("pKabidA"): [i("kabidA")], i("pKabidC"): [i("c1"), i("c2")], i("pKapus"): [i("kapus")],
    ]
    static let derived = SupervisionRules.derive(units: units, positions: positions, holders: holders)

    /// (unit, expected status)
    static let statuses: [(String, SupervisionRules.HeadStatus)] = [
        ("setda", .head(employee: i("sekda"), position: i("pSekda"))),
        ("dinas", .head(employee: i("kadis"), position: i("pKadis"))),
        ("sekretariat", .head(employee: i("sekdis"), position: i("pSekdis"))),
        ("umum", .vacant(position: i("pKasubbag"))),
        ("bidangA", .head(employee: i("kabidA"), position: i("pKabidA"))),
        ("bidangB", .severalHeadPositions(count: 2)),
        ("bidangC", .severalHolders(position: i("pKabidC"), count: 2)),
        ("bidangD", .noHeadPosition),
        ("puskesmas", .head(employee: i("kapus"), position: i("pKapus"))),
        ("badan", .noHeadPosition),
    ]

    @Test(arguments: statuses)
    func eachUnitsHead(unit: String, status: SupervisionRules.HeadStatus) {
        #expect(Self.derived.status[Self.i(unit)] == status)
    }

    /// (employee, their unit, expected supervisor)
    static let supervisors: [(String, String, String?)] = [
        ("sekda", "setda", nil),  // heads a top unit
        ("kadis", "dinas", nil),  // heads a top unit
        ("sekdis", "sekretariat", "kadis"),  // a head reports to the head above
        ("umumStaff", "umum", "sekdis"),  // vacant Kasubbag: the nearest head above
        ("kabidA", "bidangA", "kadis"),
        ("analis", "bidangA", "kabidA"),
        ("bStaff", "bidangB", "kadis"),  // two candidate head positions: none derived
        ("c1", "bidangC", "kadis"),  // two holders: neither heads
        ("dStaff", "bidangD", "kadis"),  // Bidang D has no head: the Kepala Dinas above
        ("kapus", "puskesmas", nil),  // a marked fungsional head of a top unit
        ("nurse", "puskesmas", "kapus"),
        ("badanStaff", "badan", nil),  // nobody above
    ]

    @Test(arguments: supervisors)
    func eachPersonsSupervisor(employee: String, unit: String, supervisor: String?) {
        #expect(Self.derived.supervisor(of: Self.i(employee), unit: Self.i(unit)) == supervisor.map(Self.i))
    }

    /// What the server's set-based update relies on: a member who heads nothing gets their unit's
    /// member supervisor.
    @Test(arguments: supervisors)
    func membersGetTheirUnitsMemberSupervisor(employee: String, unit: String, supervisor: String?) {
        guard Self.derived.leaders[Self.i(employee)] == nil else { return }
        #expect(Self.derived.memberSupervisor(of: Self.i(unit)) == supervisor.map(Self.i))
    }

    @Test func aPersonWithoutAUnitHasNoDefaultSupervisor() {
        #expect(Self.derived.supervisor(of: Self.i("nurse"), unit: nil) == nil)
    }

    @Test func nobodySupervisesThemselvesEvenAsTheirOwnUnitsOnlyHead() {
        // kadis is a member of Bidang D on paper and leads Dinas above it.
        #expect(Self.derived.supervisor(of: Self.i("kadis"), unit: Self.i("bidangD")) == nil)
        #expect(Self.derived.unitLed(by: Self.i("kadis")) == Self.i("dinas"))
    }

    @Test func aMarkedPositionWinsOverTheHighestStrukturalOne() {
        let units = [SupervisionRules.UnitNode(id: Self.i("bidangA"), parentID: nil, markedHead: Self.i("pAnalis"))]
        let heads = SupervisionRules.headPositions(units: units, positions: Self.positions)
        #expect(heads[Self.i("bidangA")] == .position(Self.i("pAnalis")))
    }

    @Test func aMarkedPositionMovedToAnotherUnitMarksNothing() {
        let units = [SupervisionRules.UnitNode(id: Self.i("badan"), parentID: nil, markedHead: Self.i("pKabidA"))]
        let heads = SupervisionRules.headPositions(units: units, positions: Self.positions)
        #expect(heads[Self.i("badan")] == .none(.noHeadPosition))
    }

    @Test func aHigherRankWinsAndOnlyStrukturalKindsCount() {
        let unit = Self.i("badan")
        let positions: [SupervisionRules.PositionNode] = [
            .init(id: Self.i("pKasubbag"), unitID: unit, kind: .pengawas),
            .init(id: Self.i("pKabidA"), unitID: unit, kind: .administrator),
            .init(id: Self.i("pAnalis"), unitID: unit, kind: .fungsional),
            .init(id: Self.i("pPerawat"), unitID: unit, kind: nil),
        ]
        let heads = SupervisionRules.headPositions(units: [.init(id: unit, parentID: nil)], positions: positions)
        #expect(heads[unit] == .position(Self.i("pKabidA")))
        let none = SupervisionRules.headPositions(
            units: [.init(id: unit, parentID: nil)], positions: Array(positions.suffix(2)))
        #expect(none[unit] == .none(.noHeadPosition))
    }

    @Test func aCycleInTheUnitsDoesNotHang() {
        let a = Self.i("setda")
        let b = Self.i("dinas")
        let d = SupervisionRules.derive(
            units: [.init(id: a, parentID: b), .init(id: b, parentID: a)], positions: [], holders: [:])
        #expect(d.supervisor(of: Self.i("nurse"), unit: a) == nil)
    }
}
