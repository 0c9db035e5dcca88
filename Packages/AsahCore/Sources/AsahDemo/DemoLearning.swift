import AsahCore

/// One line of the demo JP ledger.
public struct DemoLearningEntry: Sendable, Equatable {
    /// The ledger sources the demo uses (raw values as stored in `learning_entries.source`).
    public enum Source: String, Sendable, CaseIterable {
        case activity, mentoring, course, external
    }

    public let nip: String
    public let date: CivilDate
    public let source: Source
    public let jenisDiklatID: Int
    public let title: String
    public let minutes: Int?
    public let jp: JP
    public let provider: String
    public let certificateNo: String?
}

/// The demo's JP ledger: the whole previous year and this year up to today for every employee.
/// Last year most PNS reached 20 JP; this year about 60 % have by late in the year (fewer earlier in
/// the year), some are clearly behind, and two PPPK of each agency are past the 24 JP limit. The
/// demo's sample employee is behind this year, so their home page shows the reminder.
public enum DemoLearning {
    /// Same output on every call for the same `today`; no date lies after it.
    public static func entries(for agency: DemoAgency, today: CivilDate) -> [DemoLearningEntry] {
        var generator = DemoLearningGenerator(agency: agency, today: today)
        return generator.build()
    }
}

struct DemoLearningGenerator {
    let agency: DemoAgency
    let today: CivilDate
    private var rng: DemoRNG
    private var certificateSeq: [String: Int] = [:]
    private let unitNames: [String: String]
    private let weighted: [(DemoLearningItem, Double)]

    init(agency: DemoAgency, today: CivilDate) {
        self.agency = agency
        self.today = today
        rng = DemoRNG(agencyCode: agency.code, salt: 0x4A50_4C45_4447_4552)
        unitNames = Dictionary(agency.units.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        weighted = DemoLearningCatalogue.items.map { ($0, $0.weight) }
    }

    /// What one employee's year should come to: at least `target` (`reach`), or at most `target`.
    struct Plan {
        var target: Int
        var reach: Bool
    }

    mutating func build() -> [DemoLearningEntry] {
        var out: [DemoLearningEntry] = []
        let lastYear = today.year - 1
        for (year, end) in [(lastYear, CivilDate(year: lastYear, month: 12, day: 19)!), (today.year, today)] {
            // Learning starts after the new-year break; a year only days old has no ledger yet.
            let start = CivilDate(year: year, month: 1, day: 6)!
            guard end.dayNumber - start.dayNumber >= 14 else { continue }
            let elapsed = min(1, Double(end.dayNumber - start.dayNumber) / 340)
            let sessions = schedule(start: start, end: end)
            let pppk = agency.employees.filter { $0.status == .pppk }.map(\.nip)
            var over = Set<String>()
            while over.count < min(2, pppk.count) { over.insert(rng.pick(pppk)) }
            for employee in agency.employees {
                let plan = self.plan(employee, current: year == today.year, elapsed: elapsed, overLimit: over)
                out += fill(employee, plan: plan, start: start, end: end, sessions: sessions)
            }
        }
        return out
    }

    private mutating func plan(_ e: DemoEmployee, current: Bool, elapsed: Double, overLimit: Set<String>) -> Plan {
        if e.status == .pppk {
            return overLimit.contains(e.nip)
                ? Plan(target: rng.int(2500...3200), reach: true) : Plan(target: rng.int(400...2300), reach: false)
        }
        if current && e.nip == agency.sampleEmployeeNIP { return Plan(target: rng.int(800...1200), reach: false) }
        let reachChance = current ? 0.62 * min(1, elapsed / 0.9) : 0.87
        if rng.chance(reachChance) { return Plan(target: rng.int(2000...(current ? 3600 : 4400)), reach: true) }
        // Behind: half of them nearly there, half clearly short (some with nothing at all).
        return rng.chance(0.5)
            ? Plan(target: rng.int(1200...1950), reach: false) : Plan(target: rng.int(0...1000), reach: false)
    }

    /// Dates of the classroom courses, seminars and workshops this year: three sessions each.
    private mutating func schedule(start: CivilDate, end: CivilDate) -> [String: [CivilDate]] {
        var out: [String: [CivilDate]] = [:]
        for item in DemoLearningCatalogue.items where item.isScheduled {
            out[item.title] = (0..<3).map { _ in weekday(from: start, to: end) }
        }
        return out
    }

    private mutating func fill(
        _ e: DemoEmployee, plan: Plan, start: CivilDate, end: CivilDate, sessions: [String: [CivilDate]]
    ) -> [DemoLearningEntry] {
        var entries: [DemoLearningEntry] = []
        var total = 0
        var attended = Set<String>()
        var sessionsInMonth: [Int: Int] = [:]
        var elearningDays = Set<CivilDate>()
        for _ in 0..<(plan.reach ? 200 : 30) {
            if plan.reach ? total >= plan.target : total >= plan.target - 150 { break }
            let item = rng.weighted(weighted)
            var date: CivilDate
            var jp: JP
            var minutes: Int?
            switch item.form {
            case .training(let whole), .day(let whole):
                guard !attended.contains(item.title), let dates = sessions[item.title] else { continue }
                date = rng.pick(dates)
                jp = JP(whole: whole)
                if case .training = item.form { minutes = whole * JP.minutesPerJP }
            case .session:
                date = weekday(from: start, to: end)
                guard sessionsInMonth[date.month, default: 0] < 2 else { continue }
                jp = JP(whole: 2)
            case .elearning:
                date = weekday(from: start, to: end)
                guard !elearningDays.contains(date) else { continue }
                minutes = rng.pick(DemoLearningCatalogue.elearningMinutes)
                jp = JP(minutes: minutes!)
            }
            if !plan.reach && total + jp.hundredths > plan.target { continue }
            switch item.form {
            case .training, .day: attended.insert(item.title)
            case .session: sessionsInMonth[date.month, default: 0] += 1
            case .elearning: elearningDays.insert(date)
            }
            total += jp.hundredths
            var certificate: String?
            if case .training = item.form { certificate = nextCertificate(item.provider, date: date) }
            entries.append(
                DemoLearningEntry(
                    nip: e.nip, date: date, source: item.source, jenisDiklatID: item.jenisDiklatID, title: item.title,
                    minutes: minutes, jp: jp,
                    provider: DemoLearningCatalogue.providerName(
                        item.provider, agency: agency, unitName: unitNames[e.unitKey]),
                    certificateNo: certificate))
        }
        return entries.sorted { ($0.date, $0.title) < ($1.date, $1.title) }
    }

    private mutating func nextCertificate(_ provider: DemoLearningItem.Provider, date: CivilDate) -> String {
        let key = "\(provider)-\(date.year)"
        let seq = (certificateSeq[key] ?? rng.int(100...600)) + 1
        certificateSeq[key] = seq
        return DemoLearningCatalogue.certificateNumber(provider, seq: seq, date: date)
    }

    /// A working day (Monday to Friday) between `start` and `end`; both are at least 14 days apart.
    private mutating func weekday(from start: CivilDate, to end: CivilDate) -> CivilDate {
        let date = start.addingDays(rng.int(0...(end.dayNumber - start.dayNumber)))
        let day = ((date.dayNumber + 3) % 7 + 7) % 7  // 0 = Monday (1970-01-01 was a Thursday)
        guard day >= 5 else { return date }
        let friday = date.addingDays(4 - day)
        return friday >= start ? friday : date.addingDays(7 - day)
    }
}
