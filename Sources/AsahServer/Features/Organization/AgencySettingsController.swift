import AsahCore
import Fluent
import Vapor

/// Managers set their agency's time zone (WIB, WITA, WIT) and how long activation codes work.
struct AgencySettingsController {
    func show(req: Request) async throws -> Response {
        let agency = try await req.pageGuard().agency(.manage)
        let days = try await AgencySettings.activationDays(try agency.requireID(), on: req.db)
        return AgencySettingsPage.render(
            model(req, agency, timeZone: agency.timeZone.rawValue, activationDays: String(days))
        ).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let raw = (try? req.content.get(String.self, at: "time_zone")) ?? ""
        let current = try await AgencySettings.activationDays(try agency.requireID(), on: req.db)
        // A form without the field (an older page) keeps the current number.
        let rawDays = (try? req.content.get(String.self, at: "activation_days")) ?? String(current)
        let days = Int(rawDays.trimmingCharacters(in: .whitespaces))
        var m = model(req, agency, timeZone: raw, activationDays: rawDays)
        let zone = IndonesianTimeZone(rawValue: raw)
        if zone == nil { m.errors["time_zone"] = "Pilih WIB, WITA, atau WIT." }
        if days.map({ !ActivationRules.allowedDays.contains($0) }) ?? true {
            m.errors["activation_days"] = "Isi 1 sampai 90 hari."
        }
        guard let zone, let days, m.errors.isEmpty else {
            return AgencySettingsPage.render(m).response(status: .unprocessableEntity)
        }
        try await OrganizationService.saveSettings(
            zone: zone, activationDays: days, of: agency, userID: user.userID, on: req.db)
        // Its people's cached sessions carry the old zone: dropped on this node at once (others follow
        // within the session cache's seconds); nobody signs in again.
        req.application.sessionCache.remove(agencyCode: agency.code)
        return req.redirect(to: SiteURL.agencySettings(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    private func model(_ req: Request, _ agency: Agency, timeZone: String, activationDays: String)
        -> AgencySettingsPage.Model
    {
        .init(
            chrome: req.chrome("Pengaturan instansi"), agencyCode: agency.code, agencyName: agency.name,
            province: agency.province, timeZone: timeZone, activationDays: activationDays)
    }
}
