import Foundation
import Testing

@testable import AsahCore

@Suite("Completion of a learning activity")
struct CompletionRulesTests {
    static let withTest = CompletionRule(minAttendancePercent: 80, postTestPassingScore: 70)

    @Test(arguments: [
        // Default rule: 80 % attendance, no post-test.
        (CompletionRule.standard, 8, 10, Int?.none, [String]()),
        (.standard, 4, 5, nil, []),
        (.standard, 10, 10, nil, []),
        (.standard, 12, 10, nil, []),
        (.standard, 7, 10, nil, ["Kehadiran 70% (7 dari 10 sesi), kurang dari syarat 80%."]),
        (.standard, 3, 4, nil, ["Kehadiran 75% (3 dari 4 sesi), kurang dari syarat 80%."]),
        (.standard, 799, 1000, nil, ["Kehadiran 79% (799 dari 1000 sesi), kurang dari syarat 80%."]),
        (.standard, -1, 10, nil, ["Kehadiran 0% (0 dari 10 sesi), kurang dari syarat 80%."]),
        (.standard, 0, 0, 55, []),
        (.standard, 0, -3, nil, []),
        // Exact thresholds.
        (CompletionRule(minAttendancePercent: 75), 3, 4, nil, []),
        (
            CompletionRule(minAttendancePercent: 75), 2, 3, nil,
            ["Kehadiran 66% (2 dari 3 sesi), kurang dari syarat 75%."]
        ),
        (
            CompletionRule(minAttendancePercent: 100), 9, 10, nil,
            ["Kehadiran 90% (9 dari 10 sesi), kurang dari syarat 100%."]
        ),
        (CompletionRule(minAttendancePercent: 100), 10, 10, nil, []),
        (CompletionRule(minAttendancePercent: 0), 0, 10, nil, []),
        // Post-test: a score exactly at the passing score passes.
        (withTest, 10, 10, 70, []),
        (withTest, 10, 10, 100, []),
        (withTest, 10, 10, 69, ["Nilai post-test 69, kurang dari nilai lulus 70."]),
        (withTest, 10, 10, nil, ["Belum mengikuti post-test."]),
        (withTest, 0, 0, nil, ["Belum mengikuti post-test."]),
        (withTest, 0, 0, 70, []),
        (
            withTest, 5, 10, 40,
            [
                "Kehadiran 50% (5 dari 10 sesi), kurang dari syarat 80%.",
                "Nilai post-test 40, kurang dari nilai lulus 70.",
            ]
        ),
        (CompletionRule(minAttendancePercent: 80, postTestPassingScore: 0), 8, 10, 0, []),
    ])
    func evaluate(rule: CompletionRule, attended: Int, total: Int, score: Int?, reasons: [String]) {
        let result = rule.evaluate(attendedSessions: attended, totalSessions: total, postTestScore: score)
        #expect(result == (reasons.isEmpty ? .completed : .notCompleted(reasons: reasons)))
        #expect(result.isCompleted == reasons.isEmpty)
        #expect(result.enrolmentState == (reasons.isEmpty ? .completed : .notCompleted))
    }

    /// Every attendance of up to 40 sessions against the exact fraction.
    @Test(arguments: [0, 1, 50, 80, 99, 100])
    func attendanceIsExact(percent: Int) {
        let rule = CompletionRule(minAttendancePercent: percent)
        for total in 1...40 {
            for attended in 0...total {
                let met = Double(attended) / Double(total) >= Double(percent) / 100 - 1e-12
                #expect(
                    rule.evaluate(attendedSessions: attended, totalSessions: total, postTestScore: nil).isCompleted
                        == met)
            }
        }
    }

    @Test(arguments: [
        (Int?.some(80), Int?.none, [String]()), (0, 0, []), (100, 100, []), (nil, nil, ["min_attendance_percent"]),
        (101, nil, ["min_attendance_percent"]), (-1, 50, ["min_attendance_percent"]),
        (80, 101, ["post_test_passing_score"]),
        (120, -5, ["min_attendance_percent", "post_test_passing_score"]),
    ])
    func form(attendance: Int?, score: Int?, errors: [String]) {
        switch CompletionRule.make(minAttendancePercent: attendance, postTestPassingScore: score) {
        case .success(let rule):
            #expect(errors.isEmpty && rule.minAttendancePercent == attendance && rule.postTestPassingScore == score)
        case .failure(let e):
            #expect(e.messages.keys.sorted() == errors)
        }
    }

    @Test func defaultsAndStorage() throws {
        #expect(CompletionRule() == CompletionRule(minAttendancePercent: 80, postTestPassingScore: nil))
        let back = try JSONDecoder().decode(CompletionRule.self, from: JSONEncoder().encode(Self.withTest))
        #expect(back == Self.withTest)
    }
}

@Test(
    arguments: [("85", 85), (" 0 ", 0), ("100", 100), ("101", nil), ("-1", nil), ("delapan", nil), ("", nil)]
        as [(String, Int?)])
func handRecordedPostTestScores(_ text: String, _ score: Int?) {
    #expect((try? CompletionRule.score(text).get()) == score)
}
