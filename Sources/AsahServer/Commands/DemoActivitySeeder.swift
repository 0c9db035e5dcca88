import AsahCore
import Fluent
import Foundation

/// Demo learning activities for one agency, dated around today so the demo always looks current:
/// three finished ones (with attendance, scores, certificates and JP), one running now (a session
/// today, so `pegawai.<code>` can check in), one open for registration next month. Also the agency's
/// demo facilitator, `fasilitator.<code>`.
enum DemoActivitySeeder {
    struct Plan {
        var title: String
        var jenis: Int
        var provider: ProviderKind
        var partner: String?
        var dayOffsets: [Int]
        var hours: (String, String)
        var capacity: Int?
        var approval: Bool
        var passing: Int?
        var targets: [(String, Int)]
        var participants: Int
        /// The status once its participants are in (they enrol while it is open).
        var status: ActivityStatus
    }

    static func plans(agencyName: String) -> [Plan] {
        [
            Plan(
                title: "Teknologi Informasi dalam Administrasi Pemerintahan", jenis: 3, provider: .partner,
                partner: "Universitas Negeri (Program Studi Sistem Informasi)", dayOffsets: [-150, -149, -148],
                hours: ("08:00", "15:30"), capacity: 30, approval: false, passing: 70,
                targets: [("M.04", 3)], participants: 24, status: .open),
            Plan(
                title: "Manajemen Proyek Pemerintahan", jenis: 5, provider: .bpsdm, partner: nil,
                dayOffsets: [-90, -89], hours: ("08:00", "16:00"), capacity: 25, approval: true, passing: 75,
                targets: [("M.08", 3), ("M.04", 3)], participants: 18, status: .open),
            Plan(
                title: "Seminar Inovasi Pelayanan Publik", jenis: 9, provider: .internalUnit, partner: nil,
                dayOffsets: [-30], hours: ("09:00", "13:00"), capacity: nil, approval: false, passing: nil,
                targets: [("M.05", 2)], participants: 40, status: .open),
            Plan(
                title: "E-Government dan SPBE untuk Pelayanan Perhubungan", jenis: 4, provider: .internalUnit,
                partner: nil, dayOffsets: [-1, 0, 1], hours: ("08:30", "12:00"), capacity: 30, approval: false,
                passing: 70, targets: [("M.05", 3), ("M.03", 3)], participants: 16, status: .running),
            Plan(
                title: "Pelayanan Publik Prima dan Komunikasi dengan Warga", jenis: 8, provider: .bpsdm, partner: nil,
                dayOffsets: [28, 29], hours: ("08:00", "15:00"), capacity: 25, approval: true, passing: 70,
                targets: [("M.05", 3), ("M.03", 3)], participants: 0, status: .open),
        ]
    }

    /// The pre- and post-test of the running e-government workshop.
    static let spbeQuiz = """
        Apa kepanjangan SPBE?
        * Sistem Pemerintahan Berbasis Elektronik
        - Sistem Pelayanan Berbasis Elektronik
        - Sistem Perizinan Berbasis Elektronik

        Peraturan Presiden yang mengatur SPBE adalah
        - Perpres 39 Tahun 2019
        * Perpres 95 Tahun 2018
        - Perpres 81 Tahun 2010

        Layanan perizinan angkutan yang dapat diajukan warga dari rumah melalui internet termasuk
        * layanan publik berbasis elektronik
        - layanan administrasi pemerintahan internal
        - layanan tatap muka

        Data yang sama dipakai bersama oleh beberapa perangkat daerah agar warga tidak mengisi ulang. Prinsip ini disebut
        - keamanan informasi
        * interoperabilitas
        - kerahasiaan

        Sebelum aplikasi layanan baru dibuat, perangkat daerah sebaiknya memeriksa
        - jumlah komputer di kantor
        * aplikasi umum yang sudah tersedia dan dapat dipakai bersama
        - merek perangkat lunak yang paling populer
        """

    /// Dates of a plan around `today`, moved together by the fewest days (back first) that keep them in
    /// one year: a running activity keeps a session today even on 1 January or 31 December.
    static func dates(_ offsets: [Int], today: CivilDate) -> [CivilDate] {
        for distance in 0...400 {
            for shift in distance == 0 ? [0] : [-distance, distance] {
                let dates = offsets.map { today.addingDays($0 + shift) }
                if Set(dates.map(\.year)).count == 1 { return dates }
            }
        }
        return offsets.map { _ in today }
    }

    static func seed(code: String, hash: String, today: CivilDate, on db: any Database) async throws {
        guard let agency = try await Agency.query(on: db).filter(\.$code == code).first() else { return }
        let agencyID = try agency.requireID()
        let facilitator = User(
            username: "fasilitator.\(code)", passwordHash: hash, displayName: "Widyaiswara \(agency.name)",
            roles: [.facilitator], agencyID: agencyID)
        try await facilitator.create(on: db)
        let manager = try await User.query(on: db).filter(\.$username == "pengelola.\(code)").first()
        let sample = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first()?.employeeID
        let staff = try await Employee.query(on: db).filter(\.$agencyID == agencyID).filter(\.$status != "pppk")
            .sort(\.$nip).all()
        let known = Set(CompetencyDictionary.nationalCodes)
        for (index, plan) in plans(agencyName: agency.name).enumerated() {
            var input = ActivityInput()
            input.title = plan.title
            input.jenisDiklatID = String(plan.jenis)
            input.providerKind = plan.provider.rawValue
            input.partnerName = plan.partner ?? ""
            input.partnerKind = PartnerKind.university.rawValue
            input.place = plan.provider == .bpsdm ? "Kampus BPSDM Provinsi" : "Aula BKPSDM \(agency.name)"
            input.capacity = plan.capacity.map(String.init) ?? ""
            input.costPerParticipant = plan.provider == .internalUnit ? "0" : "350000"
            input.fixedCost = plan.provider == .partner ? "7500000" : "1500000"
            input.requiresApproval = plan.approval
            input.postTestPassingScore = plan.passing.map(String.init) ?? ""
            input.sessions = dates(plan.dayOffsets, today: today).map {
                SessionInput(date: $0.iso, startsAt: plan.hours.0, endsAt: plan.hours.1)
            }
            input.competencies = plan.targets.map { (code: $0.0, level: String($0.1)) }
            let valid = try ActivityRules.validate(input, knownCompetencies: known).get()
            let activity = try await ActivityService.create(
                valid, agencyID: agencyID, userID: manager?.id, facilitators: [try facilitator.requireID()],
                status: .open, on: db)
            // Participants: a spread over the agency, and the demo employee in the running activity.
            var chosen = stride(from: index * 7, to: staff.count, by: max(1, staff.count / max(plan.participants, 1)))
                .prefix(plan.participants).map { staff[$0] }
            if plan.status == .running, let sample, let me = staff.first(where: { $0.id == sample }),
                !chosen.contains(where: { $0.id == sample })
            {
                chosen.append(me)
            }
            for e in chosen {
                _ = try await EnrolmentService.enrol(
                    activity, employeeID: try e.requireID(), byUser: manager?.id, approvalRequired: false, on: db)
            }
            if plan.status == .running {
                let quiz = try QuizText.parse(spbeQuiz).get()
                try await TestService.save(
                    activityID: try activity.requireID(), kind: .pre, questions: quiz, maxAttempts: 1, on: db)
                try await TestService.save(
                    activityID: try activity.requireID(), kind: .post, questions: quiz, maxAttempts: 3, on: db)
            }
            if plan.status != .open {
                activity.status = plan.status.rawValue
                try await activity.save(on: db)
            }
            try await attend(
                activity, chosen: chosen, sample: sample, facilitator: facilitator.id, today: today, on: db)
        }
    }

    /// Past sessions get attendance (most present, every seventh person missing one); finished plans
    /// get post-test scores and are closed, which issues certificates and JP.
    private static func attend(
        _ activity: Activity, chosen: [Employee], sample: UUID?, facilitator: UUID?, today day: CivilDate,
        on db: any Database
    ) async throws {
        let today = day.iso
        let sessions = try await ActivitySession.query(on: db).filter(\.$activityID == activity.id!).sort(\.$date).all()
        for (s, session) in sessions.enumerated() where session.date < today {
            let present = chosen.enumerated().filter { i, e in !(i % 7 == 3 && s == 0) && e.id != sample }.map(
                \.element.nip)
            _ = try await AttendanceService.set(session: session, presentNIPs: present, byUser: facilitator, on: db)
        }
        guard sessions.allSatisfy({ $0.date < today }) else { return }
        if activity.postTestPassingScore != nil {
            for (i, e) in try await Enrolment.query(on: db).filter(\.$activityID == activity.id!).all().enumerated() {
                e.postTestScore = i % 9 == 5 ? 62 : 76 + (i * 7) % 23
                try await e.save(on: db)
            }
        }
        _ = try await ActivityService.complete(activity, userID: nil, today: day, on: db)
    }
}
