import Foundation
import Testing

@testable import AsahCore

@Suite("Innovation projects")
struct InnovationRulesTests {
    static let known: Set<String> = ["M1", "M4", "T01"]
    static let ketua = UUID()
    static let anggota = UUID()
    static let mentor = UUID()
    static let coach = UUID()
    static let team = [
        TeamMember(employeeID: ketua, role: .ketua), TeamMember(employeeID: anggota, role: .anggota),
        TeamMember(employeeID: mentor, role: .mentor), TeamMember(employeeID: coach, role: .coach),
    ]

    static func input(_ title: String, _ problem: String, _ comps: String, _ start: String, _ end: String)
        -> InnovationInput
    {
        InnovationInput(title: title, problem: problem, competencies: comps, startsOn: start, endsOn: end)
    }

    @Test(arguments: [
        ("Aplikasi pengaduan warga", "Aduan tercecer", "m1, T01", "2026-01-05", "2026-06-30", nil as String?),
        ("Apli", "Aduan tercecer", "", "2026-01-05", "2026-06-30", "title"),
        (String(repeating: "a", count: 201), "Aduan", "", "2026-01-05", "2026-06-30", "title"),
        ("Aplikasi pengaduan warga", "  ", "", "2026-01-05", "2026-06-30", "problem"),
        ("Aplikasi pengaduan warga", "Aduan", "M1 X9", "2026-01-05", "2026-06-30", "competencies"),
        ("Aplikasi pengaduan warga", "Aduan", "", "05-01-2026", "2026-06-30", "starts_on"),
        ("Aplikasi pengaduan warga", "Aduan", "", "2026-01-05", "", "ends_on"),
        ("Aplikasi pengaduan warga", "Aduan", "", "2026-01-05", "2026-01-04", "ends_on"),
        ("Aplikasi pengaduan warga", "Aduan", "", "2026-01-05", "2028-03-01", "ends_on"),
    ])
    func projectInput(
        _ title: String, _ problem: String, _ comps: String, _ start: String, _ end: String, _ field: String?
    ) {
        let result = InnovationRules.validate(
            Self.input(title, problem, comps, start, end), knownCompetencies: Self.known)
        switch (result, field) {
        case (.success(let v), nil):
            #expect(v.competencies == ["M1", "T01"])
            #expect(v.title == title)
        case (.failure(let e), let field?):
            #expect(e[field] != nil, "\(e.messages)")
            #expect(e.messages.count == 1, "\(e.messages)")
        default: Issue.record("\(result) for \(field ?? "valid")")
        }
    }

    @Test func competencyCodesAreUpperCaseAndOnce() {
        #expect(InnovationRules.competencyCodes("m1, M1;t01\nM4") == ["M1", "T01", "M4"])
        #expect(InnovationRules.competencyCodes("  ") == [])
    }

    // The refusal's key: `state` when the current status forbids it, `status` when the value itself is wrong.
    @Test(arguments: [
        (InnovationStatus.usulan, "berjalan", nil as String?), (.usulan, "dibatalkan", nil),
        (.usulan, "selesai", "status"),
        (.berjalan, "dibatalkan", nil), (.berjalan, "usulan", "state"), (.berjalan, "selesai", "status"),
        (.selesai, "dibatalkan", "state"), (.selesai, "berjalan", "state"), (.dibatalkan, "berjalan", "state"),
        (.usulan, "ditunda", "status"),
    ])
    func statusChanges(_ from: InnovationStatus, _ to: String, _ refusal: String?) {
        switch (InnovationRules.change(from: from, to: to), refusal) {
        case (.success(let s), nil): #expect(s.rawValue == to)
        case (.failure(let e), let key?): #expect(e[key] != nil, "\(e.messages)")
        case (let r, _): Issue.record("\(r)")
        }
    }

    @Test(arguments: [
        (UUID(), "anggota", InnovationStatus.berjalan, nil as String?),
        (UUID(), "KETUA", .usulan, "role"),
        (UUID(), "mentor", .berjalan, "role"),
        (UUID(), "pengamat", .berjalan, "role"),
        (ketua, "anggota", .berjalan, "nip"),
        (UUID(), "anggota", .selesai, "state"),
        (UUID(), "anggota", .dibatalkan, "state"),
    ])
    func joiningTheTeam(_ who: UUID, _ role: String, _ status: InnovationStatus, _ field: String?) {
        let r = InnovationRules.validateMember(employeeID: who, role: role, team: Self.team, status: status)
        switch (r, field) {
        case (.success(let role), nil): #expect(role == .anggota)
        case (.failure(let e), let field?): #expect(e[field] != nil, "\(e.messages)")
        default: Issue.record("\(r)")
        }
    }

    @Test(arguments: [
        (anggota, InnovationStatus.berjalan, nil as String?), (mentor, .usulan, nil), (coach, .berjalan, nil),
        (ketua, .berjalan, "nip"), (UUID(), .berjalan, "nip"), (anggota, .selesai, "state"),
        (anggota, .dibatalkan, "state"),
    ])
    func leavingTheTeam(_ who: UUID, _ status: InnovationStatus, _ field: String?) {
        switch (InnovationRules.validateRemoval(employeeID: who, team: Self.team, status: status), field) {
        case (.success(let role), nil): #expect(Self.team.first { $0.employeeID == who }?.role == role)
        case (.failure(let e), let field?): #expect(e[field] != nil, "\(e.messages)")
        case (let r, _): Issue.record("\(r)")
        }
    }

    @Test func theFirstKetuaJoins() {
        #expect(
            (try? InnovationRules.validateMember(employeeID: Self.ketua, role: "Ketua", team: [], status: .usulan).get())
                == .ketua)
    }

    @Test(arguments: [
        ("2026-01-05", "Uji coba", nil as String?), ("2026-06-30", "Peluncuran", nil),
        ("2026-01-04", "Terlalu awal", "due_on"),
        ("2026-07-01", "Terlambat", "due_on"), ("", "Tanpa tenggat", "due_on"), ("2026-03-01", " ", "title"),
    ])
    func milestones(_ due: String, _ title: String, _ field: String?) {
        var m = MilestoneInput()
        m.title = title
        m.dueOn = due
        let period = CivilDate(iso: "2026-01-05")!...CivilDate(iso: "2026-06-30")!
        switch (InnovationRules.validate(m, period: period), field) {
        case (.success(let v), nil): #expect(v.dueOn.iso == due)
        case (.failure(let e), let field?): #expect(e[field] != nil, "\(e.messages)")
        case (let r, _): Issue.record("\(r)")
        }
    }

    @Test(arguments: [
        (InnovationStatus.berjalan, "Aplikasi dipakai di 12 kelurahan.", true, nil as String?),
        (.usulan, "Aplikasi dipakai di 12 kelurahan.", true, "state"),
        (.selesai, "Aplikasi dipakai di 12 kelurahan.", true, "state"),
        (.dibatalkan, "Aplikasi dipakai di 12 kelurahan.", true, "state"),
        (.berjalan, "Sudah", true, "outcome"),
        (.berjalan, "Aplikasi dipakai di 12 kelurahan.", false, "members"),
    ])
    func completion(_ status: InnovationStatus, _ outcome: String, _ withKetua: Bool, _ field: String?) {
        let team = withKetua ? Self.team : Self.team.filter { $0.role != .ketua }
        switch (InnovationRules.complete(status: status, outcome: "  " + outcome, team: team), field) {
        case (.success(let text), nil): #expect(text == outcome)
        case (.failure(let e), let field?): #expect(e[field] != nil, "\(e.messages)")
        case (let r, _): Issue.record("\(r)")
        }
    }

    @Test func membersAreCreditedMentorAndCoachAreNot() {
        let credits = InnovationRules.credits(team: Self.team, rule: .standard)
        #expect(credits.map(\.employeeID) == [Self.ketua, Self.anggota])
        #expect(credits.allSatisfy { $0.jp == JP(whole: 20) })
        #expect(InnovationRules.credits(team: Self.team, rule: InnovationJPRule(perMember: .zero)).isEmpty)
        let twice = Self.team + [TeamMember(employeeID: Self.anggota, role: .anggota)]
        #expect(InnovationRules.credits(team: twice, rule: .standard).count == 2)
    }

    @Test(arguments: [("20", 2000), ("12,5", 1250), ("0", 0), ("40", 4000), ("41", nil), ("-1", nil), ("dua", nil)])
    func theAgencySetting(_ text: String, _ hundredths: Int?) {
        let r = InnovationJPRule.make(perMember: text)
        #expect((try? r.get())?.perMember.hundredths == hundredths)
        if hundredths == nil, case .failure(let e) = r { #expect(e["innovation_jp"] != nil) }
    }

    @Test func theSettingIsStoredAsJSON() throws {
        let data = try JSONEncoder().encode(InnovationJPRule.standard)
        #expect(String(decoding: data, as: UTF8.self) == #"{"per_member":20}"#)
        #expect(try JSONDecoder().decode(InnovationJPRule.self, from: data) == .standard)
    }

    enum Who: String, CaseIterable {
        case admin, manager, otherManager, ketua, anggota, mentor, coach, colleague, stranger
    }

    static let agency = UUID()
    static func actor(_ who: Who) -> Actor {
        let other = UUID()
        switch who {
        case .admin: return Actor(userID: UUID(), roles: [.admin], agencyID: nil, employeeID: nil, unitPath: nil)
        case .manager: return Actor(userID: UUID(), roles: [.manager], agencyID: agency, employeeID: nil, unitPath: nil)
        case .otherManager:
            return Actor(userID: UUID(), roles: [.manager], agencyID: other, employeeID: nil, unitPath: nil)
        case .ketua, .anggota, .mentor, .coach:
            let id = [Who.ketua: ketua, .anggota: anggota, .mentor: mentor, .coach: coach][who]!
            return Actor(userID: UUID(), roles: [.employee], agencyID: agency, employeeID: id, unitPath: nil)
        case .colleague:
            return Actor(userID: UUID(), roles: [.employee], agencyID: agency, employeeID: UUID(), unitPath: nil)
        case .stranger:
            return Actor(userID: UUID(), roles: [.employee], agencyID: other, employeeID: ketua, unitPath: nil)
        }
    }

    // Columns: list, see, manage, complete, propose, choose mentor and coach.
    @Test(arguments: [
        (Who.admin, [true, true, true, true, true, true]), (.manager, [true, true, true, true, true, true]),
        (.otherManager, [false, false, false, false, false, false]), (.ketua, [true, true, true, false, true, false]),
        (.mentor, [true, true, true, true, true, false]), (.anggota, [true, true, false, false, true, false]),
        (.coach, [true, true, false, false, true, false]), (.colleague, [true, false, false, false, true, false]),
        (.stranger, [false, false, false, false, false, false]),
    ])
    func access(_ who: Who, _ expected: [Bool]) {
        let a = Self.actor(who)
        let p = InnovationFacts(agencyID: Self.agency, team: Self.team)
        let got = [
            AccessPolicy.canListInnovations(agency: Self.agency, a), AccessPolicy.canSeeInnovation(p, a),
            AccessPolicy.canManageInnovation(p, a), AccessPolicy.canCompleteInnovation(p, a),
            AccessPolicy.canProposeInnovation(agency: Self.agency, a), AccessPolicy.canAssignInnovationGuides(p, a),
        ]
        #expect(got == expected, "\(who)")
    }
}
