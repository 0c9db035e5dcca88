import Foundation
import Testing

@testable import AsahCore

@Suite("JP conversion table")
struct JPConversionTests {
    static let table = JPConversionTable.bpsDefault

    @Test func bpsDefaultIsValidAndComplete() throws {
        #expect(Self.table.validate() == [])
        #expect(Self.table.rules.map(\.code) == ["A1", "A2"] + (1...11).map { "B\($0)" } + (1...11).map { "C\($0)" })
        for code in JPConversionTable.requiredCodes { #expect(Self.table.rule(code: code) != nil) }
        #expect(JPConversionTable.requiredCodes.count == 22)
        #expect(Self.table.rule(code: " c3 ")?.activity == "E-Learning")
        #expect(Self.table.rule(code: "Z1") == nil)
        #expect(Self.table.rule(code: "B1")?.international == nil)
    }

    @Test(arguments: [
        ("A1", false, "1 semester = 20 JP"),
        ("B1", false, "Sesuai jam pelajaran (1 JP = 45 menit)"),
        ("B2", true, "Sesuai jam pelajaran (1 JP = 45 menit), ditambah 20%"),
        ("B6", false, "1 hari = 4 JP"), ("B6", true, "1 hari = 6 JP"),
        ("B7", false, "1 hari = 5 JP"), ("B7", true, "1 hari = 7 JP"), ("B11", true, "1 hari = 6 JP"),
        ("C1", false, "1 sesi = 2 JP, paling banyak 2 sesi per bulan"),
        ("C2", true, "1 hari = 4 JP, paling banyak 2 hari per bulan"),
        ("C3", false, "Sesuai jam pelajaran (1 JP = 45 menit), paling banyak 3 JP per hari"),
        ("C3", true, "Sesuai jam pelajaran (1 JP = 45 menit), paling banyak 4 JP per hari"),
        ("C5", false, "1 kali = 20 JP"), ("C5", true, "1 kali = 24 JP"),
        ("C7", false, "1 kali = 10 JP"), ("C7", true, "1 kali = 20 JP"),
        ("C9", true, "Sesuai jam pelajaran (1 JP = 45 menit), ditambah 20%, paling banyak 2 JP per hari"),
        ("C11", true, "1 kali = 24 JP"),
    ])
    func summaries(code: String, international: Bool, summary: String) {
        #expect(Self.table.rule(code: code)?.rate(international: international)?.summary == summary)
    }

    @Test func jsonRoundTripUsesReferenceKeys() throws {
        let data = try JSONEncoder().encode(Self.table)
        #expect(try JSONDecoder().decode(JPConversionTable.self, from: data) == Self.table)
        #expect(try JPConversionTable.decode(data).get() == Self.table)
        let rate = try JSONEncoder().encode(JPRate(per: .session, jp: JP(hundredths: 250), maxPerMonth: 2))
        let text = String(decoding: rate, as: UTF8.self)
        #expect(
            text.contains("\"max_per_month\":2") && text.contains("\"jp\":2.5") && text.contains("\"per\":\"session\""))
        #expect(!text.contains("max_jp") && !text.contains("uplift"))
        let e = try JSONDecoder().decode(JPRate.self, from: Data(#"{"per":"actual_jp","uplift_percent":20}"#.utf8))
        #expect(e == JPRate(per: .actualJP, upliftPercent: 20))
        #expect(JPUnit.allCases.map(\.rawValue) == ["actual_jp", "day", "session", "time", "semester"])
        #expect(JPUnit.day.label == "Per hari" && JPUnit.session.noun == "sesi")
    }

    /// The default table plus one row written as JSON.
    static func withExtraRow(_ row: String) throws -> Data {
        var text = String(decoding: try JSONEncoder().encode(table), as: UTF8.self)
        #expect(text.hasSuffix("]}"))
        text.removeLast(2)
        return Data((text + "," + row + "]}").utf8)
    }

    /// (extra row, field, message). The extra row is row 25.
    static let bad: [(String, String, String)] = [
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"week","jp":2}}"#, "domestic.per",
            "Baris X1 (Uji): kolom Nasional, satuan \"week\" tidak dikenal (pilihan: actual_jp, day, session, time, semester)."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"jp":2}}"#, "domestic.per",
            "Baris X1 (Uji): kolom Nasional, satuan wajib diisi."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"day","jp":-1}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, JP per hari tidak boleh negatif."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"day","jp":1.255}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, JP per hari paling banyak dua angka di belakang koma."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"day","jp":1001}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, JP per hari paling besar 1.000."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"day","max_jp":-2}}"#, "domestic.max_jp",
            "Baris X1 (Uji): kolom Nasional, batas JP per hari tidak boleh negatif."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"session"}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, JP per sesi wajib diisi."
        ),
        (
            #"{"code":"X1","activity":"Uji","international":{"per":"time"}}"#, "international.jp",
            "Baris X1 (Uji): kolom Internasional, JP per kali wajib diisi."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"semester"}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, JP per semester wajib diisi."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"day"}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, isi JP per hari atau batas JP per hari."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"actual_jp","jp":2}}"#, "domestic.jp",
            "Baris X1 (Uji): kolom Nasional, kosongkan JP karena satuan sesuai jam pelajaran menghitung JP dari lama belajar."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"session","jp":2,"max_per_month":0}}"#,
            "domestic.max_per_month",
            "Baris X1 (Uji): kolom Nasional, batas per bulan harus bilangan bulat 1 sampai 100."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"session","jp":2,"max_per_month":1.5}}"#,
            "domestic.max_per_month",
            "Baris X1 (Uji): kolom Nasional, batas per bulan harus bilangan bulat 1 sampai 100."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"actual_jp","uplift_percent":-5}}"#,
            "domestic.uplift_percent",
            "Baris X1 (Uji): kolom Nasional, tambahan persen harus bilangan bulat 0 sampai 100."
        ),
        (
            #"{"code":"X1","activity":"Uji","domestic":{"per":"actual_jp","uplift_percent":150}}"#,
            "domestic.uplift_percent",
            "Baris X1 (Uji): kolom Nasional, tambahan persen harus bilangan bulat 0 sampai 100."
        ),
        (
            #"{"code":"c3","activity":"Uji","domestic":{"per":"day","jp":2}}"#, "code",
            "Baris C3 (Uji): kode C3 sudah dipakai di baris ke-16."
        ),
        (#"{"code":" ","activity":"Uji","domestic":{"per":"day","jp":2}}"#, "code", "Baris ke-25: kode wajib diisi."),
        (#"{"activity":"Uji","domestic":{"per":"day","jp":2}}"#, "code", "Baris ke-25: kode wajib diisi."),
        (
            #"{"code":"X-1","activity":"Uji","domestic":{"per":"day","jp":2}}"#, "code",
            "Baris X-1 (Uji): kode hanya huruf dan angka, paling panjang 10."
        ),
        (
            #"{"code":"X1","activity":"","domestic":{"per":"day","jp":2}}"#, "activity",
            "Baris X1: nama kegiatan wajib diisi."
        ),
        (
            #"{"code":"X1","activity":"Uji"}"#, "domestic",
            "Baris X1 (Uji): isi paling sedikit satu kolom, Nasional atau Internasional."
        ),
    ]

    @Test(arguments: bad)
    func refusesBadRows(row: String, field: String, message: String) throws {
        let result = JPConversionTable.decode(try Self.withExtraRow(row))
        guard case .failure(let errors) = result else {
            Issue.record("accepted \(row)")
            return
        }
        #expect(errors.issues == [JPConversionIssue(row: 25, field: field, message: message)])
    }

    @Test func acceptsAndCleansAGoodExtraRow() throws {
        let row = #"{"code":" x1 ","activity":" Uji coba ","domestic":{"per":"session","jp":1.5,"max_per_month":3}}"#
        let table = try JPConversionTable.decode(try Self.withExtraRow(row)).get()
        #expect(
            table.rules.last
                == JPConversionRule(
                    code: "X1", activity: "Uji coba",
                    domestic: JPRate(per: .session, jp: JP(hundredths: 150), maxPerMonth: 3),
                    international: nil))
    }

    @Test(arguments: ["not json", #"{"rules":[{"code":"X","domestic":{"per":"day","jp":"empat"}}]}"#, "[]", "{}"])
    func unreadableJSON(text: String) {
        guard case .failure(let errors) = JPConversionTable.decode(Data(text.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.issues.count == 1 && errors.issues[0].row == 0 && errors.issues[0].field == "rules")
        #expect(errors.issues[0].message.hasPrefix("Tabel konversi JP tidak dapat dibaca"))
    }

    @Test func requiredRowsStay() throws {
        var table = Self.table
        table.rules.removeAll { $0.code == "B3" || $0.code == "A1" }
        #expect(
            table.validate() == [
                JPConversionIssue(
                    row: 0, field: "rules",
                    message: "Baris B3 tidak boleh dihapus karena dipakai oleh jenis diklat Diklat Teknis, "
                        + "Pengembangan Kompetensi dalam Bentuk Pelatihan Klasikal Lainnya.")
            ])
        var noDomestic = Self.table
        let index = try #require(noDomestic.rules.firstIndex { $0.code == "C3" })
        noDomestic.rules[index].domestic = nil
        #expect(
            noDomestic.validate() == [
                JPConversionIssue(
                    row: 16, field: "domestic",
                    message: "Baris C3: kolom Nasional wajib diisi karena dipakai oleh jenis diklat E-Learning.")
            ])
        // A1 and A2 (pendidikan) are not jenis diklat: they may go.
        var noA = Self.table
        noA.rules.removeFirst(2)
        #expect(noA.validate() == [])
    }

    @Test func typedTablesAreCheckedToo() {
        var table = Self.table
        table.rules[7].domestic?.jp = JP(hundredths: -100)
        table.rules[13].domestic?.maxPerMonth = 0
        #expect(table.validate().map(\.field) == ["domestic.jp", "domestic.max_per_month"])
        #expect(table.validate().map(\.row) == [8, 14])
    }
}
