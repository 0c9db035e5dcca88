import AsahCore
import Vapor

/// The compliance page's CSVs and the SIASN training-history lines, `;` separated with decimal commas
/// like the project's other exports (`CSVText`).
enum ComplianceCSV {
    static func units(_ lines: [UnitRollUp.Line<JPCompliance>], agency: String, year: Int) -> Response {
        CSVText.response(
            ["unit_kerja;pns;memenuhi;belum_memenuhi;persentase"]
                + lines.map { l in
                    [
                        l.name, String(l.value.counted), String(l.value.met), String(l.value.counted - l.value.met),
                        percent(l.value),
                    ].map(CSVText.field).joined(separator: ";")
                }, filename: "pemenuhan-jp-\(agency)-\(year).csv")
    }

    static func below(_ rows: [ComplianceQueries.BelowRow], minimum: JP, agency: String, year: Int) -> Response {
        CSVText.response(
            ["nip;nama;unit_kerja;jumlah_jp;kurang_jp"]
                + rows.map { r in
                    [r.nip, r.fullName, r.unitName ?? "", r.jp.number, r.missing.number]
                        .map(CSVText.field).joined(separator: ";")
                }, filename: "pns-di-bawah-minimum-jp-\(agency)-\(year).csv")
    }

    static func pppkOver(_ rows: [PPPKLimitQueries.Over], agency: String) -> Response {
        CSVText.response(
            ["nip;nama;unit_kerja;tahun_kontrak_mulai;tahun_kontrak_selesai;jumlah_jp;lebih_jp"]
                + rows.map { r in
                    [
                        r.nip, r.name, r.unitName ?? "", r.contractYear.lowerBound.iso, r.contractYear.upperBound.iso,
                        r.total.number, r.excess.number,
                    ].map(CSVText.field).joined(separator: ";")
                }, filename: "pppk-melebihi-batas-jp-\(agency).csv")
    }

    /// "87,5" (percent with a decimal comma, rounded down as on the page); empty without PNS.
    static func percent(_ c: JPCompliance) -> String {
        guard let tenths = c.percentTenths else { return "" }
        return String(tenths / 10) + "," + String(tenths % 10)
    }

    static let historyHeader =
        "NIP;NAMA;JENIS_DIKLAT_ID;JENIS_DIKLAT;NAMA_DIKLAT;TANGGAL_MULAI;TANGGAL_SELESAI;JUMLAH_JAM;PENYELENGGARA;NOMOR_SERTIFIKAT"

    /// Dates as DD-MM-YYYY, as SIASN's own exports write them; one day per line for now, so the
    /// end date is the start date.
    static func historyLine(_ h: ComplianceQueries.HistoryLine) -> String {
        let date =
            CivilDate(iso: h.learnedOn).map { d in
                (d.day < 10 ? "0" : "") + String(d.day) + "-" + (d.month < 10 ? "0" : "") + String(d.month) + "-"
                    + String(d.year)
            } ?? h.learnedOn
        return [
            h.nip, h.name, String(h.jenisDiklatID), JenisDiklat.name(of: h.jenisDiklatID) ?? "", h.title, date,
            date,
            JP(hundredths: h.jpHundredths).number, h.provider ?? "", h.certificateNo ?? "",
        ].map(CSVText.field).joined(separator: ";")
    }
}
