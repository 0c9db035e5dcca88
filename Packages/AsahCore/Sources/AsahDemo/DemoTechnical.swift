import AsahCore

/// The demo's technical (teknis) competencies. Real ones come from sector dictionaries
/// (Permen PANRB 38/2017 Pasal 7); these are modelled on them and on the Lampiran I meaning of the
/// 5 technical levels: basic understanding, independent operation, systematic improvement,
/// development and evaluation, policy and strategy.
public struct DemoTechnicalCompetency: Sendable, Equatable {
    /// "T.HUB.01"…
    public let code: String
    public let name: String
    public let definition: String
    /// Descriptions of levels 1…5.
    public let levels: [String]

    public init(code: String, name: String, definition: String, levels: [String]) {
        self.code = code
        self.name = name
        self.definition = definition
        self.levels = levels
    }
}

extension DemoCompetencies {
    static let technicalList: [DemoTechnicalCompetency] = [
        DemoTechnicalCompetency(
            code: "T.HUB.01", name: "Manajemen dan Rekayasa Lalu Lintas",
            definition: "Kemampuan merencanakan, mengatur, mengendalikan dan mengevaluasi arus lalu lintas "
                + "serta rekayasa jalan untuk keselamatan, ketertiban dan kelancaran berlalu lintas",
            levels: [
                "Memahami rambu, marka, alat pemberi isyarat lalu lintas dan prosedur pengaturan lalu lintas",
                "Melaksanakan pengaturan, pengawasan dan survei lalu lintas secara mandiri di lapangan",
                "Menganalisis data volume, kecepatan dan kecelakaan lalu lintas untuk mengusulkan rekayasa",
                "Menyusun dan mengevaluasi rencana manajemen dan rekayasa lalu lintas kawasan dan koridor",
                "Merumuskan kebijakan dan rencana induk lalu lintas daerah yang terpadu dengan tata ruang",
            ]),
        DemoTechnicalCompetency(
            code: "T.HUB.02", name: "Pengujian Kendaraan Bermotor",
            definition: "Kemampuan melaksanakan dan mengelola pengujian berkala kendaraan bermotor untuk "
                + "menjamin pemenuhan persyaratan teknis dan laik jalan",
            levels: [
                "Memahami persyaratan teknis dan laik jalan serta tahapan uji berkala kendaraan bermotor",
                "Melaksanakan pemeriksaan dan pengujian kendaraan dengan peralatan uji secara mandiri",
                "Menganalisis hasil uji, menilai kelaikan dan memperbaiki prosedur pengujian di unit",
                "Mengelola mutu, kalibrasi peralatan dan akreditasi unit pelaksana uji berkala",
                "Merumuskan kebijakan pengujian kendaraan bermotor dan pengawasan keselamatan daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.HUB.03", name: "Informasi Layanan Angkutan Umum",
            definition: "Kemampuan menyediakan, mengelola dan menyampaikan informasi trayek, jadwal, tarif "
                + "dan pengaduan layanan angkutan umum kepada masyarakat secara akurat dan mutakhir",
            levels: [
                "Memahami jenis layanan, trayek, jadwal dan tarif angkutan umum di wilayah kerjanya",
                "Menyampaikan informasi trayek, jadwal dan tarif dengan benar dan menanggapi pertanyaan pengguna",
                "Memutakhirkan data layanan dan menganalisis pengaduan untuk memperbaiki informasi",
                "Mengembangkan sistem informasi angkutan umum terpadu dan standar pelayanan informasinya",
                "Merumuskan kebijakan keterbukaan informasi dan integrasi layanan angkutan umum daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.DUK.01", name: "Administrasi Kependudukan",
            definition: "Kemampuan melaksanakan pendaftaran penduduk, pencatatan sipil dan pengelolaan "
                + "informasi administrasi kependudukan sesuai peraturan perundang-undangan",
            levels: [
                "Memahami jenis dokumen kependudukan dan persyaratan penerbitannya",
                "Melayani pendaftaran penduduk dan pencatatan sipil serta menerbitkan dokumen secara mandiri",
                "Memverifikasi data, menangani kasus khusus dan memperbaiki alur pelayanan adminduk",
                "Mengelola kualitas database kependudukan dan pemanfaatan data oleh lembaga pengguna",
                "Merumuskan kebijakan dan inovasi pelayanan administrasi kependudukan daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.KES.01", name: "Pelayanan Kesehatan Dasar",
            definition: "Kemampuan menyelenggarakan upaya kesehatan perseorangan dan masyarakat tingkat "
                + "pertama sesuai standar pelayanan minimal bidang kesehatan",
            levels: [
                "Memahami standar pelayanan minimal dan prosedur pelayanan kesehatan dasar",
                "Melaksanakan pelayanan kesehatan dasar sesuai standar dan kewenangan profesinya",
                "Menganalisis capaian program dan mutu pelayanan serta mengusulkan perbaikan",
                "Mengelola program dan mutu pelayanan kesehatan dasar di tingkat puskesmas atau bidang",
                "Merumuskan kebijakan dan strategi pelayanan kesehatan dasar daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.DIK.01", name: "Pengelolaan Pembelajaran",
            definition: "Kemampuan merencanakan, melaksanakan, menilai dan mengembangkan pembelajaran "
                + "yang berpusat pada peserta didik sesuai kurikulum yang berlaku",
            levels: [
                "Memahami kurikulum, capaian pembelajaran dan prinsip asesmen",
                "Merencanakan dan melaksanakan pembelajaran serta asesmen secara mandiri",
                "Menganalisis hasil asesmen untuk pembelajaran berdiferensiasi dan perbaikan proses",
                "Membimbing rekan sejawat dan mengembangkan program pembelajaran satuan pendidikan",
                "Merumuskan kebijakan peningkatan mutu pembelajaran di tingkat daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.KOM.01", name: "Pengelolaan Sistem Informasi dan E-Government",
            definition: "Kemampuan mengelola aplikasi, data dan infrastruktur teknologi informasi untuk "
                + "mendukung Sistem Pemerintahan Berbasis Elektronik (SPBE)",
            levels: [
                "Memahami prinsip SPBE, keamanan informasi dan penggunaan aplikasi layanan",
                "Mengoperasikan dan memelihara aplikasi serta data layanan secara mandiri",
                "Menganalisis kebutuhan, menguji dan memperbaiki sistem informasi unit kerja",
                "Merancang arsitektur, integrasi dan tata kelola sistem informasi instansi",
                "Merumuskan kebijakan dan peta rencana SPBE daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.ASN.01", name: "Manajemen Aparatur Sipil Negara",
            definition: "Kemampuan melaksanakan manajemen ASN: perencanaan, pengadaan, pangkat dan jabatan, "
                + "kinerja, disiplin dan pemberhentian sesuai sistem merit",
            levels: [
                "Memahami ketentuan manajemen ASN dan layanan kepegawaian",
                "Memproses layanan kepegawaian (kenaikan pangkat, mutasi, pensiun) secara mandiri",
                "Menganalisis data kepegawaian dan memperbaiki prosedur layanan sesuai sistem merit",
                "Menyusun dan mengevaluasi kebijakan manajemen ASN instansi",
                "Merumuskan strategi manajemen talenta dan sistem merit daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.ASN.02", name: "Analisis Kebutuhan Pengembangan Kompetensi",
            definition: "Kemampuan mengidentifikasi kesenjangan kompetensi pegawai terhadap standar "
                + "kompetensi jabatan dan menyusun rencana pengembangan kompetensi",
            levels: [
                "Memahami standar kompetensi jabatan dan jenis pengembangan kompetensi",
                "Mengumpulkan dan mengolah data kompetensi serta usulan pengembangan secara mandiri",
                "Menganalisis kesenjangan kompetensi dan menyusun rekomendasi pengembangan",
                "Menyusun rencana pengembangan kompetensi instansi dan mengevaluasi pelaksanaannya",
                "Merumuskan kebijakan pengembangan kompetensi ASN daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.KEU.01", name: "Pengelolaan Keuangan Daerah",
            definition: "Kemampuan merencanakan, menatausahakan, melaporkan dan mempertanggungjawabkan "
                + "keuangan daerah sesuai peraturan perundang-undangan",
            levels: [
                "Memahami siklus APBD dan dokumen penatausahaan keuangan",
                "Menatausahakan penerimaan dan pengeluaran serta menyusun SPJ secara mandiri",
                "Menganalisis realisasi anggaran dan menyusun laporan keuangan perangkat daerah",
                "Mengendalikan dan mengevaluasi pengelolaan keuangan serta tindak lanjut pemeriksaan",
                "Merumuskan kebijakan pengelolaan keuangan daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.PEM.01", name: "Penyelenggaraan Pemerintahan Umum",
            definition: "Kemampuan mengoordinasikan penyelenggaraan pemerintahan, ketenteraman dan "
                + "pelayanan kepada masyarakat di tingkat kewilayahan",
            levels: [
                "Memahami tugas pemerintahan umum dan kewilayahan",
                "Melaksanakan administrasi pemerintahan dan pelayanan kewilayahan secara mandiri",
                "Mengoordinasikan kegiatan pemerintahan dan menyelesaikan masalah di wilayah kerja",
                "Mengevaluasi penyelenggaraan pemerintahan kewilayahan dan mengembangkan program",
                "Merumuskan kebijakan penyelenggaraan pemerintahan umum daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.HUK.01", name: "Penyusunan Produk Hukum Daerah",
            definition: "Kemampuan merancang, mengharmonisasi dan mengevaluasi peraturan daerah, "
                + "peraturan kepala daerah dan keputusan kepala daerah",
            levels: [
                "Memahami jenis, hierarki dan teknik penyusunan produk hukum daerah",
                "Menyusun rancangan produk hukum sederhana sesuai teknik penyusunan",
                "Mengharmonisasi rancangan dan menganalisis dampak pengaturannya",
                "Mengevaluasi produk hukum daerah dan menyusun naskah akademik",
                "Merumuskan kebijakan pembentukan produk hukum daerah",
            ]),
        DemoTechnicalCompetency(
            code: "T.ADM.01", name: "Tata Naskah Dinas dan Kearsipan",
            definition: "Kemampuan mengelola naskah dinas, persuratan dan arsip dinamis sesuai "
                + "ketentuan tata naskah dan kearsipan",
            levels: [
                "Memahami jenis naskah dinas, tata persuratan dan klasifikasi arsip",
                "Menyusun naskah dinas dan mengelola arsip dinamis secara mandiri",
                "Menata sistem persuratan dan arsip unit kerja serta memperbaiki prosedurnya",
                "Mengevaluasi pengelolaan arsip dan menerapkan kearsipan elektronik",
                "Merumuskan kebijakan tata naskah dan kearsipan instansi",
            ]),
        DemoTechnicalCompetency(
            code: "T.KEB.01", name: "Analisis Kebijakan Publik",
            definition: "Kemampuan mengkaji masalah publik, menyusun alternatif dan rekomendasi "
                + "kebijakan berbasis bukti",
            levels: [
                "Memahami siklus kebijakan publik dan sumber data kebijakan",
                "Mengumpulkan dan mengolah data serta menyusun telaahan staf secara mandiri",
                "Menganalisis alternatif kebijakan dan menyusun rekomendasi berbasis bukti",
                "Mengevaluasi dampak kebijakan dan mengoordinasikan kajian lintas sektor",
                "Merumuskan agenda dan arah kebijakan strategis daerah",
            ]),
    ]
}
