import AsahCore
import Fluent
import Vapor

/// `GET /api/v1/agencies/{code}/talent-grid?year=&unit=`: the talent 9-box of the agency or of a unit
/// and its sub-units (managers: the grid names people by their performance, which only managers and
/// each person's own chain see).
struct TalentController {
    func grid(req: Request) async throws -> TalentGridDTO {
        let user = try req.requireAPIUser()
        let agency = try await Guard(req, user).agency(.manage)
        let year = try req.apiYear()
        let (report, cutoffs) = try await Self.load(req, agency, year: year, unitParameter: "unit")
        return TalentGridDTO(
            year: year,
            cutoffs: .init(menengah: Percent(tenths: cutoffs.menengah), tinggi: Percent(tenths: cutoffs.tinggi)),
            boxes: TalentGrid.boxes.map {
                .init(
                    box: $0.number, talentPool: $0.isTalentPool, count: report.boxes[$0.number]?.count ?? 0,
                    employees: (report.boxes[$0.number] ?? []).map(\.nip))
            },
            unplaced: report.unplaced.map(\.nip),
            unplacedByReason: Dictionary(grouping: report.unplaced, by: \.reason.rawValue).mapValues(\.count))
    }

    /// The grid of the agency, or of the unit named by the query parameter and its sub-units (404 for a
    /// unit of another agency), with the agency's cut-offs.
    static func load(_ req: Request, _ agency: Agency, year: Int, unitParameter: String) async throws
        -> (TalentGridReport, PotentialCutoffs)
    {
        let agencyID = try agency.requireID()
        var unit: Unit?
        if let raw = req.query[String.self, at: unitParameter], !raw.isEmpty {
            guard let id = UUID(uuidString: raw), let found = try await Unit.find(id, on: req.db),
                found.agencyID == agencyID
            else { throw RecordKind.unit.notFound }
            unit = found
        }
        let thresholds = try await AgencySettings.thresholds(agencyID, on: req.db)
        let cutoffs = try await AgencySettings.talentCutoffs(agencyID, on: req.db)
        let people = try await TalentQueries.people(
            agencyID: agencyID, year: year, unitPath: unit?.path, formula: thresholds.formula, on: req.db)
        return (TalentGridReport(people, thresholds: thresholds, cutoffs: cutoffs), cutoffs)
    }
}

struct TalentGridDTO: Content {
    struct Cutoffs: Content {
        var menengah: Double
        var tinggi: Double

        init(menengah: Percent, tinggi: Percent) {
            self.menengah = menengah.value
            self.tinggi = tinggi.value
        }
    }

    struct Box: Content {
        var box: Int
        var talentPool: Bool
        var count: Int
        var employees: [String]

        enum CodingKeys: String, CodingKey {
            case box, count, employees
            case talentPool = "talent_pool"
        }
    }

    var year: Int
    var cutoffs: Cutoffs
    var boxes: [Box]
    var unplaced: [String]
    /// How many are listed apart for each reason (`no_predikat`, `no_profile`, `provisional_profile`).
    var unplacedByReason: [String: Int]

    enum CodingKeys: String, CodingKey {
        case year, cutoffs, boxes, unplaced
        case unplacedByReason = "unplaced_by_reason"
    }
}
