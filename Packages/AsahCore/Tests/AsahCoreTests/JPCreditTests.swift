import Testing

@testable import AsahCore

@Suite("JP credit of a piece of learning")
struct JPCreditTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: JPCreditInput
        enum Expected: Sendable {
            case credit(hundredths: Int, units: Int, code: String)
            /// The form field of the error.
            case error(String)
        }
        let expected: Expected
        var testDescription: String { name }

        init(_ name: String, _ input: JPCreditInput, _ hundredths: Int, units: Int = 1, code: String) {
            self.name = name
            self.input = input
            expected = .credit(hundredths: hundredths, units: units, code: code)
        }

        init(_ name: String, _ input: JPCreditInput, error field: String) {
            self.name = name
            self.input = input
            expected = .error(field)
        }
    }

    static let cases: [Case] = [
        // Actual JP: minutes ÷ 45, once for the whole activity.
        Case("teknis 90 min", JPCreditInput(jenisDiklatID: 3, minutes: 90), 200, code: "B3"),
        Case("teknis 60 min", JPCreditInput(jenisDiklatID: 3, minutes: 60), 133, code: "B3"),
        Case("teknis 3 days of 6 JP", JPCreditInput(jenisDiklatID: 3, minutes: 3 * 270), 1800, code: "B3"),
        Case(
            "teknis international +20%", JPCreditInput(jenisDiklatID: 3, minutes: 90, international: true), 240,
            code: "B3"),
        Case(
            "uplift rounds half up", JPCreditInput(jenisDiklatID: 3, minutes: 60, international: true), 160, code: "B3"),
        Case("klasikal lainnya like teknis", JPCreditInput(jenisDiklatID: 13, minutes: 45), 100, code: "B3"),
        Case("nonklasikal lainnya by actual JP", JPCreditInput(jenisDiklatID: 25, minutes: 135), 300, code: "C4"),
        Case(
            "struktural has no international", JPCreditInput(jenisDiklatID: 1, minutes: 90, international: true),
            error: "international"),
        Case("no minutes", JPCreditInput(jenisDiklatID: 1), error: "minutes"),
        Case("negative minutes", JPCreditInput(jenisDiklatID: 1, minutes: -45), error: "minutes"),
        Case(
            "minutes over a year", JPCreditInput(jenisDiklatID: 1, minutes: JPCredit.maxMinutes + 1), error: "minutes"),
        Case("a year of minutes", JPCreditInput(jenisDiklatID: 1, minutes: JPCredit.maxMinutes), 1_171_200, code: "B1"),
        // Fixed JP a day.
        Case("seminar 2 days", JPCreditInput(jenisDiklatID: 9, days: 2), 800, units: 2, code: "B6"),
        Case(
            "seminar 2 days international", JPCreditInput(jenisDiklatID: 9, days: 2, international: true), 1200,
            units: 2, code: "B6"),
        Case(
            "seminar minutes ignored", JPCreditInput(jenisDiklatID: 9, minutes: 600, days: 1), 400, units: 1, code: "B6"
        ),
        Case("seminar without days", JPCreditInput(jenisDiklatID: 9, minutes: 600), error: "days"),
        Case("workshop 3 days", JPCreditInput(jenisDiklatID: 4, days: 3), 1500, units: 3, code: "B7"),
        Case(
            "workshop international", JPCreditInput(jenisDiklatID: 4, days: 3, international: true), 2100, units: 3,
            code: "B7"),
        Case("sosialisasi 1 day", JPCreditInput(jenisDiklatID: 7, days: 1), 400, units: 1, code: "B11"),
        Case("367 days", JPCreditInput(jenisDiklatID: 7, days: 367), error: "days"),
        // Sessions.
        Case("coaching 3 sessions", JPCreditInput(jenisDiklatID: 14, sessions: 3), 600, units: 3, code: "C1"),
        Case("mentoring 1 session", JPCreditInput(jenisDiklatID: 15, sessions: 1), 200, units: 1, code: "C2"),
        Case(
            "bimbingan di tempat kerja like mentoring", JPCreditInput(jenisDiklatID: 24, sessions: 2), 400, units: 2,
            code: "C2"),
        Case(
            "coaching international counts days", JPCreditInput(jenisDiklatID: 14, days: 1, international: true), 400,
            units: 1, code: "C1"),
        Case("coaching without sessions", JPCreditInput(jenisDiklatID: 14, minutes: 90), error: "sessions"),
        // Day-capped actual time.
        Case("e-learning 100 min", JPCreditInput(jenisDiklatID: 16, minutes: 100, days: 1), 222, units: 1, code: "C3"),
        Case(
            "e-learning capped at 3", JPCreditInput(jenisDiklatID: 16, minutes: 200, days: 1), 300, units: 1, code: "C3"
        ),
        Case(
            "e-learning exactly 3", JPCreditInput(jenisDiklatID: 16, minutes: 135, days: 1), 300, units: 1, code: "C3"),
        Case(
            "e-learning 2 days capped at 6", JPCreditInput(jenisDiklatID: 16, minutes: 400, days: 2), 600, units: 2,
            code: "C3"),
        Case(
            "e-learning international capped at 4",
            JPCreditInput(jenisDiklatID: 16, minutes: 200, days: 1, international: true), 400, units: 1, code: "C3"),
        Case("e-learning needs minutes", JPCreditInput(jenisDiklatID: 16, days: 1), error: "minutes"),
        Case("e-learning needs a day", JPCreditInput(jenisDiklatID: 16, minutes: 60), error: "days"),
        Case(
            "belajar mandiri capped at 2", JPCreditInput(jenisDiklatID: 22, minutes: 120, days: 1), 200, units: 1,
            code: "C9"),
        Case(
            "belajar mandiri international uplift then cap",
            JPCreditInput(jenisDiklatID: 22, minutes: 90, days: 1, international: true), 200, units: 1, code: "C9"),
        Case(
            "belajar mandiri international under the cap",
            JPCreditInput(jenisDiklatID: 22, minutes: 60, days: 1, international: true), 160, units: 1, code: "C9"),
        Case("komunitas belajar", JPCreditInput(jenisDiklatID: 23, minutes: 45, days: 1), 100, units: 1, code: "C10"),
        // Times.
        Case("detasering", JPCreditInput(jenisDiklatID: 18), 2000, code: "C5"),
        Case("detasering international", JPCreditInput(jenisDiklatID: 18, international: true), 2400, code: "C5"),
        Case("detasering twice", JPCreditInput(jenisDiklatID: 18, times: 2), 4000, units: 2, code: "C5"),
        Case("detasering zero times", JPCreditInput(jenisDiklatID: 18, times: 0), error: "times"),
        Case("patok banding", JPCreditInput(jenisDiklatID: 20), 1000, code: "C7"),
        Case("patok banding international", JPCreditInput(jenisDiklatID: 20, international: true), 2000, code: "C7"),
        Case("pertukaran", JPCreditInput(jenisDiklatID: 21), 2000, code: "C8"),
        Case("magang", JPCreditInput(jenisDiklatID: 10), 2000, code: "C11"),
        // Semesters through another row of the table.
        Case("tugas belajar", JPCreditInput(jenisDiklatID: 3, conversionCode: "A1", semesters: 1), 2000, code: "A1"),
        Case(
            "izin belajar lower-case code", JPCreditInput(jenisDiklatID: 3, conversionCode: " a2", semesters: 2), 4000,
            units: 2, code: "A2"),
        Case(
            "tugas belajar without semesters", JPCreditInput(jenisDiklatID: 3, conversionCode: "A1"), error: "semesters"
        ),
        Case(
            "unknown code", JPCreditInput(jenisDiklatID: 3, conversionCode: "Z9", minutes: 90), error: "conversion_code"
        ),
        Case("unknown jenis 0", JPCreditInput(jenisDiklatID: 0, minutes: 90), error: "jenis_diklat"),
        Case("unknown jenis 26", JPCreditInput(jenisDiklatID: 26, minutes: 90), error: "jenis_diklat"),
    ]

    @Test(arguments: cases)
    func compute(c: Case) {
        let result = JPCredit.compute(c.input, table: .bpsDefault)
        switch (result, c.expected) {
        case (.success(let credit), .credit(let hundredths, let units, let code)):
            #expect(credit.jp.hundredths == hundredths && credit.units == units && credit.conversionCode == code)
            #expect(
                credit.rate == JPConversionTable.bpsDefault.rule(code: code)?.rate(international: c.input.international)
            )
        case (.failure(let errors), .error(let field)):
            #expect(errors.messages.keys.sorted() == [field])
            #expect(errors[field]?.isEmpty == false)
        default:
            Issue.record("\(c.name): got \(result)")
        }
    }

    @Test func messagesNameTheProblem() {
        let intl = JPCredit.compute(
            JPCreditInput(jenisDiklatID: 1, minutes: 90, international: true), table: .bpsDefault)
        #expect(
            intl
                == .failure(
                    FieldErrors([
                        "international":
                            "Pelatihan Struktural Kepemimpinan tidak memiliki aturan konversi internasional."
                    ])))
        let days = JPCredit.compute(JPCreditInput(jenisDiklatID: 9), table: .bpsDefault)
        #expect(days == .failure(FieldErrors(["days": "Isi jumlah hari 1 sampai 366."])))
        let minutes = JPCredit.compute(JPCreditInput(jenisDiklatID: 3), table: .bpsDefault)
        #expect(minutes == .failure(FieldErrors(["minutes": "Isi lama belajar dalam menit, 1 sampai 527.040."])))
        var table = JPConversionTable.bpsDefault
        table.rules.removeAll { $0.code == "B3" }
        let missing = JPCredit.compute(JPCreditInput(jenisDiklatID: 3, minutes: 90), table: table)
        #expect(
            missing
                == .failure(
                    FieldErrors(["jenis_diklat": "Aturan konversi JP B3 tidak ada di tabel konversi instansi."])))
    }

    @Test func editedTablesCount() throws {
        var table = JPConversionTable.bpsDefault
        let c2 = try #require(table.rules.firstIndex { $0.code == "C2" })
        table.rules[c2].domestic = JPRate(per: .session, jp: JP(hundredths: 150), maxPerMonth: 4)
        let credit = try JPCredit.compute(JPCreditInput(jenisDiklatID: 15, sessions: 3), table: table).get()
        #expect(credit.jp == JP(hundredths: 450) && credit.units == 3)
        let date = CivilDate(year: 2026, month: 3, day: 5)!
        #expect(
            credit.proposal(on: date)
                == LedgerEntryFact(date: date, conversionCode: "C2", jp: JP(hundredths: 450), units: 3))
    }
}
