import AsahCore
import Fluent
import Vapor

@testable import AsahServer

extension TestBuilder {
    /// `count` more employees in `position`, named "Pegawai Uji n", with NIPs after `firstNIP`.
    func employees(
        _ count: Int, in position: Position, supervisor: Employee? = nil, firstNIP: Int = 1_990_010_120_200_310_01
    ) async throws -> [Employee] {
        var out: [Employee] = []
        for n in 0..<count {
            out.append(
                try await employee(
                    "Pegawai Uji \(n + 1)", nip: String(firstNIP + n), in: position, supervisor: supervisor))
        }
        return out
    }

    /// An open classroom activity of the agency, created the way the form creates one: a morning
    /// session on each of `days` (days after the test's today; negative is past), JP from the BPS
    /// conversion.
    @discardableResult
    func activity(
        _ title: String, in agency: Agency, requiresApproval: Bool = false, capacity: Int? = nil,
        days: [Int] = [20], competencies: [(code: String, level: Int)] = []
    ) async throws -> Activity {
        var input = ActivityInput()
        input.title = title
        input.jenisDiklatID = "3"
        input.place = "Aula BKPSDM"
        input.capacity = capacity.map(String.init) ?? ""
        input.requiresApproval = requiresApproval
        input.sessions = days.map {
            SessionInput(date: TestClock.today.addingDays($0).iso, startsAt: "08:00", endsAt: "12:00")
        }
        input.competencies = competencies.map { (code: $0.code, level: String($0.level)) }
        let valid = try ActivityRules.validate(input, knownCompetencies: Set(CompetencyDictionary.nationalCodes)).get()
        return try await ActivityService.create(
            valid, agencyID: try agency.requireID(), userID: nil, facilitators: [], status: .open, on: db)
    }

    /// An activity under way: `people` enrolled, its first session yesterday with everyone present,
    /// its second tomorrow.
    @discardableResult
    func runningActivity(_ title: String, in agency: Agency, people: [Employee]) async throws -> Activity {
        let activity = try await self.activity(title, in: agency, days: [-1, 1])
        try await enrol(people, in: activity)
        activity.status = ActivityStatus.running.rawValue
        try await activity.save(on: db)
        try await attend(people, sessionsBefore: TestClock.today, of: activity)
        return activity
    }

    /// A finished activity: `people` attended both of its sessions last week, and it was closed, which
    /// issued their certificates and JP.
    @discardableResult
    func finishedActivity(_ title: String, in agency: Agency, people: [Employee]) async throws -> Activity {
        let activity = try await self.activity(title, in: agency, days: [-8, -7])
        try await enrol(people, in: activity)
        try await attend(people, sessionsBefore: TestClock.today, of: activity)
        _ = try await ActivityService.complete(activity, userID: nil, today: TestClock.today, on: db)
        return activity
    }

    func enrol(_ people: [Employee], in activity: Activity) async throws {
        for e in people {
            _ = try await EnrolmentService.enrol(
                activity, employeeID: try e.requireID(), byUser: nil, approvalRequired: false, on: db)
        }
    }

    /// Everyone present at every session of `activity` dated before `day`.
    func attend(_ people: [Employee], sessionsBefore day: CivilDate, of activity: Activity) async throws {
        let sessions = try await ActivitySession.query(on: db).filter(\.$activityID == activity.requireID()).all()
        for session in sessions where session.date < day.iso {
            _ = try await AttendanceService.set(session: session, presentNIPs: people.map(\.nip), byUser: nil, on: db)
        }
    }
}
