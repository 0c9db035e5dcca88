import AsahCore
import Fluent
import Vapor

/// The effectiveness report of an agency's year: `GET /api/v1/agencies/{code}/evaluation?year=`, the
/// page `/instansi/:code/evaluasi?tahun=` and its CSV (`&format=csv`). Managers of the agency.
struct EffectivenessController {
    func api(req: Request) async throws -> EffectivenessReport {
        let agency = try await req.apiGuard().agency(.manage)
        return try await load(req, agencyID: try agency.requireID(), year: try req.apiYear())
    }

    func page(req: Request) async throws -> Response {
        let agency = try await req.pageGuard().agency(.manage)
        let year = try CompetencyProfileController.year(req)
        let report = try await load(req, agencyID: try agency.requireID(), year: year)
        if req.query[String.self, at: "format"] == "csv" {
            return EffectivenessCSV.response(report, agencyCode: agency.code)
        }
        return EffectivenessPage.render(
            .init(
                chrome: req.chrome("Efektivitas pengembangan \(year)"), agencyCode: agency.code, report: report,
                thisYear: try await req.today(for: try agency.requireID()).year)
        ).response()
    }

    private func load(_ req: Request, agencyID: UUID, year: Int) async throws -> EffectivenessReport {
        try await EffectivenessReport.load(
            agencyID: agencyID, year: year, today: try await req.today(for: agencyID),
            settings: try await AgencySettings.currentLevel(agencyID, on: req.db), on: req.db)
    }
}

/// One line per activity, then per provider, facilitator and jenis diklat, then the total: the same
/// columns for each, semicolon-separated as the project's other exports.
enum EffectivenessCSV {
    static let header = [
        "Bagian", "Nama", "Kegiatan", "Peserta", "Lulus", "JP diperoleh", "Responden reaksi", "Reaksi (1-5)",
        "Peserta pre/post", "Gain ternormalisasi", "Jawaban L3 peserta", "Penerapan menurut peserta",
        "Jawaban L3 atasan", "Penerapan menurut atasan", "Pasangan kompetensi diukur", "Level naik", "Biaya total",
        "Biaya per peserta", "Biaya per JP", "Biaya per level naik",
    ]

    static func response(_ r: EffectivenessReport, agencyCode: String) -> Response {
        var lines = [header.map(CSVText.field).joined(separator: ";")]
        func line(_ part: String, _ name: String, _ f: EffectivenessReport.Figures) {
            let d: (Double?) -> String = { $0.map { IndonesianFormat.decimal($0, fractionDigits: 2) } ?? "" }
            let i: (Int?) -> String = { $0.map(String.init) ?? "" }
            lines.append(
                [
                    part, name, String(f.activities), String(f.participants), String(f.completed),
                    IndonesianFormat.decimal(f.jpDelivered, fractionDigits: 2), String(f.reactionRespondents),
                    d(f.reaction), String(f.gainParticipants), d(f.normalisedGain), String(f.participantAnswers),
                    d(f.participantApplied), String(f.supervisorAnswers), d(f.supervisorApplied),
                    String(f.measuredPairs), String(f.levelsGained), String(f.costTotal), i(f.costPerParticipant),
                    i(f.costPerJP), i(f.costPerLevelGained),
                ].map(CSVText.field).joined(separator: ";"))
        }
        for a in r.activities { line("Kegiatan", a.title, a.figures) }
        for g in r.byProvider { line("Penyelenggara", g.name, g.figures) }
        for g in r.byFacilitator { line("Fasilitator", g.name, g.figures) }
        for g in r.byJenis { line("Jenis diklat", g.name, g.figures) }
        line("Jumlah", "Semua kegiatan", r.totals)
        return CSVText.response(lines, filename: "efektivitas-\(agencyCode)-\(r.year).csv")
    }
}
