import Foundation

/// One problem in a JP conversion table, for the agency settings page.
public struct JPConversionIssue: Sendable, Equatable {
    /// 1-based position of the row in the table; 0 for the table as a whole.
    public let row: Int
    /// Machine path of the field: "code", "activity", "domestic.jp", "international.per", "rules"…
    public let field: String
    /// A full sentence in Bahasa Indonesia naming the row and the field.
    public let message: String
}

public struct JPConversionErrors: Error, Sendable, Equatable {
    public let issues: [JPConversionIssue]
}

extension JPConversionTable {
    /// Every problem of this table; empty when it can be saved.
    public func validate() -> [JPConversionIssue] {
        JPConversionTable.check(RawTable(self))
    }

    /// Reads a table from settings JSON (`{"rules": [...]}`, keys as in `JPRate.CodingKeys`) and checks
    /// it, including what the typed table cannot hold: unknown units, more than two decimals,
    /// fractional counts. Codes come back upper-cased, texts trimmed.
    public static func decode(_ data: Data) -> Result<JPConversionTable, JPConversionErrors> {
        guard let raw = try? JSONDecoder().decode(RawTable.self, from: data) else {
            let message = "Tabel konversi JP tidak dapat dibaca: periksa format JSON dan jenis isian."
            return .failure(JPConversionErrors(issues: [JPConversionIssue(row: 0, field: "rules", message: message)]))
        }
        let issues = check(raw)
        guard issues.isEmpty else { return .failure(JPConversionErrors(issues: issues)) }
        return .success(raw.table)
    }

    private static func check(_ table: RawTable) -> [JPConversionIssue] {
        var issues: [JPConversionIssue] = []
        var seen: [String: Int] = [:]
        for (index, rule) in table.rules.enumerated() {
            let code = canonicalCode(rule.code ?? "")
            let activity = (rule.activity ?? "").trimmingCharacters(in: .whitespaces)
            let name =
                code.isEmpty
                ? "Baris ke-\(index + 1)" : "Baris \(code)" + (activity.isEmpty ? "" : " (\(activity))")
            func add(_ field: String, _ message: String) {
                issues.append(JPConversionIssue(row: index + 1, field: field, message: "\(name): \(message)."))
            }
            if code.isEmpty {
                add("code", "kode wajib diisi")
            } else if code.count > 10 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                add("code", "kode hanya huruf dan angka, paling panjang 10")
            } else if let first = seen[code] {
                add("code", "kode \(code) sudah dipakai di baris ke-\(first)")
            } else {
                seen[code] = index + 1
            }
            if activity.isEmpty { add("activity", "nama kegiatan wajib diisi") }
            if activity.count > 120 { add("activity", "nama kegiatan paling panjang 120 huruf") }
            if rule.domestic == nil && rule.international == nil {
                add("domestic", "isi paling sedikit satu kolom, Nasional atau Internasional")
            }
            for (key, column, rate) in [
                ("domestic", "Nasional", rule.domestic), ("international", "Internasional", rule.international),
            ] {
                guard let rate else { continue }
                for (field, message) in check(rate) {
                    add(key + "." + field, "kolom \(column), \(message)")
                }
            }
        }
        for code in requiredCodes {
            let users = JenisDiklat.all.filter { $0.conversionCode == code }.map(\.name).joined(separator: ", ")
            if let row = seen[code] {
                if table.rules[row - 1].domestic == nil {
                    issues.append(
                        JPConversionIssue(
                            row: row, field: "domestic",
                            message:
                                "Baris \(code): kolom Nasional wajib diisi karena dipakai oleh jenis diklat \(users)."))
                }
            } else {
                issues.append(
                    JPConversionIssue(
                        row: 0, field: "rules",
                        message: "Baris \(code) tidak boleh dihapus karena dipakai oleh jenis diklat \(users)."))
            }
        }
        return issues
    }

    /// (field, message) pairs of one column.
    private static func check(_ rate: RawRate) -> [(String, String)] {
        var issues: [(String, String)] = []
        let per = (rate.per ?? "").trimmingCharacters(in: .whitespaces)
        let unit = JPUnit(rawValue: per)
        if per.isEmpty {
            issues.append(("per", "satuan wajib diisi"))
        } else if unit == nil {
            let known = JPUnit.allCases.map(\.rawValue).joined(separator: ", ")
            issues.append(("per", "satuan \"\(per)\" tidak dikenal (pilihan: \(known))"))
        }
        let jpName = unit.map { $0 == .actualJP ? "JP" : "JP per \($0.noun)" } ?? "JP"
        for (field, label, value) in [("jp", jpName, rate.jp), ("max_jp", "batas JP per hari", rate.maxJP)] {
            guard let value else { continue }
            if value < 0 {
                issues.append((field, "\(label) tidak boleh negatif"))
            } else if value > 1000 {
                issues.append((field, "\(label) paling besar 1.000"))
            } else if abs((value * 100).rounded() - value * 100) > 1e-6 {
                issues.append((field, "\(label) paling banyak dua angka di belakang koma"))
            }
        }
        if let month = rate.maxPerMonth, month.rounded() != month || !(1...100).contains(month) {
            issues.append(("max_per_month", "batas per bulan harus bilangan bulat 1 sampai 100"))
        }
        if let uplift = rate.upliftPercent, uplift.rounded() != uplift || !(0...100).contains(uplift) {
            issues.append(("uplift_percent", "tambahan persen harus bilangan bulat 0 sampai 100"))
        }
        switch unit {
        case .actualJP where rate.jp != nil:
            issues.append(("jp", "kosongkan JP karena satuan sesuai jam pelajaran menghitung JP dari lama belajar"))
        case .day where rate.jp == nil && rate.maxJP == nil:
            issues.append(("jp", "isi JP per hari atau batas JP per hari"))
        case .session?, .time?, .semester?:
            if rate.jp == nil { issues.append(("jp", "\(jpName) wajib diisi")) }
        default:
            break
        }
        return issues
    }
}

/// The table as typed in settings, before it is known to be valid.
private struct RawTable: Decodable {
    var rules: [RawRule]

    init(_ table: JPConversionTable) {
        rules = table.rules.map {
            RawRule(
                code: $0.code, activity: $0.activity, domestic: $0.domestic.map(RawRate.init),
                international: $0.international.map(RawRate.init))
        }
    }

    /// Only after `check` found nothing.
    var table: JPConversionTable {
        JPConversionTable(
            rules: rules.map {
                JPConversionRule(
                    code: JPConversionTable.canonicalCode($0.code ?? ""),
                    activity: ($0.activity ?? "").trimmingCharacters(in: .whitespaces),
                    domestic: $0.domestic?.rate, international: $0.international?.rate)
            })
    }
}

private struct RawRule: Decodable {
    var code: String?
    var activity: String?
    var domestic: RawRate?
    var international: RawRate?
}

private struct RawRate: Decodable {
    var per: String?
    var jp: Double?
    var maxJP: Double?
    var maxPerMonth: Double?
    var upliftPercent: Double?

    enum CodingKeys: String, CodingKey {
        case per, jp
        case maxJP = "max_jp"
        case maxPerMonth = "max_per_month"
        case upliftPercent = "uplift_percent"
    }

    init(_ rate: JPRate) {
        per = rate.per.rawValue
        jp = rate.jp.map { Double($0.hundredths) / 100 }
        maxJP = rate.maxJP.map { Double($0.hundredths) / 100 }
        maxPerMonth = rate.maxPerMonth.map(Double.init)
        upliftPercent = rate.upliftPercent.map(Double.init)
    }

    var rate: JPRate? {
        guard let unit = JPUnit(rawValue: (per ?? "").trimmingCharacters(in: .whitespaces)) else { return nil }
        func jpValue(_ v: Double?) -> JP? { v.map { JP(hundredths: Int(($0 * 100).rounded())) } }
        return JPRate(
            per: unit, jp: jpValue(jp), maxJP: jpValue(maxJP), maxPerMonth: maxPerMonth.map { Int($0) },
            upliftPercent: upliftPercent.map { Int($0) })
    }
}
