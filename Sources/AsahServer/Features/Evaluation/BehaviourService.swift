import AsahCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Writes a behaviour-survey answer: only for a completed place whose survey is due, once per side.
enum BehaviourService {
    static func answer(
        _ a: BehaviourAnswer, as respondent: BehaviourSurvey.Respondent, enrolment: Enrolment, loaded: LoadedActivity,
        respondentID: UUID, today: CivilDate, on db: any Database
    ) async throws {
        guard enrolment.state == EnrolmentState.completed.rawValue else {
            throw Abort(.conflict, reason: "Survei penerapan hanya untuk peserta yang menyelesaikan kegiatan.")
        }
        let counts = try await EvaluationQueries.counts(activityID: loaded.id, on: db)
        let months = try await AgencySettings.behaviourSurveyMonths(loaded.activity.agencyID, on: db)
        guard let end = counts.lastDay.flatMap(CivilDate.init(iso:)) else {
            throw Abort(.conflict, reason: "Kegiatan ini tidak memiliki sesi.")
        }
        let due = BehaviourSurvey.dueDate(end: end, months: months)
        guard due <= today else {
            throw Abort(
                .conflict,
                reason: "Survei penerapan dibuka mulai \(IndonesianFormat.date(due)), \(months) bulan sesudah kegiatan."
            )
        }
        let id = UUID()
        try await db.sql.raw(
            """
            INSERT INTO behaviour_responses (id, enrolment_id, activity_id, respondent, respondent_employee_id, applied,
                change, report, evidence_url, created_at)
            VALUES (\(bind: id), \(bind: enrolment.id!), \(bind: loaded.id), \(bind: respondent.rawValue),
                \(bind: respondentID), \(bind: a.applied), \(bind: a.change), \(bind: a.report), \(bind: a.evidenceURL),
                \(bind: WriteTime.now))
            ON CONFLICT (enrolment_id, respondent) DO NOTHING
            """
        ).run()
        struct Row: Decodable { var id: UUID }
        let stored = try await db.sql.raw(
            """
            SELECT id FROM behaviour_responses WHERE enrolment_id = \(bind: enrolment.id!)
              AND respondent = \(bind: respondent.rawValue)
            """
        ).firstRow(Row.self)
        guard stored?.id == id else { throw Abort(.conflict, reason: "Survei ini sudah Anda jawab.") }
    }
}
