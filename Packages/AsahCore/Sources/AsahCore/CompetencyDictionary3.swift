// Kamus kompetensi manajerial dan sosial kultural (Permen PANRB 38/2017, Lampiran II–III): M.07–SK.01.
// Generated from the reference dictionary; edit the text here, the source is not needed to build.

extension CompetencyDictionary {
    static let part3: [DictionaryCompetency] = [
        DictionaryCompetency(
            code: "M.07", name: "Mengelola Perubahan", group: .manajerial,
            definition:
                "Kemampuan dalam menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan pada metode dan proses lama, mengambil tindakan untuk mendukung dan melaksanakan insiatif perubahan, memimpin usaha perubahan, mengambil tanggung jawab pribadi untuk memastikan perubahan berhasil diimplementasikan secara efektif",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Mengikuti perubahan dengan arahan",
                    indicators: [
                        "Sadar mengenai perubahan yang terjadi di organisasi dan berusaha menyesuaikan diri dengan perubahan tersebut",
                        "Mengikuti perubahan secara terbuka sesuai petunjuk/pedoman",
                        "Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru dengan bimbingan orang lain",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description: "Proaktif beradaptasi mengikuti perubahan",
                    indicators: [
                        "Menyesuaikan cara kerja lama dengan menerapkan metode/proses baru selaras dengan ketentuan yang berlaku tanpa arahan orang lain",
                        "Mengembangkan kemampuan diri untuk menghadapi perubahan",
                        "Cepat dan tanggap dalam menerima perubahan",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description: "Membantu orang lain mengikuti perubahan, mengantisipasi perubahan secara tepat",
                    indicators: [
                        "Membantu orang lain dalam melakukan perubahan",
                        "Menyesuaikan prioritas kerja secara berulang-ulang jika diperlukan",
                        "Mengantisipasi perubahan yang dibutuhkan oleh unit kerjanya secara tepat. Memberikan solusi efektif terhadap masalah yang ditimbulkan oleh adanya perubahan",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description: "Memimpin perubahan pada unit kerja",
                    indicators: [
                        "Mengarahkan unit kerja untuk lebih siap dalam menghadapi perubahan termasuk memitigasi risiko yang mungkin terjadi",
                        "Memastikan perubahan sudah diterapkan secara aktif di lingkup unit kerjanya secara berkala",
                        "Memimpin dan memastikan penerapan program-program perubahan selaras antar unit kerja",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Memimpin, menggalang dan menggerakkan dukungan pemangku kepentingan untuk menjalankan perubahan secara berkelanjutan pada tingkat instansi/nasional",
                    indicators: [
                        "Membuat kebijakan-kebijakan yang mendorong perubahan yang berdampak pada pencapaian sasaran prioritas nasional",
                        "Menggalang dan menggerakkan dukungan para pemangku kepentingan untuk mengimplementasikan perubahan yang telah ditetapkan",
                        "Secara berkelanjutan, mencari cara-cara baru untuk memberi nilai tambah bagi perubahan yang tengah dijalankan agar memberi manfaat yang lebih besar bagi para pemangku kepentingan",
                    ]),
            ]),
        DictionaryCompetency(
            code: "M.08", name: "Pengambilan Keputusan", group: .manajerial,
            definition:
                "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif pemecahan masalah dan konsekuensinya, serta bertanggung jawab atas keputusan yang diambil",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Mengumpulkan informasi untuk bertindak sesuai kewenangan",
                    indicators: [
                        "Mengumpulkan dan mempertimbangkan informasi yang dibutuhkan dalam mencari solusi.",
                        "Mengenali situasi/pilihan yang tepat untuk bertindak sesuai kewenangan.",
                        "Mempertimbangkan kemungkinan solusi yang dapat diterapkan dalam pekerjaan rutin berdasarkan kebijakan dan prosedur yang telah ditentukan.",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description: "Menganalisis masalah secara mendalam",
                    indicators: [
                        "Melakukan analisis secara mendalam terhadap informasi yang tersedia dalam upaya mencari solusi.",
                        "Mempertimbangkan berbagai alternatif yang ada sebelum membuat kesimpulan;",
                        "Membuat keputusan operasional berdasarkan kesimpulan dari berbagai sumber informasi sesuai dengan pedoman yang ada.",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description:
                        "Membandingkan berbagai alternatif, menyeimbangkan risiko keberhasilan dalam implementasi",
                    indicators: [
                        "Membandingkan berbagai alternatif tindakan dan implikasinya,",
                        "Memilih alternatif solusi yang terbaik, membuat keputusan operasional mengacu pada alternatif solusi terbaik yang didasarkan pada analisis data yang sistematis, seksama, mengikuti prinsip kehati-hatian.",
                        "Menyeimbangkan antara kemungkinan risiko dan keberhasilan dalam implementasinya.",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Menyelesaikan masalah yang mengandung risiko tinggi, mengantisipasi dampak keputusan, membuat tindakan pengamanan; mitigasi risiko",
                    indicators: [
                        "Menyusun dan/atau memutuskan konsep penyelesaian masalah yang melibatkan beberapa/seluruh fungsi dalam organisasi.",
                        "Menghasilkan solusi dari berbagai masalah yang kompleks, terkait dengan bidang kerjanya yang berdampak pada pihak lain.",
                        "Membuat keputusan dan mengantisipasi dampak keputusannya serta menyiapkan tindakan penanganannya (mitigasi risiko)",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Menghasilkan solusi dan mengambil keputusan untuk mengatasi permasalahan jangka panjang/strategis, berdampak nasional",
                    indicators: [
                        "Menghasilkan solusi yang dapat mengatasi permasalahan jangka panjang.",
                        "Menghasilkan solusi strategis yang berdampak pada tataran instansi/nasional.",
                        "Membuat keputusan atau kebijakan yang berdampak nasional dengan memitigasi risiko yang mungkin timbul.",
                    ]),
            ]),
        DictionaryCompetency(
            code: "SK.01", name: "Perekat Bangsa", group: .sosialKultural,
            definition:
                "Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan membangun hubungan sosial psikologis dengan masyarakat di tengah kemajemukan Indonesia sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta diantara para pemangku kepentingan itu sendiri; menjaga, mengembangkan, dan mewujudkan rasa persatuan dan kesatuan dalam kehidupan bermasyarakat, berbangsa dan bernegara Indonesia",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Peka memahami dan menerima kemajemukan",
                    indicators: [
                        "Mampu memahami, menerima, peka terhadap perbedaan individu/kelompok masyarakat;",
                        "Terbuka, ingin belajar tentang perbedaan/kemajemukan masyarakat;",
                        "Mampu bekerja bersama dengan individu yang berbeda latar belakang dengan-nya.",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description: "Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan",
                    indicators: [
                        "Menampilkan sikap dan perilaku yang peduli akan nilai-nilai keberagaman dan menghargai perbedaan;",
                        "Membangun hubungan baik antar individu dalam organisasi, mitra kerja, pemangku kepentingan;",
                        "Bersikap tenang, mampu mengendalikan emosi, kemarahan dan frustasi dalam menghadapi pertentangan yang ditimbulkan oleh perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik di lingkungan unit kerjanya.",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description: "Mempromosikan, mengembangkan sikap toleransi dan persatuan",
                    indicators: [
                        "Mempromosikan sikap menghargai perbedaan di antara orang-orang yang mendorong toleransi dan keterbukaan.",
                        "Melakukan pemetaan sosial di masyarakat sehingga dapat memberikan respon yang sesuai dengan budaya yang berlaku. Mengidentifikasi potensi kesalahpahaman yang diakibatkan adanya keragaman budaya yang ada",
                        "Menjadi mediator untuk menyelesaikan konflik atau mengurangi dampak negatif dari konflik atau potensi konflik",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Mendayagunakan perbedaan secara konstruktif dan kreatif untuk meningkatkan efektifitas organisasi",
                    indicators: [
                        "Menginisiasi dan merepresentasikan pemerintah di lingkungan kerja dan masyarakat untuk senantiasa menjaga persatuan dan kesatuan dalam keberagaman dan menerima segala bentuk perbedaan dalam kehidupan bermasyarakat;",
                        "Mampu mendayagunakan perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik untuk mencapai kelancaran pencapaian tujuan organisasi.",
                        "Mampu membuat program yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description: "Wakil pemerintah untuk membangun hubungan sosial psikologis",
                    indicators: [
                        "Menjadi wakil pemerintah yang mampu membangun hubungan sosial psikologis dengan masyarakat sehingga menciptakan kelekatan yang kuat antara ASN dan para pemangku kepentingan serta diantara para pemangku kepentingan itu sendiri.",
                        "Mampu mengkomunikasikan dampak risiko yang teridentifikasi dan merekomendasikan tindakan korektif berdasarkan pertimbangan perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik untuk membangun hubungan jangka panjang",
                        "Mampu membuat kebijakan yang mengakomodasi perbedaan latar belakang, agama/kepercayaan, suku, jender, sosial ekonomi, preferensi politik yang berdampak positif secara nasional",
                    ]),
            ]),
    ]
}
