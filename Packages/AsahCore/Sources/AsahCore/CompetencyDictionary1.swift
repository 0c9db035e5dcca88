// Kamus kompetensi manajerial dan sosial kultural (Permen PANRB 38/2017, Lampiran II–III): M.01–M.03.
// Generated from the reference dictionary; edit the text here, the source is not needed to build.

extension CompetencyDictionary {
    static let part1: [DictionaryCompetency] = [
        DictionaryCompetency(
            code: "M.01", name: "Integritas", group: .manajerial,
            definition:
                "Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi, dan jujur dalam hubungan dengan manajemen, rekan kerja, bawahan langsung, dan pemangku kepentingan, menciptakan budaya etika tinggi, bertanggungjawab atas tindakan atau keputusan beserta risiko yang menyertainya",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi",
                    indicators: [
                        "Bertingkah laku sesuai dengan perkataan; berkata sesuai dengan fakta;",
                        "Melaksanakan peraturan, kode etik organisasi dalam lingkungan kerja sehari-hari, pada tataran individu/pribadi;",
                        "Tidak menjanjikan/memberikan sesuatu yang bertentangan dengan aturan organisasi.",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description:
                        "Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi",
                    indicators: [
                        "Mengingatkan rekan kerja untuk bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi;",
                        "Mengajak orang lain untuk bertindak sesuai etika dan kode etik.",
                        "Menerapkan norma-norma secara konsisten dalam setiap situasi, pada unit kerja terkecil/kelompok kerjanya.",
                        "Memberikan informasi yang dapat dipercaya sesuai dengan etika organisasi.",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description:
                        "Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai, norma, dan etika organisasi, dalam lingkup formal",
                    indicators: [
                        "Memastikan anggota yang dipimpin bertindak sesuai dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.",
                        "Mampu untuk memberi apresiasi dan teguran bagi anggota yang dipimpin agar bertindak selaras dengan nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.",
                        "Melakukan monitoring dan evaluasi terhadap penerapan sikap integritas di dalam unit kerja yang dipimpin.",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Mampu menciptakan situasi kerja yang mendorong kepatuhan pada nilai, norma, dan etika organisasi",
                    indicators: [
                        "Menciptakan situasi kerja yang mendorong seluruh pemangku kepentingan mematuhi nilai, norma, dan etika organisasi dalam segala situasi dan kondisi.",
                        "Mendukung dan menerapkan prinsip moral dan standar etika yang tinggi, serta berani menanggung konsekuensinya.",
                        "Berani melakukan koreksi atau mengambil tindakan atas penyimpangan kode etik/nilai-nilai yang dilakukan oleh orang lain, pada tataran lingkup kerja setingkat instansi meskipun ada resiko",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional",
                    indicators: [
                        "Mempertahankan tingkat standar keadilan dan etika yang tinggi dalam perkataan dan tindakan sehari-hari yang dipatuhi oleh seluruh pemangku kepentingan pada lingkup instansi yang dipimpinnya.",
                        "Menjadi “role model” /keteladanan dalam penerapan standar keadilan dan etika yang tinggi di tingkat nasional.",
                        "Membuat konsep kebijakan dan strategi penerapan sikap integritas dalam pelaksanaan tugas dan norma-norma yang sejalan dengan nilai strategis organisasi.",
                    ]),
            ]),
        DictionaryCompetency(
            code: "M.02", name: "Kerjasama", group: .manajerial,
            definition:
                "Kemampuan menjalin, membina, mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu dalam penyelesaian tugas, dan mengoptimalkan segala sumberdaya untuk mencapai tujuan strategis organisasi",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Berpartisipasi dalam kelompok kerja",
                    indicators: [
                        "Berpartisipasi sebagai anggota tim yang baik, melakukan tugas/bagiannya, dan mendukung keputusan tim;",
                        "Mendengarkan dan menghargai masukan dari orang lain dan memberikan usulan-usulan bagi kepentingan tim;",
                        "Mampu menjalin interaksi sosial untuk penyelesaian tugas",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description: "Menumbuhkan tim kerja yang partisipatif dan efektif",
                    indicators: [
                        "Membantu orang lain dalam menyelesaikan tugas-tugas mereka untuk mendukung sasaran tim;",
                        "Berbagi informasi yang relevan atau bermanfaat pada anggota tim; mempertimbangkan masukan dan keahlian anggota dalam tim/kelompok kerja serta bersedia untuk belajar dari orang lain",
                        "Membangun komitmen yang tinggi untuk menyelesaikan tugas tim",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description: "Efektif membangun tim kerja untuk peningkatan kinerja organisasi",
                    indicators: [
                        "Melihat kekuatan/kelemahan anggota tim, membentuk tim yang tepat, mengantisipasi kemungkinan hambatan, dan mencari solusi yang optimal",
                        "Mengupayakan dan mengutamakan pengambilan keputusan berdasarkan usulan-usulan anggota tim/kelompok, bernegosiasi secara efektif untuk upaya penyelesaikan pekerjaan yang menjadi target kinerja kelompok dan/atau unit kerja",
                        "Membangun aliansi dengan para pemangku kepentingan dalam rangka mendukung penyelesaian target kerja kelompok",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description: "Membangun komitmen tim, sinergi",
                    indicators: [
                        "Membangun sinergi antar unit kerja di lingkup instansi yang dipimpin",
                        "Memfasilitasi kepentingan yang berbeda dari unit kerja lain sehingga tercipta sinergi dalam rangka pencapaian target kerja organisasi",
                        "Mengembangkan sistem yang menghargai kerja sama antar unit, memberikan dukungan / semangat untuk memastikan tercapainya sinergi dalam rangka pencapaian target kerja organisasi",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Menciptakan situasi kerja sama secara konsisten, baik di dalam maupun di luar instansi",
                    indicators: [
                        "Menciptakan hubungan kerja yang konstruktif dengan menerapkan norma / etos / nilai-nilai kerja yang baik di dalam dan di luar organisasi; meningkatkan produktivitas dan menjadi panutan dalam organisasi",
                        "Secara konsisten menjaga sinergi agar pemangku kepentingan dapat bekerja sama dengan orang di dalam maupun di luar organisasi",
                        "Membangun konsensus untuk menggabungkan sumberdaya dari berbagai pemangku kepentingan untuk tujuan bangsa dan negara",
                    ]),
            ]),
        DictionaryCompetency(
            code: "M.03", name: "Komunikasi", group: .manajerial,
            definition:
                "Kemampuan untuk menerangkan pandangan dan gagasan secara jelas, sistematis disertai argumentasi yang logis dengan cara-cara yang sesuai baik secara lisan maupun tertulis; memastikan pemahaman; mendengarkan secara aktif dan efektif; mempersuasi, meyakinkan dan membujuk orang lain dalam rangka mencapai tujuan organisasi",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Menyampaikan informasi dengan jelas, lengkap, pemahaman yang sama",
                    indicators: [
                        "Menyampaikan informasi (data), pikiran atau pendapat dengan jelas, singkat dan tepat dengan menggunakan cara/media yang sesuai dan mengikuti alur yang logis",
                        "Memastikan pemahaman yang sama atas instruksi yang diterima/diberikan",
                        "Mampu melaksanakan kegiatan surat menyurat sesuai tata naskah organisasi",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description:
                        "Aktif menjalankan komunikasi secara formal dan informal; Bersedia mendengarkan orang lain, menginterpretasikan pesan dengan respon yang sesuai, mampu menyusun materi presentasi, pidato, naskah, laporan, dll",
                    indicators: [
                        "Menggunakan gaya komunikasi informal untuk meningkatkan hubungan profesional",
                        "Mendengarkan pihak lain secara aktif; menangkap dan menginterpretasikan pesan-pesan dari orang lain, serta memberikan respon yang sesuai",
                        "Membuat materi presentasi, pidato, draft naskah, laporan dll sesuai arahan pimpinan",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description:
                        "Berkomunikasi secara asertif, terampil berkomunikasi lisan/ tertulis untuk menyampaikan informasi yang sensitif/ rumit/ kompleks",
                    indicators: [
                        "Menyampaikan suatu informasi yang sensitif/rumit dengan cara penyampaian dan kondisi yang tepat, sehingga dapat dipahami dan diterima oleh pihak lain",
                        "Menyederhanakan topik yang rumit dan sensitif sehingga lebih mudah dipahami dan diterima orang lain",
                        "Membuat laporan tahunan/periodik/naskah/dokumen/proposal yang kompleks; Membuat surat resmi yang sistematis dan tidak menimbulkan pemahaman yang berbeda; membuat proposal yang rinci dan lengkap",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Mampu mengemukakan pemikiran multidimensi secara lisan dan tertulis untuk mendorong kesepakatan dengan tujuan meningkatkan kinerja secara keseluruhan",
                    indicators: [
                        "Mengintegrasikan informasi-informasi penting dari berbagai sumber dengan pihak lain untuk mendapatkan pemahaman yang sama",
                        "Menuangkan pemikiran/konsep dari berbagai sudut pandang/multidimensi dalam bentuk tulisan formal",
                        "Menyampaikan informasi secara persuasif untuk mendorong pemangku kepentingan sepakat pada langkah-langkah bersama dengan tujuan meningkatkan kinerja secara keseluruhan",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Menggagas sistem komunikasi yang terbuka secara strategis untuk mencari solusi dengan tujuan meningkatkan kinerja",
                    indicators: [
                        "Menghilangkan hambatan komunikasi, mampu berkomunikasi dalam isu-isu nasional yang memiliki resiko tinggi, menggalang hubungan dalam skala strategis di tingkat nasional",
                        "Menggunakan saluran komunikasi formal dan non formal guna mencapai kesepakatan dengan tujuan meningkatkan kinerja di tingkat instansi/nasional",
                        "Menggagas sistem komunikasi dengan melibatkan pemangku kepentingan sejak dini untuk mencari solusi dengan tujuan meningkatkan kinerja di tingkat instansi/nasional",
                    ]),
            ]),
    ]
}
