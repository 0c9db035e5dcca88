import Foundation
import Testing

@testable import AsahCore

@Suite("Learning activity input")
struct ActivityRulesTests {
    static let known: Set<String> = ["M.01", "M.05", "T.HUB.01"]

    static func valid() -> ActivityInput {
        var a = ActivityInput()
        a.title = "  Pelayanan Publik Prima  "
        a.jenisDiklatID = "3"
        a.place = "Aula BKPSDM"
        a.capacity = "30"
        a.costPerParticipant = "250.000"
        a.sessions = [
            SessionInput(date: "2026-03-05", startsAt: "13:00", endsAt: "16:00"),
            SessionInput(date: "2026-03-04", startsAt: "08:00", endsAt: "12:30"),
        ]
        a.competencies = [(code: "m.05", level: "3"), (code: "T.HUB.01", level: "2")]
        return a
    }

    @Test func aValidActivityIsCheckedAndItsJPComputed() throws {
        let v = try ActivityRules.validate(Self.valid(), knownCompetencies: Self.known).get()
        #expect(v.title == "Pelayanan Publik Prima")
        #expect(v.sessions.map(\.date.iso) == ["2026-03-04", "2026-03-05"], "sorted by date")
        #expect(v.totalMinutes == 270 + 180)
        #expect(v.jp == JP(hundredths: 1000), "450 minutes of Diklat Teknis = 10 JP")
        #expect(v.costPerParticipant == 250_000)
        #expect(v.capacity == 30)
        #expect(v.competencies.map(\.code) == ["M.05", "T.HUB.01"])
        #expect(v.year == 2026)
        #expect(v.completion == CompletionRule.standard)
    }

    @Test func aSeminarCountsPerDay() throws {
        var a = Self.valid()
        a.jenisDiklatID = "9"  // Seminar: 1 day = 4 JP
        let v = try ActivityRules.validate(a, knownCompetencies: Self.known).get()
        #expect(v.jp == JP(whole: 8))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let edit: @Sendable (inout ActivityInput) -> Void
        let field: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no title", edit: { $0.title = " " }, field: "title"),
        Case(name: "unknown jenis", edit: { $0.jenisDiklatID = "26" }, field: "jenis_diklat_id"),
        Case(name: "partner without name", edit: { $0.providerKind = "partner" }, field: "partner_name"),
        Case(
            name: "partner of unknown kind",
            edit: {
                $0.providerKind = "partner"
                $0.partnerName = "Universitas Sumatera Utara"
                $0.partnerKind = "kampus"
            }, field: "partner_kind"),
        Case(name: "face to face without place", edit: { $0.place = "" }, field: "place"),
        Case(name: "capacity zero", edit: { $0.capacity = "0" }, field: "capacity"),
        Case(name: "capacity text", edit: { $0.capacity = "tiga puluh" }, field: "capacity"),
        Case(name: "negative cost", edit: { $0.fixedCost = "-5" }, field: "fixed_cost"),
        Case(name: "attendance over 100", edit: { $0.minAttendancePercent = "120" }, field: "min_attendance_percent"),
        Case(name: "passing score text", edit: { $0.postTestPassingScore = "lulus" }, field: "post_test_passing_score"),
        Case(name: "no sessions", edit: { $0.sessions = [] }, field: "sessions"),
        Case(name: "bad date", edit: { $0.sessions[1].date = "04-03-2026" }, field: "sessions.2.date"),
        Case(name: "bad time", edit: { $0.sessions[0].startsAt = "25:00" }, field: "sessions.1.starts_at"),
        Case(name: "end before start", edit: { $0.sessions[0].endsAt = "12:00" }, field: "sessions.1.ends_at"),
        Case(
            name: "two years", edit: { $0.sessions[0].date = "2027-01-02" }, field: "sessions"),
        Case(name: "unknown competency", edit: { $0.competencies[0].code = "X.99" }, field: "competencies.1.code"),
        Case(name: "repeated competency", edit: { $0.competencies[1].code = "M.05" }, field: "competencies.2.code"),
        Case(name: "level 6", edit: { $0.competencies[1].level = "6" }, field: "competencies.2.level"),
    ]

    @Test func aPartnerKeepsItsKindAndOthersHaveNone() throws {
        var a = Self.valid()
        a.providerKind = "partner"
        a.partnerName = "Universitas Sumatera Utara"
        a.partnerKind = "perguruan_tinggi"
        #expect(try ActivityRules.validate(a, knownCompetencies: Self.known).get().partnerKind == .university)
        a.providerKind = "bpsdm"
        let bpsdm = try ActivityRules.validate(a, knownCompetencies: Self.known).get()
        #expect(bpsdm.partnerKind == nil && bpsdm.partnerName == nil)
    }

    @Test(arguments: cases)
    func badInputNamesItsField(_ c: Case) {
        var a = Self.valid()
        c.edit(&a)
        guard case .failure(let errors) = ActivityRules.validate(a, knownCompetencies: Self.known) else {
            Issue.record("accepted")
            return
        }
        #expect(errors[c.field] != nil, "\(errors.messages)")
    }

    @Test(
        arguments: [("08:00", 480), ("8.30", 510), ("23:59", 1439), ("24:00", nil), ("8:0", nil), ("08", nil)]
            as [(String, Int?)])
    func clockTimes(_ text: String, _ minutes: Int?) {
        #expect(ActivityRules.minutes(text) == minutes)
    }

    @Test func costs() {
        #expect(ActivityRules.cost(perParticipant: 250_000, fixed: 5_000_000, participants: 30) == 12_500_000)
    }
}
