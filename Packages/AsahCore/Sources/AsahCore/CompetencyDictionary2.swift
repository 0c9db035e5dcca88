// Kamus kompetensi manajerial dan sosial kultural (Permen PANRB 38/2017, Lampiran II–III): M.04–M.06.
// Generated from the reference dictionary; edit the text here, the source is not needed to build.

extension CompetencyDictionary {
    static let part2: [DictionaryCompetency] = [
        DictionaryCompetency(
            code: "M.04", name: "Orientasi pada Hasil", group: .manajerial,
            definition:
                "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, bertanggung jawab, mampu secara sistimatis mengidentifikasi risiko dan peluang dengan memperhatikan keterhubungan antara perencanaan dan hasil, untuk keberhasilan organisasi",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Bertanggung jawab untuk memenuhi standar kerja",
                    indicators: [
                        "Menyelesaikan tugas dengan tuntas; dapat diandalkan",
                        "Bekerja dengan teliti dan hati-hati guna meminimalkan kesalahan dengan mengacu pada standar kualitas (SOP)",
                        "Bersedia menerima masukan, mengikuti contoh cara bekerja yang lebih efektif, efisien di lingkungan kerjanya",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description:
                        "Berupaya meningkatkan hasil kerja pribadi yang lebih tinggi dari standar yang ditetapkan, mencari, mencoba metode alternatif untuk peningkatan kinerja",
                    indicators: [
                        "Menetapkan dan berupaya mencapai standar kerja pribadi yang lebih tinggi dari standar kerja yang ditetapkan organisasi",
                        "Mencari, mencoba metode kerja alternatif untuk meningkatkan hasil kerjanya",
                        "Memberi contoh kepada orang-orang di unit kerjanya untuk mencoba menerapkan metode kerja yang lebih efektif yang sudah dilakukannya",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description:
                        "Menetapkan target kerja yang menantang bagi unit kerja, memberi apresiasi dan teguran untuk mendorong kinerja",
                    indicators: [
                        "Menetapkan target kinerja unit yang lebih tinggi dari target yang ditetapkan organisasi",
                        "Memberikan apresiasi dan teguran untuk mendorong pencapaian hasil unit kerjanya",
                        "Mengembangkan metode kerja yang lebih efektif dan efisien untuk mencapai target kerja unitnya",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Mendorong unit kerja mencapai target yang ditetapkan atau melebihi hasil kerja sebelumnya",
                    indicators: [
                        "Mendorong unit kerja di tingkat instansi untuk mencapai kinerja yang melebihi target yang ditetapkan",
                        "Memantau dan mengevaluasi hasil kerja unitnya agar selaras dengan sasaran strategis instansi",
                        "Mendorong pemanfaatan sumber daya bersama antar unit kerja dalam rangka meningkatkan efektifitas dan efisiensi pencaian target organisasi",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description: "Meningkatkan mutu pencapaian kerja organisasi",
                    indicators: [
                        "Memastikan kualitas sesuai standar dan keberlanjutan hasil kerja organisasi yang memberi kontribusi pada pencapaian target prioritas nasional",
                        "Memastikan tersedianya sumber daya organisasi untuk menjamin tercapainya target prioritas instansi/nasional",
                        "Membuat kebijakan untuk menerapkan metode kerja yang lebih efektif-efisien dalam mencapai tujuan prioritas nasional",
                    ]),
            ]),
        DictionaryCompetency(
            code: "M.05", name: "Pelayanan Publik", group: .manajerial,
            definition:
                "Kemampuan dalam melaksanakan tugas-tugas pemerintahan, pembangunan dan kegiatan pemenuhan kebutuhan pelayanan publik secara profesional, transparan, mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/golongan/partai politik",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Menjalankan tugas mengikuti standar pelayanan",
                    indicators: [
                        "Mampu mengerjakan tugas-tugas dengan mengikuti standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, transparan dan tidak terpengaruh kepentingan pribadi/kelompo /partai politik",
                        "Melayani kebutuhan, permintaan dan keluhan pemangku kepentingan",
                        "Menyelesaikan masalah dengan tepat tanpa bersikap membela diri dalam kapasitas sebagai pelaksana pelayanan publik",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description:
                        "Mampu mensupervisi/mengawasi/menyelia dan menjelaskan proses pelaksanaan tugas-tugas pemerintahan/pelayanan publik secara transparan",
                    indicators: [
                        "Menunjukan sikap yakin dalam mengerjakan tugas-tugas pemerintahan/pelayanan publik, mampu menyelia dan menjelaskan secara obyektif bila ada yang mempertanyakan kebijakan yang diambil",
                        "Secara aktif mencari informasi untuk mengenali kebutuhan pemangku kepentingan agar dapat menjalankan pelaksanaan tugas pemerintahan, pembangunan dan pelayanan publik secara cepat dan tanggap",
                        "Mampu mengenali dan memanfaatkan kebiasaan, tatacara, situasi tertentu sehingga apa yang disampaikan menjadi perhatian pemangku kepentingan dalam hal penyelesaian tugas-tugas pemerintahan, pembangunan dan pelayanan publik",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description:
                        "Mampu memanfaatkan kekuatan kelompok serta memperbaiki standar pelayanan publik di lingkup unit kerja",
                    indicators: [
                        "Memahami, mendeskripsikan pengaruh dan hubungan/kekuatan kelompok yang sedang berjalan di organisasi (aliansi atau persaingan), dan dampaknya terhadap unit kerja untuk menjalankan tugas pemerintahan secara profesional dan netral, tidak memihak",
                        "Menggunakan keterampilan dan pemahaman lintas organisasi untuk secara efektif memfasilitasi kebutuhan kelompok yang lebih besar dengan cara-cara yang mengikuti standar objektif, transparan, profesional, sehingga tidak merugikan para pihak di lingkup pelayanan publik unit kerjanya",
                        "Mengimplementasikan cara-cara yang efektif untuk memantau dan mengevaluasi masalah yang dihadapi pemangku kepentingan/masyarakat serta mengantisipasi kebutuhan mereka saat menjalankan tugas pelayanan publik di unit kerjanya",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Mampu memonitor, mengevaluasi, memperhitungkan dan mengantisipasi dampak dari isu-isu jangka panjang, kesempatan, atau kekuatan politik dalam hal pelayanan kebutuhan pemangku kepentingan yang transparan, objektif, dan profesional",
                    indicators: [
                        "Memahami dan memberi perhatian kepada isu-isu jangka panjang, kesempatan atau kekuatan politik yang mempengaruhi organisasi dalam hubungannya dengan dunia luar, memperhitungkan dan mengantisipasi dampak terhadap pelaksanaan tugastugas pelayanan publik secara objektif, transparan, dan professional dalam lingkup organisasi",
                        "Menjaga agar kebijakan pelayanan publik yang diselenggarakan oleh instansinya telah selaras dengan standar pelayanan yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik",
                        "Menerapkan strategi jangka panjang yang berfokus pada pemenuhan kebutuhan pemangku kepentingan dalam menyusun kebijakan dengan mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Mampu memastikan kebijakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik",
                    indicators: [
                        "Mampu menciptakan kebijakan kebijakan pelayanan publik yang menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik",
                        "Menginternalisasikan nilai dan semangat pelayanan publik yang mengikuti standar objektif, netral, tidak memihak, tidak diskriminatif, transparan, tidak terpengaruh kepentingan pribadi/kelompok kepada setiap individu di lingkungan instansi/nasional",
                        "Menjamin terselenggaranya pelayanan publik yang objektif, netral, tidak memihak, tidak diskriminatif, serta tidak terpengaruh kepentingan pribadi/kelompok/partai politik",
                    ]),
            ]),
        DictionaryCompetency(
            code: "M.06", name: "Pengembangan Diri dan Orang Lain", group: .manajerial,
            definition:
                "Kemampuan untuk meningkatkan pengetahuan dan menyempurnakan keterampilan diri; menginspirasi orang lain untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilan yang relevan dengan pekerjaan dan pengembangan karir jangka panjang, mendorong kemauan belajar sepanjang hidup, memberikan saran/bantuan, umpan balik, bimbingan untuk membantu orang lain untuk mengembangkan potensi dirinya",
            levels: [
                CompetencyLevelText(
                    level: 1,
                    description: "Pengembangan diri",
                    indicators: [
                        "Mengidentifikasi kebutuhan pengembangan diri dan menyeleksi sumber serta metodologi pembelajaran yang diperlukan",
                        "Menunjukkan usaha mandiri untuk mempelajari keterampilan atau kemampuan baru dari berbagai media pembelajaran",
                        "Berupaya meningkatkan diri dengan belajar dari orang-orang lain yang berwawasan luas di dalam organisasi",
                    ]),
                CompetencyLevelText(
                    level: 2,
                    description:
                        "Meningkatkan kemampuan bawahan dengan memberikan contoh dan penjelasan cara melaksanakan suatu pekerjaan",
                    indicators: [
                        "Meningkatkan kemampuan bawahan dengan memberikan contoh, instruksi, penjelasan dan petunjuk praktis yang jelas kepada bawahan dalam menyelesaikan suatu pekerjaan",
                        "Membantu bawahan untuk mempelajari proses, program atau sistem baru",
                        "Menggunakan metode lain untuk meyakinkan bahwa orang lain telah memahami penjelasan atau pengarahan",
                    ]),
                CompetencyLevelText(
                    level: 3,
                    description: "Memberikan umpan balik, membimbing",
                    indicators: [
                        "Memberikan tugas-tugas yang menantang pada bawahan sebagai media belajar untuk mengembangkan kemampuannya",
                        "Mengamati bawahan dalam mengerjakan tugasnya dan memberikan umpan balik yang objektif dan jujur; melakukan diskusi dengan bawahan untuk memberikan bimbingan dan umpan balik yang berguna bagi bawahan",
                        "Mendorong kepercayaan diri bawahan; memberikan kepercayaan penuh pada bawahan untuk mengerjakan tugas dengan caranya sendiri; memberi kesempatan dan membantu bawahan menemukan peluang untuk berkembang",
                    ]),
                CompetencyLevelText(
                    level: 4,
                    description:
                        "Menyusun program pengembangan jangka panjang dalam rangka mendorong manajemen pembelajaran",
                    indicators: [
                        "Menyusun program pengembangan jangka panjang bersama-sama dengan bawahan, termasuk didalamnya penetapan tujuan, bimbingan, penugasan dan pengalaman lainnya, serta mengalokasikan waktu untuk mengikuti pelatihan/pendidikan/pengembangan kompetensi dan karir",
                        "Melaksanakan manajemen pembelajaran termasuk evaluasi dan umpan balik pada tataran organisasi",
                        "Mengembangkan orang-orang disekitarnya secara konsisten, melakukan kaderisasi untuk posisi-posisi di unit kerjanya",
                    ]),
                CompetencyLevelText(
                    level: 5,
                    description:
                        "Menciptakan situasi yang mendorong organisasi untuk mengembangkan kemampuan belajar secara berkelanjutan dalam rangka mendukung pencapaian hasil",
                    indicators: [
                        "Menciptakan situasi yang mendorong individu, kelompok, unit kerja untuk mengembangkan kemampuan belajar secara berkelanjutan di tingkat instansi",
                        "Merekomendasikan/memberikan penghargaan bagi upaya pengembangan yang berhasil, memastikan dukungan bagi orang lain dalam mengembangkan kemampuan dalam unit kerja di tingkat instansi",
                        "Memberikan inspirasi kepada individu atau kelompok untuk belajar secara berkelanjutan dalam penerapan di tingkat instansi",
                    ]),
            ]),
    ]
}
