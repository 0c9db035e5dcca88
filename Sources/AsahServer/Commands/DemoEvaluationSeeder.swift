import AsahCore
import Fluent
import Foundation
import SQLKit

/// Evaluation in the demo, for every finished activity: most who attended gave their reaction, those
/// with a post-test took the pre-test first, and two of every three who completed it were assessed by
/// their supervisor two weeks after it ended one level higher in the competencies it targeted (the
/// third as before), so the public-service seminar visibly raises Pelayanan Publik (M.05).
enum DemoEvaluationSeeder {
    static let comments = [
        "Materi sangat relevan dengan pekerjaan di loket pelayanan.",
        "Waktu praktik sebaiknya ditambah.",
        "Narasumber menjelaskan dengan contoh nyata dari daerah kita.",
        "Ruangan agak panas, mohon disiapkan kipas atau pendingin.",
    ]

    static func seed(code: String, today: CivilDate, on db: any Database) async throws {
        guard let agency = try await Agency.query(on: db).filter(\.$code == code).first(),
            let agencyID = agency.id
        else { return }
        let settings = try await AgencySettings.currentLevel(agencyID, on: db)
        let finished = try await Activity.query(on: db).filter(\.$agencyID == agencyID)
            .filter(\.$status == ActivityStatus.finished.rawValue).all()
        for activity in finished {
            let id = try activity.requireID()
            let counts = try await EvaluationQueries.counts(activityID: id, on: db)
            guard let end = counts.lastDay.flatMap(CivilDate.init(iso:)),
                let start = counts.firstDay.flatMap(CivilDate.init(iso:))
            else { continue }
            let enrolments = try await Enrolment.query(on: db).filter(\.$activityID == id).sort(\.$id).all()
            let reactedAt = Date(timeIntervalSince1970: Double(end.dayNumber) * 86_400 + 36_000)
            for (i, e) in enrolments.enumerated() where e.state == EnrolmentState.completed.rawValue {
                if i % 5 != 4 {
                    let s = [
                        4 + (i % 3 == 0 ? 1 : 0), 4 - (i % 4 == 1 ? 1 : 0), 5 - (i % 6 == 2 ? 1 : 0), 3 + (i % 2), 4,
                    ]
                    let comment: String? = i % 3 == 0 ? comments[(i / 3) % comments.count] : nil
                    try await db.sql.raw(
                        """
                        INSERT INTO activity_reactions (id, activity_id, enrolment_id, material, method, facilitator,
                            facilities, organisation, comment, created_at)
                        VALUES (\(bind: UUID()), \(bind: id), \(bind: e.id!), \(bind: s[0]), \(bind: s[1]), \(bind: s[2]),
                            \(bind: s[3]), \(bind: s[4]), \(bind: comment), \(bind: reactedAt))
                        """
                    ).run()
                }
                if let post = e.postTestScore {
                    try await db.sql.raw(
                        """
                        INSERT INTO test_attempts (id, enrolment_id, kind, score, answers, taken_at)
                        VALUES (\(bind: UUID()), \(bind: e.id!), 'pre', \(bind: max(20, post - 12 - (i * 5) % 25)), '[]',
                            \(bind: reactedAt))
                        """
                    ).run()
                }
            }
            if BehaviourSurvey.dueDate(end: end, months: BehaviourSurvey.defaultMonths) <= today {
                try await behaviour(enrolments, activityID: id, at: reactedAt, on: db)
            }
            try await raiseLevels(
                activityID: id, agencyID: agencyID, start: start, end: end, today: today, settings: settings, on: db)
        }
    }

    static let reports = [
        "Saya menerapkan alur layanan yang dibahas: berkas diperiksa di depan dengan daftar periksa, sehingga pemohon tidak bolak-balik.",
        "Saya menyusun rencana kerja proyek kecil di bidang kami dengan jadwal dan pembagian tugas seperti contoh di kelas.",
        "Data layanan kini saya catat di lembar kerja bersama sehingga atasan dapat memantau tanpa meminta laporan terpisah.",
    ]

    /// Behaviour surveys (L3) of an activity whose survey is due: two of three participants answered
    /// with a report, and half of the supervisors; the rest still wait in their inboxes.
    static func behaviour(_ enrolments: [Enrolment], activityID: UUID, at when: Date, on db: any Database) async throws
    {
        for (i, e) in enrolments.enumerated() where e.state == EnrolmentState.completed.rawValue && i % 3 != 0 {
            try await db.sql.raw(
                """
                INSERT INTO behaviour_responses (id, enrolment_id, activity_id, respondent, respondent_employee_id,
                    applied, change, report, evidence_url, created_at)
                VALUES (\(bind: UUID()), \(bind: e.id!), \(bind: activityID), 'participant', \(bind: e.employeeID),
                    \(bind: 3 + i % 3), NULL, \(bind: reports[i % reports.count]), NULL, \(bind: when))
                """
            ).run()
            guard i % 2 == 0 else { continue }
            try await db.sql.raw(
                """
                INSERT INTO behaviour_responses (id, enrolment_id, activity_id, respondent, respondent_employee_id,
                    applied, change, report, evidence_url, created_at)
                SELECT \(bind: UUID()), \(bind: e.id!), \(bind: activityID), 'supervisor', supervisor_id,
                    \(bind: 3 + (i / 2) % 3), \(bind: 3 + i % 2), NULL, NULL, \(bind: when)
                FROM employees WHERE id = \(bind: e.employeeID) AND supervisor_id IS NOT NULL
                """
            ).run()
        }
    }

    /// The supervisor's assessment two weeks after the end (or today, if sooner) of each completed
    /// participant in each targeted competency: one level up for two of three, as before for the third.
    static func raiseLevels(
        activityID: UUID, agencyID: UUID, start: CivilDate, end: CivilDate, today: CivilDate,
        settings: CurrentLevelSettings, on db: any Database
    ) async throws {
        let (pairs, facts) = try await EvaluationQueries.facts(activityID: activityID, on: db)
        var known: [String: [AssessmentFact]] = [:]
        for f in facts {
            guard let source = AssessmentSource(rawValue: f.source), let on = CivilDate(iso: f.assessedOn) else {
                continue
            }
            known[f.employeeID.uuidString + f.competencyCode, default: []].append(
                AssessmentFact(level: f.level, source: source, assessedOn: on))
        }
        let on = min(end.addingDays(14), today)
        guard on > end else { return }
        for (n, (employeeID, code)) in pairs.enumerated() {
            let dayBefore = start.addingDays(-1)
            guard
                let before = CurrentLevelRule.current(
                    of: (known[employeeID.uuidString + code] ?? []).filter { $0.assessedOn <= dayBefore },
                    today: dayBefore, settings: settings)?.level
            else { continue }
            let level = n % 3 == 2 ? before : min(5, before + 1)
            try await AssessmentService.insert(
                [
                    .init(
                        agencyID: agencyID, employeeID: employeeID, code: code, level: level, source: .supervisor,
                        assessedOn: on, note: "Penilaian atasan setelah mengikuti pelatihan")
                ], on: db.sql)
            try await AssessmentService.recompute(
                agencyID: agencyID, employeeID: employeeID, code: code, settings: settings, today: today, on: db.sql)
        }
    }
}
