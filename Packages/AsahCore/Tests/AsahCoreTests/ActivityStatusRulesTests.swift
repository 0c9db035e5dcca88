import Testing

@testable import AsahCore

@Suite("Activity status changes by hand")
struct ActivityStatusRulesTests {
    static let allowed: [(ActivityStatus, ActivityStatus)] = [
        (.planned, .open), (.planned, .running), (.planned, .cancelled), (.open, .planned), (.open, .running),
        (.open, .cancelled), (.running, .cancelled),
    ]

    @Test(arguments: ActivityStatus.allCases)
    func changes(from: ActivityStatus) {
        for to in ActivityStatus.allCases {
            let expected = Self.allowed.contains { $0 == (from, to) }
            #expect(from.canChange(to: to) == expected, "\(from) → \(to)")
        }
    }

    @Test func refusalsSayWhy() {
        #expect(ActivityStatus.open.refusal(to: .finished).contains("menutupnya"))
        #expect(ActivityStatus.finished.refusal(to: .open) == "Kegiatan sudah selesai; statusnya tidak dapat diubah.")
        #expect(
            ActivityStatus.running.refusal(to: .open)
                == "Status berlangsung tidak dapat diubah menjadi pendaftaran dibuka.")
    }

    @Test func attendanceAndScoresStopWhenTheActivityIsClosedOrCancelled() {
        #expect(ActivityStatus.allCases.filter(\.takesAttendance) == [.planned, .open, .running])
        #expect(
            ActivityStatus.finished.attendanceRefusal
                == "Kegiatan sudah selesai; kehadiran dan nilai tidak dapat diubah lagi.")
    }

    @Test func enrolmentIsOpenOnlyBeforeTheActivityRuns() {
        #expect(ActivityStatus.allCases.filter(\.acceptsEnrolment) == [.planned, .open])
    }
}
