import Foundation

/// Competencies of the SKJ (Permen PANRB 38/2017, DOMAIN §1): the national dictionary of the
/// 8 manajerial and 1 sosial kultural competencies, each with 5 levels.

/// The group a competency belongs to. `teknis` comes from sector dictionaries, `pemerintahan` from
/// Mendagri (pemda only); the national dictionary here holds `manajerial` and `sosialKultural`.
public enum CompetencyGroup: String, CaseIterable, Codable, Sendable {
    case manajerial
    case sosialKultural = "sosial_kultural"
    case teknis
    case pemerintahan

    public var label: String {
        switch self {
        case .manajerial: return "Manajerial"
        case .sosialKultural: return "Sosial Kultural"
        case .teknis: return "Teknis"
        case .pemerintahan: return "Pemerintahan"
        }
    }
}

/// One level (1…5) of a competency: the short description and the behaviour indicators.
public struct CompetencyLevelText: Sendable, Equatable, Codable {
    public let level: Int
    public let description: String
    public let indicators: [String]

    public init(level: Int, description: String, indicators: [String]) {
        self.level = level
        self.description = description
        self.indicators = indicators
    }
}

public struct DictionaryCompetency: Sendable, Equatable, Codable {
    /// "M.01"…"M.08", "SK.01".
    public let code: String
    public let name: String
    public let group: CompetencyGroup
    public let definition: String
    /// Exactly 5, levels 1…5 in order.
    public let levels: [CompetencyLevelText]

    public init(code: String, name: String, group: CompetencyGroup, definition: String, levels: [CompetencyLevelText]) {
        self.code = code
        self.name = name
        self.group = group
        self.definition = definition
        self.levels = levels
    }

    /// The text of one level, nil outside 1…5.
    public func level(_ level: Int) -> CompetencyLevelText? {
        levels.first { $0.level == level }
    }
}

public enum CompetencyDictionary {
    /// The 9 national competencies (M.01…M.08, SK.01), in code order: Permen PANRB 38/2017, Lampiran
    /// II–III, kept as data in `Resources/competency-dictionary.json` and embedded in the binary (one
    /// binary still runs from any folder). Edit the JSON; `CompetencyDictionaryTests` checks its shape.
    public static let national: [DictionaryCompetency] = {
        do {
            return try JSONDecoder().decode(
                [DictionaryCompetency].self, from: Data(PackageResources.competency_dictionary_json))
        } catch {
            preconditionFailure("the embedded competency dictionary does not decode: \(error)")
        }
    }()

    public static func national(code: String) -> DictionaryCompetency? {
        byCode[code]
    }

    /// The codes of the national competencies, in order.
    public static let nationalCodes: [String] = national.map(\.code)

    private static let byCode: [String: DictionaryCompetency] = Dictionary(
        uniqueKeysWithValues: national.map { ($0.code, $0) })
}
