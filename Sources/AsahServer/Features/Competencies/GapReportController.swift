import AsahCore
import Fluent
import Vapor

/// The gap report page and its CSV: managers see the agency (or any unit), unit heads their unit.
struct GapReportController {
    struct Scoped {
        var agency: Agency
        var unit: Unit?
        var canManage: Bool
    }

    /// The unit the viewer may see the report of: a unit head is held to their own unit subtree.
    static func scope(
        _ req: Request, user: SignedInUser,
        denied: String = "Laporan kesenjangan tersedia untuk pengelola dan kepala unit kerja."
    ) async throws -> Scoped {
        let agency = try await Guard(req, user).agency(.seeReports, refusal: denied)
        let agencyID = try agency.requireID()
        let requested = try await req.query[String.self, at: "unit"].flatMap(UUID.init(uuidString:))
            .asyncFlatMap { try await Unit.find($0, on: req.db) }
            .flatMap { $0.agencyID == agencyID ? $0 : nil }
        guard case .unitSubtree(let path)? = AccessPolicy.reportScope(agency: agencyID, user.actor) else {
            return Scoped(
                agency: agency, unit: requested, canManage: AccessPolicy.canManage(agency: agencyID, user.actor))
        }
        if let requested, requested.path.hasPrefix(path) {
            return Scoped(agency: agency, unit: requested, canManage: false)
        }
        let own = try await Unit.query(on: req.db).filter(\.$agencyID == agencyID).filter(\.$path == path).first()
        return Scoped(agency: agency, unit: own, canManage: false)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let scoped = try await Self.scope(req, user: user)
        let agencyID = try scoped.agency.requireID()
        let year = try CompetencyProfileController.year(req)
        let report = try await GapReport.build(agencyID: agencyID, year: year, scopeUnit: scoped.unit, on: req.db)
        if req.query[String.self, at: "format"] == "csv" { return csv(report, agency: scoped.agency) }
        var drill: (code: String, rows: [GapReportQueries.LargestGap])?
        if let code = req.query[String.self, at: "kompetensi"], report.names[code] != nil {
            drill = (
                code,
                try await GapReportQueries.largestGaps(
                    agencyID: agencyID, year: year, unitPath: scoped.unit?.path, code: code, limit: 200, on: req.db)
            )
        }
        return GapReportPage.render(
            .init(
                chrome: req.chrome("Kesenjangan kompetensi"), agencyCode: scoped.agency.code,
                agencyName: scoped.agency.name, scopeName: scoped.unit?.name,
                unitID: scoped.unit?.id?.uuidString, report: report, drill: drill,
                missingStandards: scoped.canManage
                    ? try await StandardQueries.missingCount(agencyID: agencyID, year: year, on: req.db) : 0,
                canManage: scoped.canManage)
        ).response()
    }

    func completeStandards(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let year = try req.formYear()
        _ = try await StandardService.createMissing(
            agencyID: try agency.requireID(), year: year, userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.gapReport(agency.code, year: year) + "&pesan=" + FlashMessage.saved.rawValue)
    }

    func csv(_ r: GapReport, agency: Agency) -> Response {
        var lines = [
            "kode;kompetensi;pegawai;dinilai;standar_rata2;saat_ini_rata2;dengan_kesenjangan;jumlah_kesenjangan"
        ]
        for c in r.competencies {
            lines.append(
                [
                    c.code, c.name, String(c.employees), String(c.assessed),
                    IndonesianFormat.decimal(c.requiredAvg, fractionDigits: 2),
                    c.currentAvg.map { IndonesianFormat.decimal($0, fractionDigits: 2) } ?? "",
                    String(c.withGap), String(c.gapSum),
                ].map(CSVText.field).joined(separator: ";"))
        }
        return CSVText.response(lines, filename: "kesenjangan-\(agency.code)-\(r.year).csv")
    }
}
