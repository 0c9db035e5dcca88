import Foundation

/// E-learning courses: when a learner has finished one, and the JP a finished course credits.
///
/// A course is finished when every lesson is marked done and every module quiz is passed (a module
/// without a quiz needs only its lessons; a course without lessons can never be finished). Its JP are
/// the minutes of its lessons, counted on the days they were studied: each day of study becomes one
/// ledger entry of row C3 (e-learning) with that day's lesson minutes, then the day cap of the
/// agency's table (3 JP by default) against the learner's other e-learning of that day.
public enum CourseRules {
    /// Jenis diklat "E-Learning" (SIASN id 16, conversion row C3).
    public static let jenisDiklatID = 16

    /// The parts of a course that completion looks at.
    public struct Module: Sendable, Equatable {
        public var id: UUID
        public var lessonIDs: [UUID]
        public var hasQuiz: Bool

        public init(id: UUID, lessonIDs: [UUID], hasQuiz: Bool) {
            self.id = id
            self.lessonIDs = lessonIDs
            self.hasQuiz = hasQuiz
        }
    }

    /// Where a learner stands in a course.
    public struct Progress: Sendable, Equatable, Codable {
        public let lessonsDone: Int
        public let lessonsTotal: Int
        public let quizzesPassed: Int
        public let quizzesTotal: Int
        public let isComplete: Bool

        /// Steps done (lessons and quizzes) as a whole percent, rounded down (99 until truly done).
        public var percent: Int {
            let total = lessonsTotal + quizzesTotal
            return total == 0 ? 0 : (lessonsDone + quizzesPassed) * 100 / total
        }
    }

    /// Counts only lessons and quizzes of this course; done lessons of other courses are ignored.
    public static func progress(_ modules: [Module], done: Set<UUID>, passedQuizzes: Set<UUID>) -> Progress {
        let lessons = modules.flatMap(\.lessonIDs)
        let quizzes = modules.filter(\.hasQuiz).map(\.id)
        let lessonsDone = lessons.filter { done.contains($0) }.count
        let quizzesPassed = quizzes.filter { passedQuizzes.contains($0) }.count
        return Progress(
            lessonsDone: lessonsDone, lessonsTotal: lessons.count, quizzesPassed: quizzesPassed,
            quizzesTotal: quizzes.count,
            isComplete: !lessons.isEmpty && lessonsDone == lessons.count && quizzesPassed == quizzes.count)
    }

    /// One day of study of a finished course, as the ledger will hold it.
    public struct DayCredit: Sendable, Equatable {
        public let date: CivilDate
        public let minutes: Int
        public let credited: JP
        /// Why less than the minutes earn was credited (the day cap); nil when nothing was cut.
        public let reason: String?
    }

    /// JP of a finished course, day by day in date order. `minutesByDay` holds the minutes of the
    /// lessons marked done each day; days with no minutes are left out. `existing` are the learner's
    /// ledger entries (any code: only C3 counts) on those days; earlier days of this course count too.
    public static func credit(
        minutesByDay: [CivilDate: Int], table: JPConversionTable, existing: [LedgerEntryFact]
    ) -> Result<[DayCredit], FieldErrors> {
        var posted = existing
        var out: [DayCredit] = []
        for day in minutesByDay.keys.sorted() {
            let minutes = minutesByDay[day] ?? 0
            guard minutes > 0 else { continue }
            let input = JPCreditInput(jenisDiklatID: jenisDiklatID, minutes: min(minutes, 24 * 60), days: 1)
            switch JPCredit.compute(input, table: table) {
            case .failure(let e): return .failure(e)
            case .success(let earned):
                let r = JPCaps.post(earned.proposal(on: day), rate: earned.rate, existing: posted)
                var reason = r.reason
                if earned.jp < JP(minutes: minutes), reason == nil, let cap = earned.rate.maxJP {
                    reason =
                        "Dihitung \(earned.jp.display) dari \(JP(minutes: minutes).display): paling banyak \(cap.display) per hari."
                }
                posted.append(r.fact)
                out.append(DayCredit(date: day, minutes: minutes, credited: r.fact.jp, reason: reason))
            }
        }
        return .success(out)
    }

    /// The agency's e-learning day cap (its conversion table's row for e-learning; 3 JP by default),
    /// nil when the agency's table sets none.
    public static func dayCap(table: JPConversionTable) -> JP? {
        ActivityCredit.cappedRow(jenisDiklatID: jenisDiklatID, table: table)?.rate.maxJP
    }

    /// A sentence for learners about the day cap, in Bahasa Indonesia ("" without a cap).
    public static func dayCapText(_ cap: JP?) -> String {
        cap.map { "paling banyak \($0.display) per hari belajar" } ?? ""
    }

    /// The most a course can credit: all its lesson minutes as JP (before any day cap).
    /// Days back a lesson done offline may be dated.
    public static let maxDaysBack = 30

    /// The day a lesson done offline counts on, from the day the device recorded: within the last
    /// `maxDaysBack` days it stands; one day ahead of the agency's today it is today (a phone set to a
    /// later zone, or a clock running a little fast, near midnight); anything else is refused (nil).
    public static func learnedOn(_ reported: CivilDate, today: CivilDate) -> CivilDate? {
        if reported == today.addingDays(1) { return today }
        guard reported <= today, reported >= today.addingDays(-maxDaysBack) else { return nil }
        return reported
    }

    public static func maxJP(lessonMinutes: [Int]) -> JP {
        JP(minutes: lessonMinutes.reduce(0) { $0 + max($1, 0) })
    }
}
