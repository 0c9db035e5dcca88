import Foundation

@testable import AsahCore

/// Builds SIASN-export-shaped text for tests: the 68 documented columns in export order.
enum SiasnFixture {
    static let columns = """
        PNS ID|NIP BARU|NIP LAMA|NAMA|GELAR DEPAN|GELAR BELAKANG|TEMPAT LAHIR ID|TEMPAT LAHIR NAMA|\
        TANGGAL LAHIR|JENIS KELAMIN|AGAMA ID|AGAMA NAMA|JENIS KAWIN ID|JENIS KAWIN NAMA|NIK|NOMOR HP|\
        EMAIL|EMAIL GOV|ALAMAT|NPWP NOMOR|BPJS|JENIS PEGAWAI ID|JENIS PEGAWAI NAMA|KEDUDUKAN HUKUM ID|\
        KEDUDUKAN HUKUM NAMA|STATUS CPNS PNS|KARTU ASN VIRTUAL|NOMOR SK CPNS|TANGGAL SK CPNS|TMT CPNS|\
        NOMOR SK PNS|TANGGAL SK PNS|TMT PNS|GOL AWAL ID|GOL AWAL NAMA|GOL AKHIR ID|GOL AKHIR NAMA|\
        TMT GOLONGAN|MK TAHUN|MK BULAN|JENIS JABATAN ID|JENIS JABATAN NAMA|JABATAN ID|JABATAN NAMA|\
        TMT JABATAN|TINGKAT PENDIDIKAN ID|TINGKAT PENDIDIKAN NAMA|PENDIDIKAN ID|PENDIDIKAN NAMA|\
        TAHUN LULUS|KPKN ID|KPKN NAMA|LOKASI KERJA ID|LOKASI KERJA NAMA|UNOR ID|UNOR NAMA|\
        INSTANSI INDUK ID|INSTANSI INDUK NAMA|INSTANSI KERJA ID|INSTANSI KERJA NAMA|\
        SATUAN KERJA INDUK ID|SATUAN KERJA INDUK NAMA|SATUAN KERJA KERJA ID|SATUAN KERJA KERJA NAMA|\
        IS VALID NIK|NAMA SEKOLAH|FLAG IKD|ESELON ID|ESELON NAMA
        """.components(separatedBy: "|")

    /// A complete, valid PNS row (male, III/a, struktural pengawas).
    static let base: [String: String] = [
        "PNS ID": "A84B3041F93D5A56E040640A04026364",
        "NIP BARU": "'196608011988031001",
        "NAMA": "Budi Santoso",
        "GELAR DEPAN": "Drs.",
        "GELAR BELAKANG": ", M.Si",
        "TANGGAL LAHIR": "01-08-1966",
        "JENIS KELAMIN": "M",
        "NIK": "'1271010108660001",
        "NOMOR HP": "'0812-6000-1234",
        "EMAIL": "budi.santoso@gmail.com",
        "ALAMAT": "Jl. Sisingamangaraja No. 5",
        "KEDUDUKAN HUKUM ID": "01",
        "KEDUDUKAN HUKUM NAMA": "Aktif",
        "STATUS CPNS PNS": "P",
        "GOL AKHIR ID": "31",
        "GOL AKHIR NAMA": "III/a",
        "JENIS JABATAN ID": "1",
        "JENIS JABATAN NAMA": "Jabatan Struktural",
        "JABATAN NAMA": "Kepala Sub Bagian Umum",
        "ESELON ID": "41",
        "ESELON NAMA": "IV.a",
        "UNOR NAMA": "SUB BAGIAN UMUM - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN",
    ]

    static func row(_ overrides: [String: String] = [:], in header: [String] = columns) -> [String] {
        let values = base.merging(overrides) { $1 }
        return header.map { values[$0] ?? "" }
    }

    /// The rows through the row rules as a file's rows 2, 3, … under the full header (reading files is
    /// AsahFormats' part and tested there).
    static func parse(_ rows: [[String: String]]) -> SiasnParseResult {
        var validator = SiasnRowValidator(header: SiasnHeader(cells: columns))
        for (index, overrides) in rows.enumerated() {
            let cells = row(overrides)
            validator.validate(row: index + 2) { $0 < cells.count ? cells[$0] : nil }
        }
        return validator.result(delimiter: "|")
    }
}
