import AsahCore
import Fluent
import Foundation
import Vapor

/// The managers' page of unit heads and supervisors.
struct SupervisionController {
    static let listLimit = 200

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let agencyID = try agency.requireID()
        let derived = try await Supervision.derive(agencyID: agencyID, on: req.db)
        let units = try await SupervisionQueries.units(agencyID: agencyID, on: req.db)
        let positions = try await SupervisionQueries.positionNames(agencyID: agencyID, on: req.db)
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let headless = units.compactMap { u -> SupervisionPage.Headless? in
            guard let status = derived.status[u.id], let why = SupervisionPage.reason(status, positions: positions)
            else { return nil }
            return .init(unitID: u.id, name: u.name, reason: why)
        }
        let without = try await SupervisionQueries.withoutSupervisor(
            agencyID: agencyID, limit: Self.listLimit, on: req.db)
        var why: [UUID: String] = [:]
        for p in without.people {
            if let led = derived.unitLed(by: p.id) {
                why[p.id] = "Memimpin \(names[led] ?? "unit") dan tidak ada kepala unit di atasnya."
            } else if p.unitName == nil {
                why[p.id] = "Belum ditempatkan di unit kerja."
            } else {
                why[p.id] = "Unit ini dan unit di atasnya belum punya kepala."
            }
        }
        let chosen = try await SupervisionQueries.chosenByHand(agencyID: agencyID, limit: Self.listLimit, on: req.db)
        return SupervisionPage.render(
            .init(
                chrome: req.chrome("Atasan dan kepala unit"), agencyCode: agency.code, agencyName: agency.name,
                units: units.count, headless: headless, without: without.people, withoutTotal: without.total,
                whyWithout: why, chosen: chosen.people, chosenTotal: chosen.total)
        ).response()
    }
}
