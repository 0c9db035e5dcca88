import AsahCore
import Fluent
import Vapor

/// Managers set their agency's time zone (WIB, WITA, WIT).
struct AgencySettingsController {
    func show(req: Request) async throws -> Response {
        let agency = try await req.pageGuard().agency(.manage)
        return AgencySettingsPage.render(model(req, agency, timeZone: agency.timeZone.rawValue)).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let raw = (try? req.content.get(String.self, at: "time_zone")) ?? ""
        guard let zone = IndonesianTimeZone(rawValue: raw) else {
            var m = model(req, agency, timeZone: raw)
            m.errors["time_zone"] = "Pilih WIB, WITA, atau WIT."
            return AgencySettingsPage.render(m).response(status: .unprocessableEntity)
        }
        try await OrganizationService.setTimeZone(zone, of: agency, userID: user.userID, on: req.db)
        // Its people's cached sessions carry the old zone: dropped on this node at once (others follow
        // within the session cache's seconds); nobody signs in again.
        req.application.sessionCache.remove(agencyCode: agency.code)
        return req.redirect(to: SiteURL.agencySettings(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func model(_ req: Request, _ agency: Agency, timeZone: String) -> AgencySettingsPage.Model {
        .init(
            chrome: req.chrome("Pengaturan instansi"), agencyCode: agency.code, agencyName: agency.name,
            province: agency.province, timeZone: timeZone)
    }
}
