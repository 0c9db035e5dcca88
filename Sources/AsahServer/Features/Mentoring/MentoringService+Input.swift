import AsahCore
import Fluent
import Vapor

/// The writes from typed input, as the mentoring page and API share them: validate, resolve the mentor
/// within the mentee's agency, then one write. Refusals are field errors, nothing written.
extension MentoringService {
    /// Managers, or the head of the mentee's unit, pair a mentor with the employee (the caller asked
    /// `Guard` for `.nominate` on the mentee).
    static func pair(
        _ input: MentorshipInput, mentee e: EmployeeQueries.Detail, user: SignedInUser, on db: any Database
    ) async throws -> Result<Mentorship, FieldErrors> {
        switch MentoringRules.validate(input, menteeNIP: e.nip) {
        case .failure(let x): return .failure(x)
        case .success(let v):
            guard let mentor = try await EmployeeQueries.detail(nip: v.mentorNIP, on: db),
                mentor.agencyID == e.agencyID
            else {
                return .failure(FieldErrors(["mentor_nip": "Tidak ada pegawai instansi ini dengan NIP tersebut."]))
            }
            return .success(
                try await create(
                    v, agencyID: e.agencyID, mentorID: mentor.id, menteeID: e.id, userID: user.userID, on: db))
        }
    }

    /// Either side logs a session within the mentorship's period.
    static func log(
        _ input: SessionLogInput, _ m: Mentorship, side: MentorshipSide, user: SignedInUser, today: CivilDate,
        on db: any Database
    ) async throws -> Result<MentoringSession, FieldErrors> {
        guard let start = CivilDate(iso: m.startsOn), let end = CivilDate(iso: m.endsOn) else {
            throw Abort(.internalServerError)
        }
        switch MentoringRules.validate(input, period: start...end, today: today) {
        case .failure(let e): return .failure(e)
        case .success(let v):
            return .success(try await log(m, v, side: side, userID: user.userID, on: db))
        }
    }
}
