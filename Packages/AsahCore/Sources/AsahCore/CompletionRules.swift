/// When a participant has completed a learning activity: enough attendance and, if the activity has
/// one, a passing post-test score. Set per activity; the defaults are 80 % attendance, no post-test.
public struct CompletionRule: Codable, Sendable, Equatable {
    /// 0…100. Attendance counts as met when attended × 100 ≥ percent × total (exact, no rounding).
    public var minAttendancePercent: Int
    /// 0…100; nil = the activity has no post-test. A score exactly at it passes.
    public var postTestPassingScore: Int?

    public init(minAttendancePercent: Int = 80, postTestPassingScore: Int? = nil) {
        self.minAttendancePercent = minAttendancePercent
        self.postTestPassingScore = postTestPassingScore
    }

    public static let standard = CompletionRule()

    /// A post-test score recorded by hand (a form field or the API): a whole number 0 to 100.
    public static func score(_ text: String) -> Result<Int, FieldErrors> {
        guard let score = Int(text.trimmingCharacters(in: .whitespaces)), (0...100).contains(score) else {
            return .failure(FieldErrors(["score": "Nilai post-test harus angka 0 sampai 100."]))
        }
        return .success(score)
    }

    /// Checks the activity form. An empty passing score means "no post-test".
    public static func make(minAttendancePercent: Int?, postTestPassingScore: Int?) -> Result<
        CompletionRule, FieldErrors
    > {
        var errors: [String: String] = [:]
        if minAttendancePercent.map({ !(0...100).contains($0) }) ?? true {
            errors["min_attendance_percent"] = "Isi persentase kehadiran minimal 0 sampai 100."
        }
        if let score = postTestPassingScore, !(0...100).contains(score) {
            errors["post_test_passing_score"] =
                "Isi nilai lulus post-test 0 sampai 100, atau kosongkan bila tanpa post-test."
        }
        guard errors.isEmpty, let minAttendancePercent else { return .failure(FieldErrors(errors)) }
        return .success(
            CompletionRule(minAttendancePercent: minAttendancePercent, postTestPassingScore: postTestPassingScore))
    }

    /// - An activity with no sessions has no attendance requirement (e.g. self-paced e-learning).
    /// - `attendedSessions` is clamped to 0…`totalSessions`.
    /// - With a post-test, a missing score does not complete.
    /// Every unmet requirement gives one reason.
    public func evaluate(attendedSessions: Int, totalSessions: Int, postTestScore: Int?) -> CompletionResult {
        var reasons: [String] = []
        let total = max(0, totalSessions)
        if total > 0 {
            let attended = min(max(0, attendedSessions), total)
            if attended * 100 < minAttendancePercent * total {
                // Shown rounded down, so 79,9 % never reads as 80 %.
                let percent = attended * 100 / total
                reasons.append(
                    "Kehadiran \(percent)% (\(attended) dari \(total) sesi), kurang dari syarat \(minAttendancePercent)%."
                )
            }
        }
        if let passing = postTestPassingScore {
            if let score = postTestScore {
                if score < passing { reasons.append("Nilai post-test \(score), kurang dari nilai lulus \(passing).") }
            } else {
                reasons.append("Belum mengikuti post-test.")
            }
        }
        return reasons.isEmpty ? .completed : .notCompleted(reasons: reasons)
    }
}

public enum CompletionResult: Sendable, Equatable {
    case completed
    case notCompleted(reasons: [String])

    public var isCompleted: Bool { self == .completed }

    /// The participant state this result leads to.
    public var enrolmentState: EnrolmentState { isCompleted ? .completed : .notCompleted }
}
