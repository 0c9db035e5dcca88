/// Competency gap and Job-Person Match (DOMAIN §1.7): required level (LKJ) against current level (LKI).

/// One competency of a position: its required level and the holder's current level, if assessed.
public struct GapItem: Sendable, Equatable {
    public let code: String
    public let required: Int
    /// nil when not assessed.
    public let current: Int?

    public init(code: String, required: Int, current: Int?) {
        self.code = code
        self.required = required
        self.current = current
    }

    /// nil when not assessed, else max(0, required − current): a surplus is not a gap.
    public var gap: Int? {
        current.map { max(0, required - $0) }
    }

    public var isAssessed: Bool { current != nil }
}

/// How an agency computes the job-person match over the assessed competencies (an agency setting).
public enum JPMFormula: String, CaseIterable, Sendable, Codable {
    /// Σ min(LKI, LKJ) ÷ Σ LKJ: a level above the standard in one competency makes up for nothing in
    /// another (the default).
    case minimum = "min"
    /// Σ LKI ÷ Σ LKJ, capped at 100 %: a level above the standard offsets a gap elsewhere.
    case ratio

    /// The formula as pages name it beside every JPM.
    public var label: String {
        switch self {
        case .minimum: return "Σ min(LKI, LKJ) ÷ Σ LKJ"
        case .ratio: return "Σ LKI ÷ Σ LKJ, paling tinggi 100 %"
        }
    }
}

/// The agency's JPM settings: the formula and the lower bounds (percent, inclusive) of the categories.
public struct GapThresholds: Sendable, Equatable, Codable {
    public var optimal: Double = 90
    public var cukupOptimal: Double = 78
    public var memenuhiSyarat: Double = 80
    public var masihMemenuhiSyarat: Double = 68
    public var formula: JPMFormula = .minimum

    public init(
        optimal: Double = 90, cukupOptimal: Double = 78, memenuhiSyarat: Double = 80, masihMemenuhiSyarat: Double = 68,
        formula: JPMFormula = .minimum
    ) {
        self.optimal = optimal
        self.cukupOptimal = cukupOptimal
        self.memenuhiSyarat = memenuhiSyarat
        self.masihMemenuhiSyarat = masihMemenuhiSyarat
        self.formula = formula
    }

    /// Settings saved before the formula was one lack it: they keep today's formula.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        optimal = try c.decode(Double.self, forKey: .optimal)
        cukupOptimal = try c.decode(Double.self, forKey: .cukupOptimal)
        memenuhiSyarat = try c.decode(Double.self, forKey: .memenuhiSyarat)
        masihMemenuhiSyarat = try c.decode(Double.self, forKey: .masihMemenuhiSyarat)
        formula = try c.decodeIfPresent(JPMFormula.self, forKey: .formula) ?? .minimum
    }

    public static let standard = GapThresholds()
}

/// Category of a mapping (*pemetaan*) result.
public enum MappingCategory: String, Sendable, Codable {
    case optimal = "O"
    case cukupOptimal = "CO"
    case kurangOptimal = "KO"

    public var label: String {
        switch self {
        case .optimal: return "Optimal"
        case .cukupOptimal: return "Cukup Optimal"
        case .kurangOptimal: return "Kurang Optimal"
        }
    }
}

/// Category of a selection (filling a position) result.
public enum SelectionCategory: String, Sendable, Codable {
    case memenuhiSyarat = "MS"
    case masihMemenuhiSyarat = "MMS"
    case kurangMemenuhiSyarat = "KMS"

    public var label: String {
        switch self {
        case .memenuhiSyarat: return "Memenuhi Syarat"
        case .masihMemenuhiSyarat: return "Masih Memenuhi Syarat"
        case .kurangMemenuhiSyarat: return "Kurang Memenuhi Syarat"
        }
    }
}

public struct JPMResult: Sendable, Equatable {
    /// 0…100, unrounded.
    public let jpm: Double
    /// The same, as shown (one decimal, half up on the exact Σ min ÷ Σ required).
    public let percent: Percent
    /// Competencies with a current level.
    public let assessed: Int
    /// Competencies of the position.
    public let total: Int
    /// The categories, only when every competency of the standard is assessed (`isComplete`); a partial
    /// profile's JPM is provisional (*sementara*) and has none.
    public let mapping: MappingCategory?
    public let selection: SelectionCategory?
    /// The formula it was computed with, for the page to name.
    public let formula: JPMFormula

    public init(
        jpm: Double, percent: Percent, assessed: Int, total: Int, mapping: MappingCategory?,
        selection: SelectionCategory?, formula: JPMFormula = .minimum
    ) {
        self.formula = formula
        self.jpm = jpm
        self.percent = percent
        self.assessed = assessed
        self.total = total
        self.mapping = mapping
        self.selection = selection
    }

    /// Every competency of the position is assessed.
    public var isComplete: Bool { assessed == total }
}

public enum GapRules {
    /// JPM over the ASSESSED competencies of the position (unassessed ones are left out, never counted
    /// as zero), by the agency's formula: Σ min(current, required) ÷ Σ required × 100, or Σ current ÷
    /// Σ required × 100 capped at 100; nil when none is assessed or Σ required is 0.
    public static func jpm(_ items: [GapItem], thresholds: GapThresholds = .standard) -> JPMResult? {
        var met = 0
        var required = 0
        var assessed = 0
        for item in items {
            guard let current = item.current else { continue }
            assessed += 1
            met += credited(current, item.required, thresholds.formula)
            required += item.required
        }
        guard assessed > 0, required > 0 else { return nil }
        return result(
            met: met, required: required, assessed: assessed, total: items.count, thresholds: thresholds)
    }

    /// What one competency adds to the numerator under `formula`.
    public static func credited(_ current: Int, _ required: Int, _ formula: JPMFormula) -> Int {
        formula == .minimum ? min(current, required) : current
    }

    /// The JPM of sums already taken (`met` by `credited`), as `jpm` gives it: capped at 100 %, the
    /// categories only for a complete profile.
    public static func result(met: Int, required: Int, assessed: Int, total: Int, thresholds: GapThresholds)
        -> JPMResult?
    {
        guard required > 0 else { return nil }
        let capped = min(met, required)
        // Multiplied first: an exact 90 % stays exactly 90 (0.9 * 100 would not).
        let value = Double(capped) * 100 / Double(required)
        let percent = Percent(capped, of: required)!
        let complete = assessed == total
        return JPMResult(
            jpm: value, percent: percent, assessed: assessed, total: total,
            mapping: complete ? mapping(percent.value, thresholds) : nil,
            selection: complete ? selection(percent.value, thresholds) : nil, formula: thresholds.formula)
    }

    /// The categories are decided on the JPM as shown (one decimal, half up): a profile shown at 90,0 %
    /// is Optimal even when the exact fraction is 89,96 %, so what people read and the category agree.
    /// O ≥ 90, CO ≥ 78, else KO.
    public static func mapping(_ jpm: Double, _ t: GapThresholds) -> MappingCategory {
        if jpm >= t.optimal { return .optimal }
        if jpm >= t.cukupOptimal { return .cukupOptimal }
        return .kurangOptimal
    }

    /// MS ≥ 80, MMS ≥ 68, else KMS (on the value as shown, like `mapping`).
    public static func selection(_ jpm: Double, _ t: GapThresholds) -> SelectionCategory {
        if jpm >= t.memenuhiSyarat { return .memenuhiSyarat }
        if jpm >= t.masihMemenuhiSyarat { return .masihMemenuhiSyarat }
        return .kurangMemenuhiSyarat
    }
}
