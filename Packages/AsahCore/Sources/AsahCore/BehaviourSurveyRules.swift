import Foundation

/// Behaviour (L3): some months after an activity ends, its participants who completed it and their
/// supervisors say whether the learning is applied at work; the participant reports how (laporan
/// aktualisasi) and the supervisor's answer reviews that report (`docs/evaluation.md`).
public enum BehaviourSurvey {
    /// Months after the activity's last day the survey is due (agency setting `l3_months`).
    public static let defaultMonths = 3
    public static let allowedMonths = 1...12
    /// Months a due survey stays open in the inbox; after that it is no longer asked.
    public static let openMonths = 6

    public enum Respondent: String, CaseIterable, Codable, Sendable {
        case participant, supervisor
    }

    /// The day the survey of an activity ending on `end` falls due.
    public static func dueDate(end: CivilDate, months: Int) -> CivilDate { end.addingMonths(months) }

    /// The activities' last days whose surveys are due and still open today: from `openMonths` before
    /// the latest due last day up to it.
    public static func dueWindow(today: CivilDate, months: Int) -> ClosedRange<CivilDate> {
        let latest = today.addingMonths(-months)
        return latest.addingMonths(-openMonths)...latest
    }
}

/// An answer to the behaviour survey, checked: `applied` 1–5 (how much the learning is applied); the
/// supervisor also `change` 1–5 (how much the work improved); the participant's `report` is required
/// (what they applied, how, with what result), the supervisor's is their comment on it (optional); an
/// optional `evidence_url`.
public struct BehaviourAnswer: Sendable, Equatable {
    public static let reportLimit = 4000

    public let applied: Int
    public let change: Int?
    public let report: String?
    public let evidenceURL: String?

    public static func make(
        as respondent: BehaviourSurvey.Respondent, applied: Int?, change: Int?, report: String?, evidenceURL: String?
    ) -> Result<BehaviourAnswer, FieldErrors> {
        var errors: [String: String] = [:]
        if applied.map(ReactionScale.range.contains) != true {
            errors["applied"] = "Beri nilai 1 sampai 5: seberapa jauh hasil pelatihan diterapkan dalam pekerjaan."
        }
        if respondent == .supervisor, change.map(ReactionScale.range.contains) != true {
            errors["change"] = "Beri nilai 1 sampai 5: seberapa besar perubahan kinerja pegawai sesudah pelatihan."
        }
        let text = (report ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if respondent == .participant, text.isEmpty {
            errors["report"] = "Tuliskan laporan penerapan: apa yang Anda terapkan, bagaimana, dan hasilnya."
        } else if text.count > reportLimit {
            errors["report"] = "Laporan paling panjang \(reportLimit) karakter (sekarang \(text.count))."
        }
        let url = (evidenceURL ?? "").trimmingCharacters(in: .whitespaces)
        if !url.isEmpty, !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 500 {
            errors["evidence_url"] = "Tautan bukti harus diawali http:// atau https://."
        }
        guard errors.isEmpty, let applied else { return .failure(FieldErrors(errors)) }
        return .success(
            BehaviourAnswer(
                applied: applied, change: respondent == .supervisor ? change : nil, report: text.isEmpty ? nil : text,
                evidenceURL: url.isEmpty ? nil : url))
    }
}

extension CivilDate {
    /// The same day `months` months later (earlier when negative), the last day of a shorter month.
    public func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = min(9999, max(1, index / 12))
        let m = index % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }
}

extension AccessPolicy {
    /// Who answers the behaviour survey of a participant's place: the participant themself, and their
    /// supervisor (the one who sees the work); nobody else.
    public static func behaviourRespondent(of participant: EmployeeFacts, _ actor: Actor)
        -> BehaviourSurvey.Respondent?
    {
        guard actor.agencyID == participant.agencyID, let me = actor.employeeID else { return nil }
        if me == participant.employeeID { return .participant }
        if me == participant.supervisorID { return .supervisor }
        return nil
    }
}
