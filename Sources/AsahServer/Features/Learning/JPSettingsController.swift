import AsahCore
import Fluent
import Vapor

/// Managers set the yearly JP targets and the month the home page starts reminding people.
struct JPSettingsController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        let targets = try await AgencySettings.jpTargets(id, on: req.db)
        return JPSettingsPage.render(
            .init(
                chrome: req.chrome("Pengaturan JP"), agencyCode: agency.code, pnsMinimum: targets.pnsMinimum.number,
                pppkMaximum: targets.pppkMaximum.number,
                reminderMonth: try await AgencySettings.jpReminder(id, on: req.db).month)
        ).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        func text(_ name: String) -> String { (try? req.content.get(String.self, at: name)) ?? "" }
        let targets = JPTargets.make(pnsMinimum: text("pns_minimum"), pppkMaximum: text("pppk_maximum"))
        let reminder = JPReminder.make(month: text("reminder_month"))
        guard case .success(let t) = targets, case .success(let r) = reminder else {
            var errors: [String: String] = [:]
            if case .failure(let e) = targets { errors.merge(e.messages) { a, _ in a } }
            if case .failure(let e) = reminder { errors.merge(e.messages) { a, _ in a } }
            return JPSettingsPage.render(
                .init(
                    chrome: req.chrome("Pengaturan JP"), agencyCode: agency.code, pnsMinimum: text("pns_minimum"),
                    pppkMaximum: text("pppk_maximum"),
                    reminderMonth: Int(text("reminder_month")) ?? JPReminder.defaultMonth,
                    errors: errors)
            ).response(status: .unprocessableEntity)
        }
        try await JPSettingsService.save(t, reminder: r, agencyID: id, userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.jpSettings(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }
}
