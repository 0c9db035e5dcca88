/// Small SIASN exports for tests: pipe-separated, a subset of the real header plus an ignored column.
enum SiasnCSV {
    static let header = [
        "PNS ID", "NIP BARU", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TANGGAL LAHIR", "JENIS KELAMIN",
        "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS", "GOL AKHIR ID", "GOL AKHIR NAMA",
        "JENIS JABATAN ID",
        "JENIS JABATAN NAMA", "JABATAN NAMA", "ESELON NAMA", "UNOR NAMA", "EMAIL", "NOMOR HP", "FLAG IKD",
    ]

    struct Row {
        var nip: String
        var name: String
        var birth: String  // DD-MM-YYYY
        var gender = "M"
        var golongan = "III/a"
        var jabatan = "Pengadministrasi Perkantoran"
        var jenis = "Jabatan Pelaksana"
        var unor = "SUB BAGIAN UMUM - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN"
        /// `KEDUDUKAN HUKUM NAMA`; empty says nothing.
        var kedudukan = ""
        var gelarBelakang = ""
        var email = ""
    }

    static func text(_ rows: [Row]) -> String {
        var lines = [header.joined(separator: "|")]
        for r in rows {
            lines.append(
                [
                    "X", "'" + r.nip, r.name, "", r.gelarBelakang, r.birth, r.gender, "01", r.kedudukan, "P", "",
                    r.golongan,
                    r.jenis == "Jabatan Struktural" ? "1" : "4", r.jenis, r.jabatan, "", r.unor, r.email, "null", "",
                ].joined(separator: "|"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Three valid new employees for Medan (not in the demo data: sequence 9xx).
    static let valid: [Row] = [
        Row(nip: "199103172016031901", name: "Rahmat Hidayat Siregar", birth: "17-03-1991"),
        Row(
            nip: "199208242016032902", name: "Nurhaliza Lubis", birth: "24-08-1992", gender: "F",
            jabatan: "Analis Kebijakan Ahli Pertama", jenis: "Jabatan Fungsional",
            unor: "BIDANG LALU LINTAS - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN", gelarBelakang: ", S.E."),
        Row(
            nip: "198805052012121903", name: "Tongam Simatupang", birth: "05-05-1988",
            unor: "SEKSI TERMINAL - BIDANG ANGKUTAN BARU - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN"),
    ]
}
