import AsahCore

/// One unit of the tree with its head position and staff positions.
struct DemoUnitPlan: Sendable {
    let key: String
    let name: String
    let parentKey: String?
    let head: DemoSeat
    let staff: [DemoSeat]
}

/// The unit tree every demo agency gets, parents before children:
/// Sekretariat Daerah, BKPSDM, Disdukcapil, Dinas Perhubungan, Dinas Kesehatan (with puskesmas),
/// Dinas Pendidikan (with schools), Diskominfo and the kecamatan.
enum DemoUnitTree {
    static let setdaKey = "setda"
    static let dishubKey = "dishub"

    static func plan(for spec: DemoAgencySpec) -> [DemoUnitPlan] {
        var units: [DemoUnitPlan] = []
        func add(_ key: String, _ name: String, parent: String?, head: DemoSeat, staff: [DemoSeat] = []) {
            units.append(DemoUnitPlan(key: key, name: name, parentKey: parent, head: head, staff: staff))
        }
        /// A dinas or badan: the root, its Sekretariat with subbagian, and its bidang.
        func opd(
            _ key: String, _ name: String, field: DemoField, sekretaris: String,
            subbagian: [(String, String, [DemoSeat])], bidang: [(String, String, [DemoSeat])]
        ) {
            add(key, name, parent: nil, head: .head("Kepala " + name, .jptPratama, field))
            add(key + "-sekretariat", "Sekretariat", parent: key, head: .head(sekretaris, .administrator))
            for (slug, title, staff) in subbagian {
                add(
                    key + "-" + slug, "Subbagian " + title, parent: key + "-sekretariat",
                    head: .head("Kepala Subbagian " + title, .pengawas, female: 0.45), staff: staff)
            }
            for (slug, title, staff) in bidang {
                add(
                    key + "-" + slug, "Bidang " + title, parent: key,
                    head: .head("Kepala Bidang " + title, .administrator, field), staff: staff)
            }
        }
        let umum = ("umum", "Umum dan Kepegawaian", DemoStaff.umumKepegawaian)
        let keuangan = ("keuangan", "Perencanaan dan Keuangan", DemoStaff.perencanaanKeuangan)
        let senior = spec.hasSeniorExperts

        // Sekretariat Daerah: JPT Madya only in a provinsi.
        add(
            setdaKey, "Sekretariat Daerah", parent: nil,
            head: .head("Sekretaris Daerah", spec.kind == .provinsi ? .jptMadya : .jptPratama, .policy, female: 0.15))
        add(
            "setda-umum", "Bagian Umum", parent: setdaKey, head: .head("Kepala Bagian Umum", .administrator),
            staff: [
                .pelaksana("Pengadministrasi Perkantoran", .administration, 2...3),
                .pelaksana("Pengelola Umum Operasional", .administration, 1...1),
                .fungsional("Arsiparis", .ahliPertama, .administration, 0...1),
                .fungsional("Arsiparis", .terampil, .administration, 1...1),
            ])
        add(
            "setda-organisasi", "Bagian Organisasi", parent: setdaKey,
            head: .head("Kepala Bagian Organisasi", .administrator),
            staff: [
                .fungsional("Analis Kebijakan", .ahliMadya, .policy, 1...1),
                .fungsional("Analis Kebijakan", .ahliMuda, .policy, 1...2),
                .fungsional("Analis Kebijakan", .ahliPertama, .policy, 0...1),
                .pelaksana("Penelaah Teknis Kebijakan", .policy, 1...2),
            ] + (senior ? [.fungsional("Analis Kebijakan", .ahliUtama, .policy, 1...1)] : []))
        add(
            "setda-hukum", "Bagian Hukum", parent: setdaKey, head: .head("Kepala Bagian Hukum", .administrator, .law),
            staff: [
                .fungsional("Perancang Peraturan Perundang-undangan", .ahliMuda, .law, 1...1),
                .fungsional("Perancang Peraturan Perundang-undangan", .ahliPertama, .law, 0...1),
                .fungsional("Analis Hukum", .ahliPertama, .law, 1...1),
                .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
            ])
        add(
            "setda-pemerintahan", "Bagian Tata Pemerintahan", parent: setdaKey,
            head: .head("Kepala Bagian Tata Pemerintahan", .administrator),
            staff: [
                .fungsional("Analis Kebijakan", .ahliMuda, .policy, 0...1),
                .pelaksana("Penelaah Teknis Kebijakan", .policy, 1...1),
                .pelaksana("Pengolah Data dan Informasi", .informatics, 1...1),
            ])

        opd(
            "bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", field: .humanResources,
            sekretaris: "Sekretaris Badan",
            subbagian: [umum],
            bidang: [
                (
                    "bangkom", "Pengembangan Kompetensi",
                    [
                        .fungsional("Analis Sumber Daya Manusia Aparatur", .ahliMuda, .humanResources, 1...2),
                        .fungsional("Analis Sumber Daya Manusia Aparatur", .ahliPertama, .humanResources, 1...2),
                        .fungsional("Widyaiswara", .ahliMadya, .humanResources, 1...1),
                        .fungsional("Pranata Sumber Daya Manusia Aparatur", .mahir, .humanResources, 1...1),
                        .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
                    ] + (senior ? [.fungsional("Widyaiswara", .ahliUtama, .humanResources, 1...1)] : [])
                ),
                (
                    "mutasi", "Mutasi dan Promosi",
                    [
                        .fungsional("Analis Sumber Daya Manusia Aparatur", .ahliMuda, .humanResources, 1...1),
                        .fungsional("Analis Sumber Daya Manusia Aparatur", .ahliPertama, .humanResources, 0...1),
                        .fungsional("Pranata Sumber Daya Manusia Aparatur", .terampil, .humanResources, 1...2),
                        .fungsional("Pranata Sumber Daya Manusia Aparatur", .penyelia, .humanResources, 0...1),
                    ]
                ),
                (
                    "pengadaan", "Pengadaan, Pemberhentian dan Informasi",
                    [
                        .fungsional("Pranata Komputer", .ahliPertama, .informatics, 1...1),
                        .fungsional("Pranata Sumber Daya Manusia Aparatur", .terampil, .humanResources, 0...1),
                        .pelaksana("Pengolah Data dan Informasi", .informatics, 1...2),
                    ]
                ),
            ])

        opd(
            "disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", field: .population,
            sekretaris: "Sekretaris Dinas Kependudukan dan Pencatatan Sipil", subbagian: [umum],
            bidang: [
                (
                    "dafduk", "Pelayanan Pendaftaran Penduduk",
                    [
                        .fungsional("Administrator Database Kependudukan", .ahliPertama, .population, 1...1),
                        .pelaksana("Operator Layanan Operasional", .population, 2...3),
                        .pelaksana("Pengolah Data dan Informasi", .informatics, 0...1),
                    ]
                ),
                (
                    "capil", "Pelayanan Pencatatan Sipil",
                    [
                        .pelaksana("Penata Layanan Operasional", .population, 1...2),
                        .pelaksana("Operator Layanan Operasional", .population, 1...2),
                    ]
                ),
                (
                    "piak", "Pengelolaan Informasi Administrasi Kependudukan",
                    [
                        .fungsional("Administrator Database Kependudukan", .ahliMuda, .population, 1...1),
                        .fungsional("Pranata Komputer", .terampil, .informatics, 1...1),
                    ]
                ),
            ])

        // Dinas Perhubungan: the unit of the demo `unit_head` login, so it has two levels of heads.
        opd(
            dishubKey, "Dinas Perhubungan", field: .transport, sekretaris: "Sekretaris Dinas Perhubungan",
            subbagian: [umum, keuangan],
            bidang: [
                ("lalin", "Lalu Lintas", [.pelaksana("Penelaah Teknis Kebijakan", .transport, 1...1)]),
                ("angkutan", "Angkutan", [.pelaksana("Pengelola Data", .transport, 1...1)]),
                (
                    "sarpras", "Sarana dan Prasarana",
                    [
                        .pelaksana("Penelaah Teknis Kebijakan", .transport, 0...1),
                        .pelaksana("Pengelola Layanan Operasional", .transport, 1...2),
                    ]
                ),
            ])
        func seksi(_ parent: String, _ slug: String, _ title: String, _ staff: [DemoSeat]) {
            add(
                parent + "-" + slug, "Seksi " + title, parent: parent,
                head: .head("Kepala Seksi " + title, .pengawas, .transport, female: 0.3), staff: staff)
        }
        seksi(
            "dishub-lalin", "manrek", "Manajemen dan Rekayasa Lalu Lintas",
            [
                .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
                .pelaksana("Penata Layanan Operasional", .transport, 1...2),
            ])
        seksi(
            "dishub-lalin", "dalops", "Pengendalian dan Operasional",
            [
                .pelaksana("Operator Layanan Operasional", .transport, 2...3, female: 0.2)
            ])
        seksi(
            "dishub-angkutan", "orang", "Angkutan Orang",
            [
                .pelaksana("Penata Layanan Operasional", .transport, 1...1),
                .pelaksana("Pengadministrasi Perkantoran", .administration, 0...1),
            ])
        seksi("dishub-angkutan", "barang", "Angkutan Barang", [.pelaksana("Pengelola Data", .transport, 1...1)])
        add(
            "dishub-pkb", "UPT Pengujian Kendaraan Bermotor", parent: dishubKey,
            head: .head("Kepala UPT Pengujian Kendaraan Bermotor", .pengawas, .transport, female: 0.2),
            staff: [
                .fungsional("Penguji Kendaraan Bermotor", .pemula, .transport, 1...1, female: 0.2),
                .fungsional("Penguji Kendaraan Bermotor", .terampil, .transport, 2...3, female: 0.2),
                .fungsional("Penguji Kendaraan Bermotor", .mahir, .transport, 1...1, female: 0.2),
                .fungsional("Penguji Kendaraan Bermotor", .penyelia, .transport, 0...1, female: 0.2),
                .pelaksana("Operator Layanan Operasional", .transport, 1...1),
            ])

        opd(
            "dinkes", "Dinas Kesehatan", field: .publicHealth, sekretaris: "Sekretaris Dinas Kesehatan",
            subbagian: [umum],
            bidang: [
                (
                    "yankes", "Pelayanan Kesehatan",
                    [
                        .fungsional("Dokter", .ahliMuda, .doctor, 1...1, female: 0.6),
                        .fungsional("Apoteker", .ahliPertama, .pharmacist, 1...1, female: 0.7),
                        .fungsional("Administrator Kesehatan", .ahliPertama, .publicHealth, 0...1),
                    ] + (senior ? [.fungsional("Dokter", .ahliMadya, .doctor, 1...1, female: 0.5)] : [])
                ),
                (
                    "p2p", "Pencegahan dan Pengendalian Penyakit",
                    [
                        .fungsional("Epidemiolog Kesehatan", .ahliMuda, .publicHealth, 1...1),
                        .fungsional("Sanitarian", .terampil, .publicHealth, 1...1),
                    ]
                ),
                (
                    "kesmas", "Kesehatan Masyarakat",
                    [
                        .fungsional("Penyuluh Kesehatan Masyarakat", .ahliPertama, .publicHealth, 1...1, female: 0.7),
                        .fungsional("Nutrisionis", .terampil, .publicHealth, 1...1, female: 0.8),
                    ]
                ),
            ])
        for p in spec.puskesmas {
            add(
                "pkm-" + p.slug, "Puskesmas " + p.name, parent: "dinkes",
                head: .head("Kepala Puskesmas " + p.name, .pengawas, .doctor, female: 0.5), staff: DemoStaff.puskesmas)
        }

        opd(
            "disdik", "Dinas Pendidikan", field: .teacher, sekretaris: "Sekretaris Dinas Pendidikan", subbagian: [umum],
            bidang: [
                (
                    "sd", "Pembinaan Sekolah Dasar",
                    [
                        .fungsional("Pengawas Sekolah", .ahliMadya, .teacher, 1...1),
                        .pelaksana("Pengolah Data dan Informasi", .informatics, 1...1),
                    ]
                ),
                (
                    "smp", "Pembinaan Sekolah Menengah Pertama",
                    [
                        .fungsional("Pengawas Sekolah", .ahliMuda, .teacher, 1...1),
                        .pelaksana("Penelaah Teknis Kebijakan", .policy, 1...1),
                    ]
                ),
                (
                    "gtk", "Guru dan Tenaga Kependidikan",
                    [
                        .fungsional("Analis Sumber Daya Manusia Aparatur", .ahliPertama, .humanResources, 1...1),
                        .pelaksana("Pengadministrasi Perkantoran", .administration, 1...1),
                    ]
                ),
            ])
        // A school is led by a teacher with the additional task of Kepala Sekolah.
        for s in spec.schools {
            add(
                "disdik-" + s.slug, s.name, parent: "disdik",
                head: .head("Kepala " + s.name, .fungsional, .teacher, jenjang: .ahliMadya, female: 0.5),
                staff: DemoStaff.school)
        }

        opd(
            "diskominfo", "Dinas Komunikasi dan Informatika", field: .informatics,
            sekretaris: "Sekretaris Dinas Komunikasi dan Informatika",
            subbagian: [umum],
            bidang: [
                (
                    "aptika", "Aplikasi Informatika",
                    [
                        .fungsional("Pranata Komputer", .ahliMuda, .informatics, 1...1),
                        .fungsional("Pranata Komputer", .ahliPertama, .informatics, 1...2),
                        .fungsional("Pranata Komputer", .terampil, .informatics, 0...1),
                        .pelaksana("Penata Kelola Sistem dan Teknologi Informasi", .informatics, 1...1),
                    ]
                ),
                (
                    "ikp", "Informasi dan Komunikasi Publik",
                    [
                        .fungsional("Pranata Hubungan Masyarakat", .ahliPertama, .communication, 1...1),
                        .fungsional("Pranata Hubungan Masyarakat", .ahliMuda, .communication, 0...1),
                        .pelaksana("Pengelola Layanan Operasional", .communication, 1...1),
                    ]
                ),
                (
                    "statistik", "Persandian dan Statistik",
                    [
                        .fungsional("Statistisi", .ahliPertama, .statistics, 1...1),
                        .fungsional("Sandiman", .ahliPertama, .informatics, 0...1),
                        .pelaksana("Pengolah Data dan Informasi", .statistics, 1...1),
                    ]
                ),
            ])

        for k in spec.kecamatan {
            let key = "kec-" + k.slug
            add(
                key, "Kecamatan " + k.name, parent: nil,
                head: .head("Camat " + k.name, .administrator, .policy, female: 0.2))
            add(
                key + "-pemerintahan", "Seksi Pemerintahan", parent: key,
                head: .head("Kepala Seksi Pemerintahan", .pengawas), staff: DemoStaff.kecamatanPemerintahan)
            add(
                key + "-pelayanan", "Seksi Pelayanan Umum", parent: key,
                head: .head("Kepala Seksi Pelayanan Umum", .pengawas), staff: DemoStaff.kecamatanPelayanan)
        }
        return units
    }
}
