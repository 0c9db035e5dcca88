import AsahCore
import Foundation
import Testing

@testable import AsahFormats

/// File-level behaviour: delimiters, encoding, quoting, headers, row numbers.
struct SiasnImportFormatTests {
    @Test func fullRecordFromPipeFile() throws {
        let result = SiasnFixture.parse([[:]])
        #expect(result.issues == [])
        #expect(result.delimiter == "|")
        let r = try #require(result.records.first)
        #expect(r.row == 2)
        #expect(r.nip.digits == "196608011988031001")
        #expect(r.name == "Budi Santoso")
        #expect(r.gelarDepan == "Drs.")
        #expect(r.gelarBelakang == "M.Si")
        #expect(r.birthDate == CivilDate(year: 1966, month: 8, day: 1))
        #expect(r.gender == .male)
        #expect(r.status == .pns)
        #expect(r.golongan == GolonganTable.pns(id: 31))
        #expect(r.positionName == "Kepala Sub Bagian Umum")
        #expect(r.positionKind == .pengawas)
        #expect(r.jenjang == nil)
        #expect(r.unitPath == ["DINAS PERHUBUNGAN", "SUB BAGIAN UMUM"])
        #expect(r.email == "budi.santoso@gmail.com")
        #expect(r.phone == "081260001234")
    }

    @Test(arguments: [("|", "|"), (";", ";"), (",", ","), ("\t", "\t")])
    func delimiters(delimiter: String, expected: Character) throws {
        let rows: [[String: String]] = [
            [:],
            [
                "NIP BARU": "199001152015032002", "NAMA": "Siti Aminah",
                "JENIS KELAMIN": "F", "TANGGAL LAHIR": "15-01-1990", "GELAR BELAKANG": "",
            ],
        ]
        let result = SiasnFixture.parse(rows, delimiter: delimiter)
        #expect(result.delimiter == expected)
        #expect(result.issues == [])
        #expect(result.records.map(\.name) == ["Budi Santoso", "Siti Aminah"])
        #expect(result.records.map(\.row) == [2, 3])
    }

    @Test(arguments: [
        ("PNS ID|NIP BARU|NAMA", Character("|")), ("PNS ID;NIP BARU;NAMA", ";"), ("PNS ID,NIP BARU,NAMA", ","),
        ("PNS ID\tNIP BARU\tNAMA", "\t"), ("NAMA", "|"), ("A;B;C|D", ";"), ("A|B;C", "|"), ("A,B;C,D", ","),
    ])
    func detectDelimiter(line: String, expected: Character) {
        #expect(SiasnImport.detectDelimiter(headerLine: line) == expected)
    }

    @Test func bomCRLFAndBlankLinesKeepPhysicalRowNumbers() {
        let header = SiasnFixture.columns.joined(separator: "|")
        let row = { (o: [String: String]) in SiasnFixture.row(o).joined(separator: "|") }
        let text =
            "\u{FEFF}" + header + "\r\n\r\n" + row([:]) + "\r\n   \r\n"
            + row(["NIP BARU": "199001152015032002", "JENIS KELAMIN": "F", "TANGGAL LAHIR": ""]) + "\r\n"
            + String(repeating: "|", count: 67) + "\r\n" + row(["NIP BARU": "123"])
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.records.map(\.row) == [3, 5])
        #expect(result.records.last?.phone == "081260001234")
        #expect(result.issues.map(\.row) == [7])
    }

    @Test func quotedFieldsWithComma() throws {
        let header = "NIP BARU,NAMA,GELAR BELAKANG,ALAMAT,UNOR NAMA"
        let text =
            header + "\n"
            + "196608011988031001,\"Budi \"\"Ucok\"\" Santoso\",\", S.T., M.T.\",\"Jl. A,\nNo. 5\",BIDANG X - DINAS Y\n"
            + "199001152015032002,Siti \"Ani\" Aminah,,Jl. B,\n"
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.issues == [])
        #expect(result.records.map(\.name) == ["Budi \"Ucok\" Santoso", "Siti \"Ani\" Aminah"])
        #expect(result.records.first?.gelarBelakang == "S.T., M.T.")
        #expect(result.records.first?.unitPath == ["DINAS Y", "BIDANG X"])
        // The quoted address spans two physical lines, so the next record starts on line 4.
        #expect(result.records.map(\.row) == [2, 4])
    }

    @Test func pipeFileHasNoQuoting() {
        let text = "NIP BARU|NAMA|ALAMAT\n196608011988031001|\"Budi|Jl. \"Anggrek\n199001152015032002|Siti\"|\"\n"
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.issues == [])
        #expect(result.records.map(\.name) == ["\"Budi", "Siti\""])
    }

    @Test func unclosedQuoteIsLiteral() {
        let text = "NIP BARU;NAMA\n196608011988031001;\"Budi\n199001152015032002;Siti\n"
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.issues == [])
        #expect(result.records.map(\.name) == ["\"Budi", "Siti"])
    }

    @Test func headersMatchedLoosely() throws {
        let text = "extra col|  nama |Nip_Baru|jenis_kelamin|UNKNOWN\n1|Budi|196608011988031001|m|zzz\n"
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.issues == [])
        let r = try #require(result.records.first)
        #expect(r.name == "Budi")
        #expect(r.golongan == nil)
        #expect(r.positionName == nil && r.positionKind == nil)
        #expect(r.unitPath == [])
        #expect(r.email == nil && r.phone == nil && r.gelarDepan == nil && r.gelarBelakang == nil)
    }

    @Test(arguments: [
        ("PNS ID|NAMA|UNOR NAMA", ["NIP BARU"]),
        ("PNS ID|NIP BARU", ["NAMA"]),
        ("PNS ID|NIP LAMA", ["NIP BARU", "NAMA"]),
    ])
    func missingRequiredHeaders(header: String, missing: [String]) {
        let result = SiasnImport.parse(csv: Data((header + "\n1|2|3\n").utf8))
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.column) == missing)
        #expect(result.issues.allSatisfy { $0.row == 1 && $0.message.contains("tidak ditemukan") })
    }

    @Test func invalidUTF8() {
        let result = SiasnImport.parse(csv: Data([0x4E, 0x49, 0x50, 0xFF, 0xFE, 0x0A]))
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.column) == ["berkas"])
        #expect(result.issues.first?.row == 1)
    }

    @Test(arguments: ["", "\n\n  \n", "\u{FEFF}"])
    func emptyFile(text: String) {
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.records.isEmpty)
        #expect(result.issues.map(\.column) == ["berkas"])
    }

    @Test func tooManyFieldsMeansAStrayDelimiter() {
        let text = "NIP BARU|NAMA|ALAMAT\n196608011988031001|Budi|Jl. A | B\n199001152015032002|Siti|Jl. C||\n"
        let result = SiasnImport.parse(csv: Data(text.utf8))
        #expect(result.issues.map(\.row) == [2])
        #expect(result.issues.first?.column == "baris")
        #expect(result.records.map(\.row) == [3])
    }

    @Test func tableInputForXLSX() {
        let table: [[String]] = [
            [], ["NIP_BARU", "NAMA", "GOL_AKHIR_NAMA"], ["196608011988031001", "Budi", "IV/a"], ["", " "],
            ["199001152015032002", "Siti", "IV/z"],
        ]
        let result = SiasnImport.parse(table: table)
        #expect(result.delimiter == nil)
        #expect(result.records.map(\.row) == [3])
        #expect(result.records.first?.golongan?.name == "IV/a")
        #expect(
            result.issues == [
                ImportIssue(
                    row: 5, column: "GOL AKHIR NAMA",
                    message: "Golongan \"IV/z\" tidak dikenal; gunakan format seperti III/a (I/a sampai IV/e).")
            ])
        #expect(SiasnImport.parse(table: []).issues.map(\.column) == ["berkas"])
    }

    /// Catches accidental quadratic behaviour; no timing assertion.
    @Test func fiveThousandRows() {
        var lines = [SiasnFixture.columns.joined(separator: "|")]
        for i in 0..<5000 {
            let nip = String(format: "19660801198803%d%03d", 1 + i % 2, (i / 2) % 1000)
            let o = ["NIP BARU": nip, "JENIS KELAMIN": i % 2 == 0 ? "M" : "F", "NAMA": "Pegawai \(i)"]
            lines.append(SiasnFixture.row(o).joined(separator: "|"))
        }
        let result = SiasnImport.parse(csv: Data(lines.joined(separator: "\n").utf8))
        #expect(result.records.count == 2000)
        #expect(result.issues.count == 3000)
        #expect(result.issues.allSatisfy { $0.message.contains("sudah ada di baris") })
    }

    @Test func presentColumnsAreReported() {
        let csv = "NIP BARU|NAMA|UNOR NAMA\n196608011988031001|Budi|DINAS A - PEMERINTAH KOTA X\n"
        let result = SiasnImport.parse(csv: Data(csv.utf8))
        #expect(result.presentColumns.contains("UNOR NAMA"))
        #expect(!result.presentColumns.contains("JABATAN NAMA"))
    }
}
