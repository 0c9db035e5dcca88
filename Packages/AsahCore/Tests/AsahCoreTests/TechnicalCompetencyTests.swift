import Foundation
import Testing

@testable import AsahCore

struct TechnicalCompetencyTests {
    static let levels = ["a", "b", "c", "d", "e"]

    /// (code, name, group, levels, failing field or nil)
    static let cases: [(String, String, String, [String], String?)] = [
        ("t.hub.01", "Manajemen Lalu Lintas", "teknis", levels, nil),
        ("P-01", "Pemerintahan Umum", "pemerintahan", levels, nil),
        ("M.01", "Integritas Lain", "teknis", levels, "code"),
        ("1ABC", "X", "teknis", levels, "code"),
        ("T HUB", "X", "teknis", levels, "code"),
        ("T.HUB.02", "", "teknis", levels, "name"),
        ("T.HUB.03", "X", "manajerial", levels, "group"),
        ("T.HUB.04", "X", "teknis", ["a", "b", "c", "d"], "levels"),
        ("T.HUB.05", "X", "teknis", ["a", "", "c", "d", "e"], "level_2"),
    ]

    @Test(arguments: cases)
    func validates(code: String, name: String, group: String, levels: [String], failing: String?) {
        let input = TechnicalCompetencyInput(
            code: code, name: name, group: group, definition: "Definisi", levels: levels)
        switch TechnicalCompetencyRules.validate(input) {
        case .success(let v):
            #expect(failing == nil)
            #expect(v.code == code.uppercased())
        case .failure(let errors):
            #expect(failing != nil && errors[failing!] != nil, "\(errors.messages)")
        }
    }

    static let assess: [(AssessmentSource, String, Bool)] = [
        (.supervisor, "boss", true), (.selfAssessment, "boss", false), (.assessmentCenter, "boss", false),
        (.selfAssessment, "self", true), (.supervisor, "self", false), (.test, "manager", true),
        (.supervisor, "stranger", false),
    ]

    @Test(arguments: assess)
    func whoMayAssess(source: AssessmentSource, who: String, allowed: Bool) {
        let agency = UUID(), boss = UUID(), me = UUID()
        let facts = EmployeeFacts(employeeID: me, agencyID: agency, unitPath: "/a/", supervisorID: boss)
        let actor: Actor
        switch who {
        case "boss":
            actor = Actor(userID: UUID(), roles: [.employee], agencyID: agency, employeeID: boss, unitPath: nil)
        case "self": actor = Actor(userID: UUID(), roles: [.employee], agencyID: agency, employeeID: me, unitPath: nil)
        case "manager":
            actor = Actor(userID: UUID(), roles: [.manager], agencyID: agency, employeeID: nil, unitPath: nil)
        default: actor = Actor(userID: UUID(), roles: [.employee], agencyID: agency, employeeID: UUID(), unitPath: nil)
        }
        #expect(AccessPolicy.canAssess(employee: facts, source: source, actor) == allowed)
    }
}
