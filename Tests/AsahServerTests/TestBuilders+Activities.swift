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

    /// An open classroom activity of the agency, created the way the form creates one: one morning
    /// session `daysAhead` days after the test's today, JP from the BPS conversion.
    @discardableResult
    func activity(
        _ title: String, in agency: Agency, requiresApproval: Bool = false, capacity: Int? = nil,
        daysAhead: Int = 20, competencies: [(code: String, level: Int)] = []
    ) async throws -> Activity {
        var input = ActivityInput()
        input.title = title
        input.jenisDiklatID = "3"
        input.place = "Aula BKPSDM"
        input.capacity = capacity.map(String.init) ?? ""
        input.requiresApproval = requiresApproval
        input.sessions = [
            SessionInput(date: TestClock.today.addingDays(daysAhead).iso, startsAt: "08:00", endsAt: "12:00")
        ]
        input.competencies = competencies.map { (code: $0.code, level: String($0.level)) }
        let valid = try ActivityRules.validate(input, knownCompetencies: Set(CompetencyDictionary.nationalCodes)).get()
        return try await ActivityService.create(
            valid, agencyID: try agency.requireID(), userID: nil, facilitators: [], status: .open, on: db)
    }
}
