import AsahCore

/// The two e-learning courses every demo agency offers: SPBE basics and excellent public service.
/// Natural Bahasa Indonesia, a few modules each with Markdown lessons and a quiz typed as text.
public struct DemoCourse: Sendable {
    public struct Lesson: Sendable {
        public let title: String
        public let kind: LessonKind
        public let minutes: Int
        public let body: String
        public let url: String?
    }

    public struct Module: Sendable {
        public let title: String
        public let lessons: [Lesson]
        /// `QuizText` form.
        public let quiz: String
    }

    public let title: String
    public let summary: String
    public let modules: [Module]
}

public enum DemoCourses {
    static func text(_ title: String, _ minutes: Int, _ body: String) -> DemoCourse.Lesson {
        .init(title: title, kind: .text, minutes: minutes, body: body, url: nil)
    }

    public static let all: [DemoCourse] = [spbe, pelayanan]

    static let spbe = DemoCourse(
        title: "Dasar-dasar SPBE untuk ASN",
        summary:
            "Mengenal Sistem Pemerintahan Berbasis Elektronik: arah kebijakan, layanan digital dan keamanan informasi dalam pekerjaan sehari-hari.",
        modules: [
            .init(
                title: "Mengenal SPBE",
                lessons: [
                    text(
                        "Apa itu SPBE?", 30,
                        """
                        ## Pengertian

                        **Sistem Pemerintahan Berbasis Elektronik (SPBE)** adalah penyelenggaraan pemerintahan yang \
                        memanfaatkan teknologi informasi dan komunikasi untuk memberikan layanan kepada pengguna SPBE. \
                        Dasar hukumnya adalah Peraturan Presiden Nomor 95 Tahun 2018.

                        ## Tujuan SPBE

                        - tata kelola pemerintahan yang bersih, efektif, transparan dan akuntabel;
                        - pelayanan publik yang berkualitas dan terpercaya;
                        - keterpaduan data dan aplikasi antarinstansi.

                        > SPBE bukan sekadar membuat aplikasi, tetapi mengubah cara kerja agar layanan lebih cepat dan mudah.
                        """),
                    text(
                        "Domain dan aspek SPBE", 30,
                        """
                        Evaluasi SPBE menilai empat domain:

                        1. **Kebijakan internal** tata kelola SPBE;
                        2. **Tata kelola** SPBE, termasuk arsitektur dan peta rencana;
                        3. **Manajemen** SPBE, misalnya manajemen risiko dan keamanan informasi;
                        4. **Layanan** SPBE, yaitu layanan administrasi pemerintahan dan layanan publik.

                        Hasil evaluasi dinyatakan dalam indeks 1 sampai 5. Baca ringkasan pedoman evaluasi di \
                        [situs Kementerian PANRB](https://www.menpan.go.id).
                        """),
                ],
                quiz: """
                    Apa kepanjangan SPBE?
                    * Sistem Pemerintahan Berbasis Elektronik
                    - Sistem Pelayanan Berbasis Email
                    - Standar Pemerintahan Berbasis Elektronik

                    Peraturan presiden yang mengatur SPBE adalah
                    - Perpres Nomor 39 Tahun 2019
                    * Perpres Nomor 95 Tahun 2018
                    - Perpres Nomor 81 Tahun 2010

                    Manakah yang termasuk domain evaluasi SPBE?
                    - Anggaran perjalanan dinas
                    - Jumlah pegawai
                    * Layanan SPBE
                    """),
            .init(
                title: "Layanan digital dan keamanan informasi",
                lessons: [
                    text(
                        "Layanan digital yang berpusat pada warga", 30,
                        """
                        ## Prinsip

                        - Mulai dari **kebutuhan warga**, bukan dari struktur organisasi.
                        - Satu kali isi data: jangan minta warga mengunggah dokumen yang sudah dimiliki instansi lain.
                        - Ukur kepuasan dan perbaiki terus.

                        ## Contoh

                        Permohonan izin usaha yang dulu memerlukan lima loket kini cukup lewat satu portal \
                        dengan pelacakan status.
                        """),
                    text(
                        "Menjaga keamanan informasi di tempat kerja", 25,
                        """
                        ## Kebiasaan aman

                        1. Gunakan kata sandi panjang dan berbeda untuk setiap aplikasi.
                        2. Jangan membagikan kode OTP kepada siapa pun, termasuk yang mengaku petugas.
                        3. Kunci layar saat meninggalkan meja.
                        4. Laporkan surel mencurigakan kepada tim TIK.

                        Data pribadi warga dilindungi UU Nomor 27 Tahun 2022: akses hanya bila pekerjaan memerlukannya.
                        """),
                    .init(
                        title: "Video: transformasi digital pemerintah daerah", kind: .video, minutes: 15,
                        body:
                            "Tonton video singkat tentang pengalaman pemerintah daerah menerapkan layanan digital, lalu catat satu gagasan untuk unit kerja Anda.",
                        url: "https://www.youtube.com/@KemenPANRB"),
                ],
                quiz: """
                    Seorang penelepon mengaku petugas bank dan meminta kode OTP Anda. Apa yang Anda lakukan?
                    - Memberikan kodenya agar urusan cepat selesai
                    * Menolak dan melaporkannya
                    - Memberikan separuh kodenya

                    Prinsip layanan digital yang berpusat pada warga adalah
                    * Dimulai dari kebutuhan warga
                    - Dimulai dari struktur organisasi
                    - Menambah jumlah loket

                    Undang-undang yang melindungi data pribadi adalah
                    - UU Nomor 5 Tahun 2014
                    * UU Nomor 27 Tahun 2022
                    - UU Nomor 25 Tahun 2009
                    """),
        ])

    static let pelayanan = DemoCourse(
        title: "Pelayanan Publik Prima",
        summary: "Standar pelayanan, sikap melayani dan penanganan pengaduan sesuai UU Nomor 25 Tahun 2009.",
        modules: [
            .init(
                title: "Standar pelayanan",
                lessons: [
                    text(
                        "Komponen standar pelayanan", 30,
                        """
                        Setiap penyelenggara wajib menetapkan dan memublikasikan **standar pelayanan**. \
                        Komponen yang langsung dirasakan warga antara lain:

                        - persyaratan;
                        - sistem, mekanisme dan prosedur;
                        - jangka waktu penyelesaian;
                        - biaya atau tarif;
                        - produk pelayanan;
                        - penanganan pengaduan, saran dan masukan.

                        Pasang standar pelayanan di ruang tunggu dan di situs instansi agar warga tahu apa yang dapat diharapkan.
                        """),
                    .init(
                        title: "Contoh maklumat pelayanan", kind: .file, minutes: 10,
                        body: "Unduh contoh maklumat pelayanan, lalu bandingkan dengan maklumat di unit kerja Anda.",
                        url: "https://www.menpan.go.id/site/regulasi"),
                ],
                quiz: """
                    Undang-undang tentang pelayanan publik adalah
                    * UU Nomor 25 Tahun 2009
                    - UU Nomor 20 Tahun 2023
                    - UU Nomor 30 Tahun 2014

                    Manakah yang termasuk komponen standar pelayanan?
                    - Warna seragam petugas
                    * Jangka waktu penyelesaian
                    - Merek komputer loket
                    """),
            .init(
                title: "Sikap melayani dan pengaduan",
                lessons: [
                    text(
                        "Sikap melayani: senyum, sapa, solusi", 25,
                        """
                        ## Tiga S

                        - **Senyum**: sambut warga dengan ramah.
                        - **Sapa**: tanyakan keperluannya dan dengarkan sampai selesai.
                        - **Solusi**: jelaskan langkah berikutnya dengan bahasa yang mudah.

                        Bila permohonan belum lengkap, sebutkan **semua** kekurangannya sekaligus agar warga tidak bolak-balik.
                        """),
                    text(
                        "Menangani pengaduan", 30,
                        """
                        ## Langkah

                        1. Terima dan catat pengaduan, beri nomor tiket.
                        2. Teruskan ke unit yang berwenang pada hari yang sama.
                        3. Beri kabar kepada pelapor tentang tindak lanjutnya.
                        4. Tutup pengaduan setelah pelapor menerima jawaban.

                        Pengaduan adalah masukan gratis untuk memperbaiki layanan. Gunakan juga kanal nasional **SP4N-LAPOR!**.
                        """),
                ],
                quiz: """
                    Permohonan warga belum lengkap. Apa yang sebaiknya dilakukan petugas?
                    - Menyebutkan satu kekurangan setiap kali warga datang
                    * Menyebutkan semua kekurangannya sekaligus
                    - Menolak tanpa penjelasan

                    Kanal pengaduan pelayanan publik nasional adalah
                    * SP4N-LAPOR!
                    - SIASN
                    - SIPD

                    Apa langkah pertama menangani pengaduan?
                    - Menutup pengaduan
                    * Menerima dan mencatatnya
                    - Menunggu pengaduan kedua
                    """),
        ])
}
