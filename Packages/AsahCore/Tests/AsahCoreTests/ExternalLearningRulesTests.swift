import Testing

@testable import AsahCore

@Suite("External learning records")
struct ExternalLearningRulesTests {
    static let today = CivilDate(year: 2026, month: 11, day: 28)!

    static func input(_ jenis: Int, _ start: String, _ end: String, jp: String = "") -> ExternalLearningInput {
        var i = ExternalLearningInput()
        i.title = "Pelatihan Analisis Data"
        i.provider = "Universitas Sumatera Utara"
        i.jenisDiklatID = String(jenis)
        i.startedOn = start
        i.finishedOn = end
        i.jp = jp
        return i
    }

    @Test(arguments: [
        (3, "2026-10-01", "2026-10-04", "32", 3200),  // Diklat Teknis: the JP on the certificate
        (3, "2026-10-01", "2026-10-01", "2,5", 250),
        (9, "2026-10-01", "2026-10-02", "", 800),  // Seminar: 2 days × 4 JP
        (4, "2026-10-01", "2026-10-03", "", 1500),  // Workshop: 3 days × 5 JP
        (20, "2026-10-01", "2026-10-05", "", 1000),  // Patok banding: once, 10 JP
        (18, "2026-01-05", "2026-03-31", "", 2000),  // Detasering: once, 20 JP
    ])
    func jpFollowsTheAgencysTable(_ jenis: Int, _ start: String, _ end: String, _ jp: String, _ hundredths: Int) throws
    {
        let v = try ExternalLearningRules.validate(Self.input(jenis, start, end, jp: jp), today: Self.today).get()
        #expect(v.jp == JP(hundredths: hundredths))
    }

    @Test(arguments: [
        (input(3, "2026-10-01", "2026-10-04"), "jp"),
        (input(3, "2026-10-04", "2026-10-01", jp: "8"), "finished_on"),
        (input(3, "2026-12-01", "2026-12-02", jp: "8"), "finished_on"),
        (input(3, "2026-13-01", "2026-12-02", jp: "8"), "started_on"),
        (input(3, "2026-10-01", "2026-10-02", jp: "-3"), "jp"),
        (input(30, "2026-10-01", "2026-10-02", jp: "8"), "jenis_diklat_id"),
        (input(3, "2024-10-01", "2026-10-02", jp: "8"), "started_on"),
    ])
    func mistakesNameTheirField(_ input: ExternalLearningInput, _ field: String) {
        guard case .failure(let e) = ExternalLearningRules.validate(input, today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(e[field] != nil, "\(e.messages)")
    }

    @Test(arguments: [
        ("2026-01-01", "2026-01-01", 1), ("2026-02-27", "2026-03-01", 3), ("2024-02-28", "2024-03-01", 3),
        ("2025-12-31", "2026-01-01", 2),
    ])
    func daySpans(_ a: String, _ b: String, _ days: Int) {
        #expect(CivilDate(iso: a)!.daysThrough(CivilDate(iso: b)!) == days)
    }

    @Test(
        arguments: [
            (true, nil, true), (false, "  ", false), (false, nil, false), (false, "Sertifikat tidak terbaca", true),
        ]
            as [(Bool, String?, Bool)])
    func decisions(_ accept: Bool, _ reason: String?, _ ok: Bool) {
        let result = ExternalLearningRules.decision(accept: accept, reason: reason)
        if case .success = result { #expect(ok) } else { #expect(!ok) }
    }

    @Test func dayNumberOfTheEpochIsZero() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
    }
}
