import Vapor

struct CompetencyDTO: Content {
    var code: String
    var name: String
    var group: String
    var definition: String
    var levels: [String]
    var national: Bool
}

struct StandardDTO: Content {
    struct Item: Content {
        var competency: String
        var level: Int
    }
    var year: Int
    var status: String?
    var items: [Item]
}

struct AssessmentRequest: Content {
    var competency: String
    var level: Int
    var source: String
    var assessedOn: String
    var note: String?
    var evidenceUrl: String?
}

struct CompetencyProfileDTO: Content {
    struct Item: Content {
        var code: String
        var name: String
        var group: String
        var required: Int
        var current: Int?
        var gap: Int?
        var source: String?
        var assessedOn: String?

        enum CodingKeys: String, CodingKey { case code, name, group, required, current, gap, source, assessedOn }

        /// `current`, `gap` and `source` are written as null when not assessed, never left out.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(group, forKey: .group)
            try c.encode(required, forKey: .required)
            try c.encode(current, forKey: .current)
            try c.encode(gap, forKey: .gap)
            try c.encode(source, forKey: .source)
            try c.encode(assessedOn, forKey: .assessedOn)
        }
    }
    var nip: String
    var year: Int
    var position: String?
    var items: [Item]
    var jpm: Double?
    var assessed: Int
    var total: Int
    var mappingCategory: String?
    var selectionCategory: String?
    /// The agency's formula (`min` or `ratio`); null while there is no JPM.
    var jpmFormula: String?

    enum CodingKeys: String, CodingKey {
        case nip, year, position, items, jpm, assessed, total, mappingCategory, selectionCategory, jpmFormula
    }

    /// Every key is always present; unknown values are null (as `json()` writes them too).
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nip, forKey: .nip)
        try c.encode(year, forKey: .year)
        try c.encode(position, forKey: .position)
        try c.encode(items, forKey: .items)
        try c.encode(jpm, forKey: .jpm)
        try c.encode(assessed, forKey: .assessed)
        try c.encode(total, forKey: .total)
        try c.encode(mappingCategory, forKey: .mappingCategory)
        try c.encode(selectionCategory, forKey: .selectionCategory)
        try c.encode(jpmFormula, forKey: .jpmFormula)
    }
}

struct CompetencyGapsDTO: Content {
    var year: Int
    var employees: Int
    var assessed: Int
    var competencies: [GapReport.Competency]
    var units: [GapReport.UnitLine]
}

/// One candidate for a position, as the API lists them (best job-person match first).
struct CandidateDTO: Content {
    var nip: String
    var name: String
    var unit: String?
    var position: String?
    var jpm: Double
    /// null while the profile is incomplete (the JPM is provisional).
    var selectionCategory: String?
    var assessed: Int
    var total: Int

    enum CodingKeys: String, CodingKey { case nip, name, unit, position, jpm, selectionCategory, assessed, total }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(nip, forKey: .nip)
        try c.encode(name, forKey: .name)
        try c.encode(unit, forKey: .unit)
        try c.encode(position, forKey: .position)
        try c.encode(jpm, forKey: .jpm)
        try c.encode(selectionCategory, forKey: .selectionCategory)
        try c.encode(assessed, forKey: .assessed)
        try c.encode(total, forKey: .total)
    }
}
