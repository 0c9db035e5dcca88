import AsahCore
import Vapor

/// `GET /api/v1/employees/{nip}/learning-hours`.
struct LearningHoursDTO: Content {
    struct Entry: Content {
        var date: String
        var title: String
        var source: String
        var jenisDiklatId: Int
        var jenisDiklat: String?
        var jp: JP
        var minutes: Int?
        var provider: String?
        var certificateNo: String?
        /// The agency the line was earned in, when another than the employee's own (after a mutasi).
        var earnedAt: String?

        enum CodingKeys: String, CodingKey {
            case date, title, source, jenisDiklatId, jenisDiklat, jp, minutes, provider, certificateNo, earnedAt
        }

        /// Absent values are written as null, never left out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date)
            try c.encode(title, forKey: .title)
            try c.encode(source, forKey: .source)
            try c.encode(jenisDiklatId, forKey: .jenisDiklatId)
            try c.encode(jenisDiklat, forKey: .jenisDiklat)
            try c.encode(jp, forKey: .jp)
            try c.encode(minutes, forKey: .minutes)
            try c.encode(provider, forKey: .provider)
            try c.encode(certificateNo, forKey: .certificateNo)
            try c.encode(earnedAt, forKey: .earnedAt)
        }
    }

    var nip: String
    var year: Int
    var employeeStatus: String
    var totalJp: JP
    /// The yearly minimum (PNS and CPNS); null for PPPK.
    var targetJp: JP?
    /// The yearly maximum (PPPK); null for PNS and CPNS.
    var maxJp: JP?
    /// `met`, `below`, `within_limit` or `over_limit`.
    var status: String
    var missingJp: JP?
    var entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case nip, year, employeeStatus, totalJp, targetJp, maxJp, status, missingJp, entries
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nip, forKey: .nip)
        try c.encode(year, forKey: .year)
        try c.encode(employeeStatus, forKey: .employeeStatus)
        try c.encode(totalJp, forKey: .totalJp)
        try c.encode(targetJp, forKey: .targetJp)
        try c.encode(maxJp, forKey: .maxJp)
        try c.encode(status, forKey: .status)
        try c.encode(missingJp, forKey: .missingJp)
        try c.encode(entries, forKey: .entries)
    }
}

/// `GET /api/v1/agencies/{code}/learning-hours/compliance`.
struct ComplianceDTO: Content {
    struct UnitLine: Content {
        var id: UUID?
        var name: String
        var pns: Int
        var met: Int
        var rate: Double?

        enum CodingKeys: String, CodingKey { case id, name, pns, met, rate }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(pns, forKey: .pns)
            try c.encode(met, forKey: .met)
            try c.encode(rate, forKey: .rate)
        }
    }

    var year: Int
    var minimumJp: JP
    var pns: Int
    var met: Int
    /// Percent of PNS with at least the minimum, one decimal, rounded down; null without PNS.
    var rate: Double?
    var units: [UnitLine]

    enum CodingKeys: String, CodingKey { case year, minimumJp, pns, met, rate, units }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(minimumJp, forKey: .minimumJp)
        try c.encode(pns, forKey: .pns)
        try c.encode(met, forKey: .met)
        try c.encode(rate, forKey: .rate)
        try c.encode(units, forKey: .units)
    }
}

extension JPYearStatus {
    var code: String {
        switch self {
        case .met: return "met"
        case .below: return "below"
        case .withinLimit: return "within_limit"
        case .overLimit: return "over_limit"
        }
    }
}

extension JPCompliance {
    var rate: Double? { percentTenths.map { Double($0) / 10 } }
}
