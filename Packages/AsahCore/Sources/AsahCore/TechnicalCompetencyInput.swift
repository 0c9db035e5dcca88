import Foundation

/// A teknis (or pemerintahan) competency as a manager types it or a CSV row carries it.
public struct TechnicalCompetencyInput: Sendable, Equatable {
    public var code: String
    public var name: String
    public var group: String
    public var definition: String
    public var levels: [String]

    public init(code: String, name: String, group: String = "teknis", definition: String, levels: [String]) {
        self.code = code
        self.name = name
        self.group = group
        self.definition = definition
        self.levels = levels
    }
}

public struct ValidatedTechnicalCompetency: Sendable, Equatable {
    public let code: String
    public let name: String
    public let group: CompetencyGroup
    public let definition: String
    public let levels: [String]
}

public enum TechnicalCompetencyRules {
    /// Field name → message, or the clean value. Codes are upper-cased ("t.hub.01" → "T.HUB.01").
    public static func validate(_ input: TechnicalCompetencyInput) -> Result<ValidatedTechnicalCompetency, FieldErrors>
    {
        var errors: [String: String] = [:]
        let code = input.code.trimmingCharacters(in: .whitespaces).uppercased()
        if code.range(of: "^[A-Z][A-Z0-9]*([.-][A-Z0-9]+)*$", options: .regularExpression) == nil || code.count > 20 {
            errors["code"] = "Kode hanya huruf, angka, titik atau tanda hubung, paling panjang 20 (contoh T.HUB.01)."
        } else if CompetencyDictionary.national(code: code) != nil {
            errors["code"] = "Kode \(code) dipakai kompetensi manajerial/sosial kultural nasional."
        }
        let name = input.name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { errors["name"] = "Nama kompetensi wajib diisi." }
        let group = CompetencyGroup(rawValue: input.group)
        if group != .teknis && group != .pemerintahan { errors["group"] = "Jenis harus teknis atau pemerintahan." }
        let definition = input.definition.trimmingCharacters(in: .whitespaces)
        if definition.isEmpty { errors["definition"] = "Definisi wajib diisi." }
        let levels = input.levels.map { $0.trimmingCharacters(in: .whitespaces) }
        if levels.count != 5 {
            errors["levels"] = "Isi deskripsi untuk kelima level."
        } else {
            for (i, text) in levels.enumerated() where text.isEmpty {
                errors["level_\(i + 1)"] = "Deskripsi level \(i + 1) wajib diisi."
            }
        }
        guard errors.isEmpty, let group else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidatedTechnicalCompetency(code: code, name: name, group: group, definition: definition, levels: levels))
    }
}

/// Messages per form field, as an Error so rules can return `Result`.
public struct FieldErrors: Error, Sendable, Equatable {
    public let messages: [String: String]
    public init(_ messages: [String: String]) { self.messages = messages }
    public subscript(_ field: String) -> String? { messages[field] }
}
