import AsahCore
import Fluent
import SQLKit
import Vapor

/// Managers change how current levels are decided and the JPM thresholds; current levels are
/// recomputed for the whole agency in the same transaction.
struct CompetencySettingsController {
    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        return CompetencySettingsPage.render(
            .init(
                chrome: req.chrome("Pengaturan kompetensi"), agencyCode: agency.code,
                current: try await AgencySettings.currentLevel(id, on: req.db),
                thresholds: try await AgencySettings.thresholds(id, on: req.db),
                defaults: try await AgencySettings.standardDefaults(id, on: req.db))
        ).response()
    }

    func save(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let id = try agency.requireID()
        func number(_ name: String) -> Double? {
            (try? req.content.get(String.self, at: name)).flatMap {
                Double($0.replacingOccurrences(of: ",", with: "."))
            }
        }
        let before = try await AgencySettings.currentLevel(id, on: req.db)
        let current = CompetencySettingsRules.currentLevel(
            mode: (try? req.content.get(String.self, at: "mode")) ?? "",
            assessmentCenterYears: number("ac_years").map { Int($0) },
            weights: Dictionary(
                uniqueKeysWithValues: AssessmentSource.allCases.map { ($0, number("weight_" + $0.rawValue)) }),
            base: before)
        // A form without the field (an older page) keeps the agency's formula.
        let savedFormula = try await AgencySettings.thresholds(id, on: req.db).formula
        let thresholds = CompetencySettingsRules.thresholds(
            optimal: number("optimal"), cukupOptimal: number("cukup_optimal"), memenuhi: number("memenuhi_syarat"),
            masihMemenuhi: number("masih_memenuhi_syarat"),
            formula: (try? req.content.get(String.self, at: "jpm_formula")) ?? savedFormula.rawValue)
        // Default levels: a select per kind and jenjang; anything unreadable keeps the saved value.
        var defaults = try await AgencySettings.standardDefaults(id, on: req.db)
        for kind in PositionKind.allCases where kind != .fungsional {
            if let level = number("default_" + kind.rawValue).map({ Int($0) }), (1...5).contains(level) {
                defaults.byKind[kind] = level
            }
        }
        for jenjang in FungsionalJenjang.allCases {
            if let level = number("default_" + jenjang.rawValue).map({ Int($0) }), (1...5).contains(level) {
                defaults.byJenjang[jenjang] = level
            }
        }
        guard case .success(let c) = current, case .success(let t) = thresholds else {
            var errors: [String: String] = [:]
            let savedThresholds = try await AgencySettings.thresholds(id, on: req.db)
            if case .failure(let e) = current { errors.merge(e.messages) { a, _ in a } }
            if case .failure(let e) = thresholds { errors.merge(e.messages) { a, _ in a } }
            return CompetencySettingsPage.render(
                .init(
                    chrome: req.chrome("Pengaturan kompetensi"), agencyCode: agency.code,
                    current: (try? current.get()) ?? before,
                    thresholds: (try? thresholds.get()) ?? savedThresholds, defaults: defaults,
                    errors: errors)
            ).response(status: .unprocessableEntity)
        }
        try await CompetencySettingsService.save(
            current: c, thresholds: t, defaults: defaults, before: before, agencyID: id, userID: user.userID,
            today: try await req.today(for: id), on: req.db)
        return req.redirect(to: SiteURL.competencySettings(agency.code) + "?pesan=" + FlashMessage.saved.rawValue)
    }
}
