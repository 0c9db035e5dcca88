/// Yearly JP targets, an agency setting.
/// - PNS (and CPNS): at least 20 JP a year, PP 11/2017 Pasal 203(4).
/// - PPPK: at most 24 JP a year of contract, PP 49/2018 Pasal 40(1); configurable, since whether
///   UU 20/2023 changed it is unconfirmed. PPPK have no minimum.
public struct JPTargets: Codable, Sendable, Equatable {
    public var pnsMinimum: JP
    public var pppkMaximum: JP

    public init(pnsMinimum: JP = JP(whole: 20), pppkMaximum: JP = JP(whole: 24)) {
        self.pnsMinimum = pnsMinimum
        self.pppkMaximum = pppkMaximum
    }

    public static let standard = JPTargets()

    /// Checks the settings form: both 1 to 1.000 JP with at most two decimals ("24", "24,5").
    public static func make(pnsMinimum: String, pppkMaximum: String) -> Result<JPTargets, FieldErrors> {
        var errors: [String: String] = [:]
        func parse(_ text: String, _ key: String) -> JP {
            guard let jp = JP(text: text), jp >= JP(whole: 1), jp <= JP(whole: 1000) else {
                errors[key] = "Isi 1 sampai 1.000 JP, paling banyak dua angka di belakang koma."
                return .zero
            }
            return jp
        }
        let minimum = parse(pnsMinimum, "pns_minimum")
        let maximum = parse(pppkMaximum, "pppk_maximum")
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success(JPTargets(pnsMinimum: minimum, pppkMaximum: maximum))
    }
}

/// An employee's JP position in one year.
public enum JPYearStatus: Sendable, Equatable {
    /// PNS/CPNS with at least the minimum.
    case met
    /// PNS/CPNS short of the minimum by `missing`.
    case below(missing: JP)
    /// PPPK at or under the maximum.
    case withinLimit
    /// PPPK over the maximum by `excess`: a warning for the manager, not an error.
    case overLimit(excess: JP)

    public var label: String {
        switch self {
        case .met: return "Terpenuhi"
        case .below(let missing): return "Kurang \(missing.display)"
        case .withinLimit: return "Dalam batas"
        case .overLimit(let excess): return "Melebihi batas \(excess.display)"
        }
    }

    public var isWarning: Bool {
        if case .overLimit = self { return true }
        return false
    }
}

/// One employee's total for a year, as the compliance report reads it.
public struct JPEmployeeTotal: Sendable, Equatable {
    public var status: EmployeeStatus
    public var total: JP

    public init(status: EmployeeStatus, total: JP) {
        self.status = status
        self.total = total
    }
}

/// How many of the employees held to the minimum (PNS and CPNS) reached it.
public struct JPCompliance: Sendable, Equatable {
    public let counted: Int
    public let met: Int
    /// met ÷ counted (`Percent`: half up, 100 % only for everyone); nil when nobody is counted.
    public let percent: Percent?
    public var percentTenths: Int? { percent?.tenths }

    public init(counted: Int, met: Int) {
        self.counted = counted
        self.met = met
        percent = Percent(met, of: counted)
    }

    /// "87,5%", "100%", or "–" when nobody is counted.
    public var display: String { percent?.display ?? "–" }
}

public enum JPYear {
    /// PNS and CPNS are held to the minimum; PPPK to the maximum only.
    public static func status(_ status: EmployeeStatus, total: JP, targets: JPTargets = .standard) -> JPYearStatus {
        switch status {
        case .pns, .cpns:
            return total >= targets.pnsMinimum ? .met : .below(missing: targets.pnsMinimum - total)
        case .pppk:
            return total > targets.pppkMaximum ? .overLimit(excess: total - targets.pppkMaximum) : .withinLimit
        }
    }

    /// The employee's total for a calendar year from credited ledger entries.
    public static func total(_ entries: [LedgerEntryFact], year: Int) -> JP {
        entries.filter { $0.date.year == year }.map(\.jp).total
    }

    /// Share of PNS and CPNS with at least the minimum; PPPK are left out.
    public static func compliance(_ totals: [JPEmployeeTotal], targets: JPTargets = .standard) -> JPCompliance {
        let held = totals.filter { !$0.status.isPPPK }
        return JPCompliance(counted: held.count, met: held.filter { $0.total >= targets.pnsMinimum }.count)
    }
}
