import Foundation
import Testing

@testable import AsahCore

/// Row-level rules: every issue is reported with the right column; valid variants pass.
struct SiasnRowValidationTests {
    @Test(arguments: [
        (["NIP BARU": ""], "NIP BARU", "NIP wajib diisi"),
        (["NIP BARU": "null"], "NIP BARU", "NIP wajib diisi"),
        (["NIP BARU": "19660801198803100"], "NIP BARU", "NIP harus 18 digit (tertulis 17)"),
        (["NIP BARU": "1966080119880310O1"], "NIP BARU", "NIP hanya boleh berisi angka"),
        (["NIP BARU": "196608011988033001"], "NIP BARU", "Digit ke-15 NIP"),
        (["NIP BARU": "196608011983071001"], "NIP BARU", "usia 17 tahun"),
        (["NIP BARU": "196608012025211001"], "NIP BARU", "Jika pegawai ini PPPK, isi KEDUDUKAN HUKUM ID"),
        (["NAMA": ""], "NAMA", "Nama wajib diisi."),
        (["NAMA": "NULL"], "NAMA", "Nama wajib diisi."),
        (["TANGGAL LAHIR": "02-08-1966"], "TANGGAL LAHIR", "tidak sama dengan tanggal lahir pada NIP (1 Agustus 1966)"),
        (["TANGGAL LAHIR": "31-02-1966"], "TANGGAL LAHIR", "tidak dapat dibaca"),
        (["TANGGAL LAHIR": "kemarin"], "TANGGAL LAHIR", "tidak dapat dibaca"),
        (["JENIS KELAMIN": "F"], "JENIS KELAMIN", "Jenis kelamin Perempuan tidak sesuai dengan digit ke-15 NIP"),
        (["JENIS KELAMIN": "X"], "JENIS KELAMIN", "tidak dikenal"),
        (["GOL AKHIR NAMA": "III/f"], "GOL AKHIR NAMA", "Golongan \"III/f\" tidak dikenal"),
        (["GOL AKHIR NAMA": "IX"], "GOL AKHIR NAMA", "tidak dikenal"),
        (["GOL AKHIR NAMA": "", "GOL AKHIR ID": "35"], "GOL AKHIR ID", "Golongan \"35\" tidak dikenal"),
        (["KEDUDUKAN HUKUM ID": "71", "GOL AKHIR NAMA": "XVIII"], "GOL AKHIR NAMA", "Golongan PPPK \"XVIII\""),
    ])
    func singleIssue(overrides: [String: String], column: String, message: String) {
        let result = SiasnFixture.parse([overrides])
        #expect(result.records.isEmpty)
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.row == 2)
        #expect(result.issues.first?.column == column)
        #expect(result.issues.first?.message.contains(message) == true, "\(result.issues)")
    }

    @Test func everyIssueOfARowIsReported() {
        let result = SiasnFixture.parse([
            [
                "NAMA": "", "TANGGAL LAHIR": "x", "JENIS KELAMIN": "?", "GOL AKHIR NAMA": "V/a",
                "NIP BARU": "12",
            ]
        ])
        #expect(
            result.issues.map(\.column) == ["NIP BARU", "NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "GOL AKHIR NAMA"])
        #expect(result.records.isEmpty)
    }

    @Test func duplicateNIPNamesTheFirstRow() {
        let result = SiasnFixture.parse([
            [:], ["NIP BARU": "199001152015032002", "JENIS KELAMIN": "F", "TANGGAL LAHIR": "15-01-1990"],
            ["NIP BARU": "19660801 198803 1 001", "NAMA": "Budi Lagi"],
        ])
        #expect(result.records.map(\.row) == [2, 3])
        #expect(
            result.issues == [
                ImportIssue(
                    row: 4, column: "NIP BARU",
                    message: "NIP 19660801 198803 1 001 sudah ada di baris 2; setiap pegawai hanya boleh muncul sekali."
                )
            ])
    }

    @Test(arguments: [
        ([String: String](), EmployeeStatus.pns, "III/a"),
        (["STATUS CPNS PNS": "C"], .cpns, "III/a"),
        (["STATUS CPNS PNS": "c"], .cpns, "III/a"),
        (["KEDUDUKAN HUKUM ID": "71", "GOL AKHIR NAMA": "IX"], .pppk, "IX"),
        (["KEDUDUKAN HUKUM ID": "'72", "GOL AKHIR NAMA": "ix"], .pppk, "IX"),
        (["KEDUDUKAN HUKUM ID": "73", "GOL AKHIR NAMA": "9"], .pppk, "IX"),
        (["KEDUDUKAN HUKUM ID": "71", "GOL AKHIR NAMA": "III/a"], .pppk, "IX"),
        (["KEDUDUKAN HUKUM ID": "71", "GOL AKHIR NAMA": "", "GOL AKHIR ID": "31"], .pppk, "IX"),
        (["KEDUDUKAN HUKUM ID": "", "KEDUDUKAN HUKUM NAMA": "PPPK Aktif", "GOL AKHIR NAMA": "V"], .pppk, "V"),
        (["GOL AKHIR NAMA": "", "GOL AKHIR ID": "'45"], .pns, "IV/e"),
        (["GOL AKHIR NAMA": "null", "GOL AKHIR ID": "42"], .pns, "IV/b"),
        (["GOL AKHIR NAMA": "iv / C"], .pns, "IV/c"),
    ])
    func statusAndGolongan(overrides: [String: String], status: EmployeeStatus, golongan: String) throws {
        let result = SiasnFixture.parse([overrides])
        #expect(result.issues == [])
        let r = try #require(result.records.first)
        #expect(r.status == status)
        #expect(r.golongan?.name == golongan)
        #expect(r.golongan?.isPPPK == (status == .pppk))
    }

    @Test func missingGolonganIsAllowed() throws {
        let result = SiasnFixture.parse([["GOL AKHIR NAMA": "", "GOL AKHIR ID": "null"]])
        #expect(result.issues == [])
        #expect(try #require(result.records.first).golongan == nil)
    }

    @Test(arguments: [
        ["TANGGAL LAHIR": ""], ["TANGGAL LAHIR": "01/08/1966"], ["TANGGAL LAHIR": "1966-08-01"],
        ["TANGGAL LAHIR": "1-8-1966"], ["TANGGAL LAHIR": "'01-08-1966"], ["TANGGAL LAHIR": "24320"],
        ["JENIS KELAMIN": ""], ["JENIS KELAMIN": "m"], ["JENIS KELAMIN": "L"], ["JENIS KELAMIN": "Pria"],
        ["JENIS KELAMIN": "Laki-laki"], ["JENIS KELAMIN": "1"], ["JENIS KELAMIN": "null"],
        ["NIP BARU": "19660801.198803.1.001"], ["NIP BARU": " '19660801 198803 1 001 "],
    ])
    func acceptedVariants(overrides: [String: String]) throws {
        let result = SiasnFixture.parse([overrides])
        #expect(result.issues == [])
        let r = try #require(result.records.first)
        #expect(r.birthDate == CivilDate(year: 1966, month: 8, day: 1))
        #expect(r.gender == .male)
        #expect(r.nip.digits == "196608011988031001")
    }

    static let titleCases: [([String: String], String, String?, String?)] = [
        (["NAMA": "  Budi   Santoso\t "], "Budi Santoso", "Drs.", "M.Si"),
        (["GELAR DEPAN": "", "GELAR BELAKANG": ", S.Kom, M.T."], "Budi Santoso", nil, "S.Kom, M.T."),
        (["GELAR DEPAN": "null", "GELAR BELAKANG": "S.E."], "Budi Santoso", nil, "S.E."),
        (["GELAR DEPAN": "Dr. dr.", "GELAR BELAKANG": ","], "Budi Santoso", "Dr. dr.", nil),
        (["NAMA": "Budi \"Ucok\" Santoso"], "Budi \"Ucok\" Santoso", "Drs.", "M.Si"),
        (["NAMA": "Ma'ruf"], "Ma'ruf", "Drs.", "M.Si"),
    ]

    @Test(arguments: titleCases)
    func namesAndTitles(overrides: [String: String], name: String, depan: String?, belakang: String?) throws {
        let r = try #require(SiasnFixture.parse([overrides]).records.first)
        #expect(r.name == name)
        #expect(r.gelarDepan == depan)
        #expect(r.gelarBelakang == belakang)
    }

    static let emailCases: [([String: String], String?)] = [
        (["EMAIL": "Budi.Santoso@Gmail.com"], "budi.santoso@gmail.com"),
        (["EMAIL": "nama@gmail@gmail.com"], nil),
        (["EMAIL": "a@b.go.id, c@d.go.id"], nil),
        (["EMAIL": "null"], nil),
        (["EMAIL": "", "EMAIL GOV": "budi@medan.go.id"], "budi@medan.go.id"),
        (["EMAIL": "salah", "EMAIL GOV": "budi@medan.go.id"], "budi@medan.go.id"),
    ]

    @Test(arguments: emailCases)
    func email(overrides: [String: String], expected: String?) throws {
        let result = SiasnFixture.parse([overrides])
        #expect(result.issues == [])
        #expect(try #require(result.records.first).email == expected)
    }
}
