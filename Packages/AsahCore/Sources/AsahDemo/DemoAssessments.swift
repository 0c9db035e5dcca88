import AsahCore

/// Demo assessments: about 85 % of the employees are assessed on most of their position's
/// competencies. Heads (and some staff) have assessment-centre results for the national
/// competencies; most staff are rated by their supervisor; some took tests of their technical
/// competencies, some rated themselves, a few have 360° results. Levels sit around the required
/// level. The staff of Medan's Dinas Perhubungan are clearly weak in Pelayanan Publik, Komunikasi
/// and Informasi Layanan Angkutan Umum.
extension DemoCompetencies {
    /// Same output on every call for the same `today`; every date lies within the 3 years before it.
    public static func assessments(for agency: DemoAgency, today: CivilDate) -> [DemoAssessment] {
        var generator = DemoAssessmentGenerator(agency: agency, today: today)
        return generator.build()
    }

    /// The agency and unit whose staff are weak in `weakCodes` (a story the demo tells).
    static let weakAgencyCode = "medan"
    static let weakCodes: Set<String> = ["M.05", "M.03", "T.HUB.03"]

    static func isWeakUnit(_ unitKey: String) -> Bool {
        unitKey == DemoUnitTree.dishubKey || unitKey.hasPrefix(DemoUnitTree.dishubKey + "-")
    }
}

struct DemoAssessmentGenerator {
    let agency: DemoAgency
    let today: CivilDate
    private var rng: DemoRNG

    init(agency: DemoAgency, today: CivilDate) {
        self.agency = agency
        self.today = today
        rng = DemoRNG(agencyCode: agency.code, salt: 0x4153_4148_4B4F_4D50)
    }

    mutating func build() -> [DemoAssessment] {
        let positions = Dictionary(agency.positions.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var overrides: [String: [String: Int]] = [:]
        for item in DemoCompetencies.nationalOverrides(for: agency) {
            overrides[item.positionKey, default: [:]][item.code] = item.level
        }
        // Assessment-centre sessions the agency ran, oldest first (within the 3-year window).
        let sessions = [rng.int(880...1060), rng.int(600...820), rng.int(330...540), rng.int(60...240)]
            .map(daysAgo)
        // The demo logins always have data.
        let alwaysAssessed: Set = [agency.unitHeadNIP, agency.sampleEmployeeNIP]
        var out: [DemoAssessment] = []

        for employee in agency.employees {
            guard let position = positions[employee.positionKey] else { continue }
            if !alwaysAssessed.contains(employee.nip) && rng.chance(0.12) { continue }
            let isHead = position.key.hasSuffix(".kepala")
            let weakUnit =
                agency.code == DemoCompetencies.weakAgencyCode && DemoCompetencies.isWeakUnit(employee.unitKey)
            let acDate = rng.chance(isHead ? 0.9 : 0.15) ? rng.pick(sessions) : nil
            let supervisor = rng.chance(0.92) ? employee.supervisorNIP : nil
            let supervisorDate = daysAgo(rng.int(15...420))
            let takesTests = rng.chance(0.3)
            let testDate = daysAgo(rng.int(30...900))
            let selfDate = rng.chance(0.3) ? daysAgo(rng.int(15...700)) : nil
            let multiRaterDate = rng.chance(0.08) ? daysAgo(rng.int(30...600)) : nil

            let requirements = DemoCompetencies.requirements(position, overrides: overrides[position.key] ?? [:])
            for (code, required) in requirements {
                let national = !code.hasPrefix("T.")
                let byAC = national && acDate != nil
                // Some competencies were never assessed (an assessment centre covers all national ones).
                if !byAC && rng.chance(0.1) { continue }
                let weak = weakUnit && DemoCompetencies.weakCodes.contains(code)
                let level = clamp(required + delta(weak: weak))
                func add(_ level: Int, _ source: AssessmentSource, _ date: CivilDate, note: String? = nil) {
                    out.append(
                        DemoAssessment(
                            nip: employee.nip, code: code, level: level, source: source, assessedOn: date,
                            assessorNIP: source == .supervisor ? supervisor : nil, note: note))
                }

                // The fact that decides the current level (the most trusted source present) …
                let primary: AssessmentSource
                if let acDate, byAC {
                    primary = .assessmentCenter
                    add(level, .assessmentCenter, acDate)
                } else if !national && (takesTests || supervisor == nil) {
                    primary = .test
                    add(level, .test, testDate)
                } else if supervisor != nil {
                    primary = .supervisor
                    add(level, .supervisor, supervisorDate, note: weak && level < required ? weakNote(code) : nil)
                } else {
                    primary = .selfAssessment
                    add(level, .selfAssessment, selfDate ?? supervisorDate)
                }
                // … and less trusted ones, which tend to be kinder.
                if primary == .assessmentCenter && supervisor != nil && rng.chance(0.5) {
                    add(clamp(level + (rng.chance(0.35) ? 1 : 0)), .supervisor, supervisorDate)
                }
                if let multiRaterDate, national, primary != .assessmentCenter {
                    add(level, .multiRater, multiRaterDate)
                }
                if let selfDate, primary != .selfAssessment {
                    add(clamp(level + (rng.chance(0.45) ? 1 : 0)), .selfAssessment, selfDate)
                }
            }
        }
        return out
    }

    /// Current minus required: on target most often, a gap of 1 sometimes, 2 rarely, a surplus occasionally.
    private mutating func delta(weak: Bool) -> Int {
        weak
            ? rng.weighted([(-1, 0.5), (-2, 0.4), (0, 0.1)])
            : rng.weighted([(0, 0.58), (-1, 0.24), (-2, 0.06), (1, 0.12)])
    }

    private func clamp(_ level: Int) -> Int { min(5, max(1, level)) }

    private mutating func weakNote(_ code: String) -> String? {
        let notes: [String: [String]] = [
            "M.05": [
                "Belum konsisten menjelaskan prosedur, waktu dan biaya layanan kepada pengguna jasa.",
                "Pengaduan masyarakat belum ditindaklanjuti sesuai standar pelayanan.",
            ],
            "M.03": [
                "Penyampaian informasi kepada masyarakat belum jelas dan lengkap.",
                "Perlu berlatih mendengarkan keluhan dan menanggapinya dengan tepat.",
            ],
            "T.HUB.03": [
                "Informasi trayek, jadwal dan tarif yang disampaikan sering belum mutakhir.",
                "Belum memanfaatkan kanal informasi angkutan umum secara daring.",
            ],
        ]
        guard let options = notes[code], rng.chance(0.6) else { return nil }
        return rng.pick(options)
    }

    private func daysAgo(_ days: Int) -> CivilDate { today.addingDays(-days) }
}
