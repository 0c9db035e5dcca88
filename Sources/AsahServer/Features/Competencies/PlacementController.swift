import AsahCore
import Fluent
import Vapor

/// The unit heatmap and "who fits this position" (pages and API).
struct PlacementController {
    func heatmap(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let scoped = try await GapReportController.scope(req, user: user)
        guard let unit = scoped.unit else {
            // The whole agency is too large for one map: pick a unit in the gap report.
            return req.redirect(to: SiteURL.gapReport(scoped.agency.code))
        }
        let agencyID = try scoped.agency.requireID()
        let year = try CompetencyProfileController.year(req)
        let raw = req.query[String.self, at: "urut"] ?? "nama"
        let order: HeatmapQueries.Order = raw == "nama" ? .name : raw == "total" ? .totalGap : .competency(raw)
        let csv = req.query[String.self, at: "format"] == "csv"
        // The CSV holds every employee of the unit; the page shows forty at a time.
        let paging =
            csv
            ? Paging(page: 1, per: 100_000, defaultPer: 100_000, maxPer: 100_000)
            : Paging(
                page: req.query[Int.self, at: "page"], per: nil, defaultPer: HeatmapQueries.perPage,
                maxPer: HeatmapQueries.perPage)
        let (lines, total) = try await HeatmapQueries.employees(
            agencyID: agencyID, unitPath: unit.path, year: year, order: order, paging: paging, on: req.db)
        let cells = try await HeatmapQueries.cells(employeeIDs: lines.map(\.id), year: year, on: req.db)
        let names = try await CompetencyQueries.names(agencyID: agencyID, on: req.db)
        let codes = Set(cells.map(\.competencyCode)).sorted {
            let a = names[$0]?.group.order ?? 9, b = names[$1]?.group.order ?? 9
            return (a, $0) < (b, $1)
        }
        if csv {
            let byCell = Dictionary(
                cells.map { ($0.employeeID.uuidString + "|" + $0.competencyCode, $0) },
                uniquingKeysWith: { a, _ in a })
            var rows = [(["nip", "nama"] + codes + ["total_kesenjangan"]).joined(separator: ";")]
            for line in lines {
                let gaps = codes.map { code -> String in
                    guard let cell = byCell[line.id.uuidString + "|" + code] else { return "" }
                    guard let current = cell.current else { return "belum dinilai" }
                    return String(max(0, cell.required - current))
                }
                rows.append(
                    ([line.nip, line.name] + gaps + [String(line.gapTotal)]).map(CSVText.field).joined(separator: ";"))
            }
            return CSVText.response(rows, filename: "peta-kesenjangan-\(scoped.agency.code)-\(year).csv")
        }
        return HeatmapPage.render(
            .init(
                chrome: req.chrome("Peta kesenjangan"), agencyCode: scoped.agency.code,
                unitID: try unit.requireID().uuidString, unitName: unit.name, year: year, codes: codes,
                names: names.mapValues(\.name), lines: lines,
                cells: Dictionary(
                    cells.map { ($0.employeeID.uuidString + "|" + $0.competencyCode, $0) },
                    uniquingKeysWith: { a, _ in a }),
                order: raw, page: paging.page, pages: paging.pages(total: total), total: total)
        ).response()
    }

    func candidates(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        let position = try await Guard(req, user).position(of: agency)
        let year = try CompetencyProfileController.year(req)
        let ranked = try await CandidateQueries.rank(
            agencyID: try agency.requireID(), positionID: try position.requireID(), year: year, on: req.db)
        if req.query[String.self, at: "format"] == "csv" {
            let rows =
                ["peringkat;nip;nama;jabatan_sekarang;unit_kerja;jpm;kategori;dinilai;kompetensi_standar"]
                + ranked.enumerated().map { i, c in
                    [
                        String(i + 1), c.row.nip, c.fullName, c.row.positionName ?? "", c.row.unitName ?? "",
                        IndonesianFormat.decimal(c.percent.value, fractionDigits: 1),
                        c.selection?.rawValue ?? "sementara",
                        String(c.row.assessed),
                        String(c.total),
                    ].map(CSVText.field).joined(separator: ";")
                }
            return CSVText.response(rows, filename: "kandidat-\(agency.code)-\(year).csv")
        }
        return CandidatesPage.render(
            .init(
                chrome: req.chrome("Kandidat · " + position.name), agencyCode: agency.code,
                positionID: try position.requireID().uuidString, positionName: position.name, year: year,
                candidates: ranked)
        ).response()
    }
}
