import Foundation

/// An assessment as typed into a form, an API call or a CSV row.
public struct AssessmentInput: Sendable, Equatable {
    public var code: String
    public var level: String
    public var source: String
    public var assessedOn: String
    public var note: String
    public var evidenceURL: String

    public init(
        code: String, level: String, source: String, assessedOn: String, note: String = "", evidenceURL: String = ""
    ) {
        self.code = code
        self.level = level
        self.source = source
        self.assessedOn = assessedOn
        self.note = note
        self.evidenceURL = evidenceURL
    }
}

public struct ValidatedAssessment: Sendable, Equatable {
    public let code: String
    public let level: Int
    public let source: AssessmentSource
    public let assessedOn: CivilDate
    public let note: String?
    public let evidenceURL: String?
}

public enum AssessmentRules {
    /// Messages keyed by field (`competency`, `level`, `source`, `assessed_on`, `note`, `evidence_url`).
    public static func validate(_ input: AssessmentInput, knownCodes: Set<String>, today: CivilDate)
        -> Result<ValidatedAssessment, FieldErrors>
    {
        var errors: [String: String] = [:]
        let code = input.code.trimmingCharacters(in: .whitespaces).uppercased()
        if !knownCodes.contains(code) { errors["competency"] = "Kompetensi \"\(input.code)\" tidak dikenal." }
        let level = Int(input.level.trimmingCharacters(in: .whitespaces))
        if level == nil || !(1...5).contains(level!) { errors["level"] = "Level harus angka 1 sampai 5." }
        let source = AssessmentSource(rawValue: input.source.trimmingCharacters(in: .whitespaces).lowercased())
        if source == nil {
            errors["source"] =
                "Sumber harus salah satu dari: "
                + AssessmentSource.allCases.map(\.rawValue).joined(separator: ", ") + "."
        }
        let raw = input.assessedOn.trimmingCharacters(in: .whitespaces)
        let date = CivilDate(iso: raw) ?? SiasnValues.date(raw)
        if let date {
            if date > today { errors["assessed_on"] = "Tanggal penilaian tidak boleh di masa depan." }
            if date.year < 2000 { errors["assessed_on"] = "Tanggal penilaian terlalu lama (sebelum 2000)." }
        } else {
            errors["assessed_on"] = "Tanggal tidak valid; gunakan format 2026-05-31 atau 31-05-2026."
        }
        let note = input.note.trimmingCharacters(in: .whitespaces)
        if note.count > 1000 { errors["note"] = "Catatan paling panjang 1000 karakter." }
        let url = input.evidenceURL.trimmingCharacters(in: .whitespaces)
        if !url.isEmpty && !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 500 {
            errors["evidence_url"] = "Tautan bukti harus diawali http:// atau https://."
        }
        guard errors.isEmpty, let level, let source, let date else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidatedAssessment(
                code: code, level: level, source: source, assessedOn: date, note: note.isEmpty ? nil : note,
                evidenceURL: url.isEmpty ? nil : url))
    }
}
