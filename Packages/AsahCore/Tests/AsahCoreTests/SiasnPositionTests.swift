import Testing

@testable import AsahCore

struct SiasnPositionTests {
    typealias Row = (jenisName: String?, jenisId: String?, eselon: String?, eselonId: String?, jabatan: String?)

    @Test(arguments: [
        // Struktural by eselon name (either vocabulary, with or without "Eselon").
        (
            ("Jabatan Struktural", "1", "I.a", nil, "Sekretaris Jenderal") as Row, PositionKind.jptMadya,
            FungsionalJenjang?.none
        ),
        (("Jabatan Struktural", "1", "I.b", nil, "Deputi") as Row, .jptMadya, nil),
        (("Jabatan Struktural", "1", "I.a JPT UTAMA", nil, "Kepala Lembaga") as Row, .jptUtama, nil),
        (("Jabatan Struktural", "1", "II.a", nil, "Kepala Dinas Perhubungan") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", "II.b", nil, "Sekretaris DPRD") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", "III.a", nil, "Sekretaris") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", "Eselon III.b", nil, "Kepala Bidang") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", "IV.a", nil, "Kepala Sub Bagian Umum") as Row, .pengawas, nil),
        (("Jabatan Struktural", "1", "iv.b", nil, "Lurah") as Row, .pengawas, nil),
        (("Jabatan Struktural", "1", "ESELON II / JPT PRATAMA", nil, "Kepala Badan") as Row, .jptPratama, nil),
        // Eselon id when the name is missing.
        (("Jabatan Struktural", "1", nil, "22", "Asisten") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, "31", "Camat") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", nil, "41", "Lurah") as Row, .pengawas, nil),
        // No usable eselon: guess from the name.
        (("Jabatan Struktural", "1", nil, nil, "Kepala Sub Bagian Keuangan") as Row, .pengawas, nil),
        (("Jabatan Struktural", "1", nil, nil, "Kasubbag Umum") as Row, .pengawas, nil),
        (("Jabatan Struktural", "1", nil, nil, "KEPALA SEKSI PELAYANAN") as Row, .pengawas, nil),
        (("Jabatan Struktural", "1", nil, nil, "Kepala Bidang Lalu Lintas") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", nil, nil, "Kepala Bagian Umum") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", nil, nil, "Sekretaris Dinas") as Row, .administrator, nil),
        (("Jabatan Struktural", "1", "V.a", "51", "Sekretaris Daerah") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, "99", "Kepala Dinas Kesehatan") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, nil, "Kepala Badan Kepegawaian") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, nil, "Staf Ahli Bupati") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, nil, "Asisten Pemerintahan") as Row, .jptPratama, nil),
        (("Jabatan Struktural", "1", nil, nil, "Camat Medan Kota") as Row, .administrator, nil),
        ((nil, "1", nil, nil, nil) as Row, .administrator, nil),
        // Fungsional in both vocabularies, jenjang from the end of the name.
        (("Jabatan Fungsional Tertentu", "2", nil, nil, "Analis Kebijakan Ahli Muda") as Row, .fungsional, .ahliMuda),
        (("Jabatan Fungsional", "2", nil, nil, "Dokter Ahli Utama") as Row, .fungsional, .ahliUtama),
        (("Jabatan Fungsional", "2", nil, nil, "Guru Ahli Pertama (Guru Kelas)") as Row, .fungsional, .ahliPertama),
        (("Jabatan Fungsional", "2", nil, nil, "PRANATA KOMPUTER AHLI MADYA") as Row, .fungsional, .ahliMadya),
        (("Jabatan Fungsional", "2", nil, nil, "Perawat Terampil") as Row, .fungsional, .terampil),
        (("Jabatan Fungsional", "2", nil, nil, "Perawat Mahir") as Row, .fungsional, .mahir),
        (("Jabatan Fungsional", "2", nil, nil, "Arsiparis Penyelia") as Row, .fungsional, .penyelia),
        (("Jabatan Fungsional", "2", nil, nil, "Pengawas Benih Tanaman Pemula") as Row, .fungsional, .pemula),
        (("Jabatan Fungsional", "2", nil, nil, "Auditor Muda") as Row, .fungsional, .ahliMuda),
        (("Jabatan Fungsional", "2", nil, nil, "Pranata Komputer Pelaksana Lanjutan") as Row, .fungsional, .mahir),
        (("Jabatan Fungsional", "2", nil, nil, "Guru") as Row, .fungsional, nil),
        ((nil, "2", nil, nil, "Widyaiswara Ahli Madya") as Row, .fungsional, .ahliMadya),
        // Pelaksana in both vocabularies.
        (("Jabatan Fungsional Umum", "4", nil, nil, "Pengadministrasi Umum") as Row, .pelaksana, nil),
        (("Jabatan Pelaksana", "4", nil, nil, "Pengolah Data") as Row, .pelaksana, nil),
        ((nil, "4", nil, nil, "Pengolah Data Ahli Muda") as Row, .pelaksana, nil),
        (("Jabatan Pelaksana", nil, nil, nil, nil) as Row, .pelaksana, nil),
        // Nothing to go on.
        ((nil, nil, nil, nil, nil) as Row, nil, nil),
        ((nil, nil, nil, nil, "PNS TUGAS BELAJAR") as Row, nil, nil),
        ((nil, nil, "III.a", nil, "Camat") as Row, .administrator, nil),
    ])
    func classify(row: Row, kind: PositionKind?, jenjang: FungsionalJenjang?) {
        let result = SiasnPosition.classify(
            jenisName: row.jenisName, jenisId: row.jenisId, eselonName: row.eselon,
            eselonId: row.eselonId, jabatanName: row.jabatan)
        #expect(result.kind == kind)
        #expect(result.jenjang == jenjang)
    }

    @Test func positionInImportedRecord() throws {
        let result = SiasnFixture.parse([
            [
                "JENIS JABATAN NAMA": "Jabatan Fungsional", "JENIS JABATAN ID": "2", "ESELON NAMA": "", "ESELON ID": "",
                "JABATAN NAMA": "Analis  Kebijakan Ahli Muda",
            ],
            [
                "NIP BARU": "199001152015032002", "JENIS KELAMIN": "F", "TANGGAL LAHIR": "", "JENIS JABATAN NAMA": "",
                "JENIS JABATAN ID": "", "ESELON NAMA": "", "ESELON ID": "", "JABATAN NAMA": "",
            ],
        ])
        #expect(result.issues == [])
        #expect(result.records.first?.positionName == "Analis Kebijakan Ahli Muda")
        #expect(result.records.first?.positionKind == .fungsional)
        #expect(result.records.first?.jenjang == .ahliMuda)
        #expect(result.records.last?.positionName == nil)
        #expect(result.records.last?.positionKind == nil)
    }
}
