import Foundation
import Testing

@testable import AsahCore

struct PasswordRulesTests {
    static let nip = "199001012015031001"

    /// (password, confirmation, problem)
    static let cases: [(String, String?, PasswordRules.Problem?)] = [
        ("kopi-susu-pagi", nil, nil),
        ("kopi-susu-pagi", "kopi-susu-pagi", nil),
        ("kopi-susu-pagi", "kopi-susu-sore", .mismatch),
        ("pendek", nil, .tooShort),
        ("123456789", nil, .tooShort),  // nine characters
        ("abcdefghij", nil, nil),  // exactly ten, not in the list
        ("qwertyuiop", nil, .tooCommon),  // in the list
        ("QwertyUIOP", nil, .tooCommon),  // any case
        (" 1234567890 ", nil, .tooCommon),  // surrounding spaces
        (nip, nil, .isIdentity),
        ("19900101 201503 1 001", nil, .isIdentity),  // the NIP as printed
        ("1990-0101-2015-0310-01", nil, .isIdentity),
        ("siti.aminah", nil, .isIdentity),  // the login name
        ("SITI.AMINAH", nil, .isIdentity),
        ("siti.aminah.2026", nil, nil),
        ("\(nip)x", nil, nil),
    ]

    @Test(arguments: cases)
    func decides(password: String, confirmation: String?, problem: PasswordRules.Problem?) {
        #expect(
            PasswordRules.problem(password, confirmation: confirmation, identities: ["siti.aminah", Self.nip])
                == problem)
    }

    @Test func theListHoldsTheTenThousandMostCommonOnce() {
        #expect(PasswordRules.commonList.count == 10_000)
        #expect(Set(PasswordRules.commonList).count == 10_000)
        #expect(PasswordRules.commonList.first == "123456")
        #expect(PasswordRules.commonList.allSatisfy { $0 == $0.lowercased() && !$0.isEmpty })
    }

    @Test func everyMessageIsASentence() {
        for p in [PasswordRules.Problem.tooShort, .isIdentity, .tooCommon, .mismatch] {
            #expect(p.message.hasSuffix("."))
        }
        #expect(PasswordRules.Problem.tooShort.message.contains("10"))
    }
}

struct ActivationRulesTests {
    @Test func codesAreTenCharactersWithoutLookAlikesInTwoGroups() {
        var rng = SplitMix64(seed: 7)
        var seen = Set<String>()
        for _ in 0..<500 {
            let code = ActivationRules.newCode(using: &rng)
            #expect(code.count == 11)
            #expect(code.split(separator: "-").map(\.count) == [5, 5])
            #expect(!code.contains { "01OIL".contains($0) })
            #expect(ActivationRules.normalized(code) == code.replacingOccurrences(of: "-", with: ""))
            seen.insert(code)
        }
        #expect(seen.count == 500)
    }

    /// (typed, normalized)
    static let typed: [(String, String?)] = [
        ("K7PQM-3XWRA", "K7PQM3XWRA"),
        ("k7pqm 3xwra", "K7PQM3XWRA"),
        (" k7pqm3xwra ", "K7PQM3XWRA"),
        ("K7PQM-3XWR", nil),  // nine
        ("K7PQM-3XWRAB", nil),  // eleven
        ("K7PQM-3XWR0", nil),  // zero is not in the alphabet
        ("K7PQM-3XWRI", nil),
        ("", nil),
        ("K7PQM;3XWRA", nil),
    ]

    @Test(arguments: typed)
    func normalizes(typed: String, expected: String?) {
        #expect(ActivationRules.normalized(typed) == expected)
    }

    @Test(arguments: [(14, 14), (1, 1), (90, 90), (0, 1), (-3, 1), (365, 90)])
    func expiresAfterTheAgencysDaysWithinBounds(days: Int, effective: Int) {
        let issued = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(
            ActivationRules.expiry(issued: issued, days: days) == issued.addingTimeInterval(Double(effective) * 86_400))
    }
}

struct AccountRulesTests {
    /// (roles, has an employee, has a unit, fields with a problem)
    static let cases: [(Set<Role>, Bool, Bool, Set<String>)] = [
        ([.employee], true, false, []),
        ([.employee, .unitHead], true, true, []),
        ([.employee, .unitHead], true, false, ["unit"]),
        ([.unitHead], false, true, ["roles"]),
        ([.employee], false, false, ["roles"]),
        ([.facilitator], false, false, []),
        ([.manager], false, false, []),
        ([.manager, .employee], true, false, []),
        ([], true, false, ["roles"]),
    ]

    @Test(arguments: cases)
    func rolesNeedWhatTheyStandOn(roles: Set<Role>, employee: Bool, unit: Bool, fields: Set<String>) {
        #expect(Set(AccountRules.problems(roles: roles, hasEmployee: employee, hasUnit: unit).keys) == fields)
    }

    @Test(arguments: [
        ("199001012015031001", true), ("siti.aminah", true), ("pengelola.medan", true), ("ab", false),
        ("Siti", false), (".siti", false), ("siti aminah", false), ("siti_aminah", false),
        (String(repeating: "a", count: 40), true), (String(repeating: "a", count: 41), false),
    ])
    func usernames(name: String, valid: Bool) {
        #expect(AccountRules.isValidUsername(name) == valid)
    }

    @Test(arguments: [
        ("widyaiswara.siregar", true), ("pengelola.binjai", true), ("199001012015031001", false), ("123", false),
        ("a12", true), ("Siregar", false),
    ])
    func chosenNamesAreNeverANIP(name: String, valid: Bool) {
        #expect(AccountRules.isValidChosenUsername(name) == valid)
    }

    @Test func theLastActiveManagerStays() {
        #expect(AccountRules.removesLastManager(activeManagers: 1, wasActiveManager: true, remainsActiveManager: false))
        #expect(
            !AccountRules.removesLastManager(activeManagers: 2, wasActiveManager: true, remainsActiveManager: false))
        #expect(!AccountRules.removesLastManager(activeManagers: 1, wasActiveManager: true, remainsActiveManager: true))
        #expect(
            !AccountRules.removesLastManager(activeManagers: 0, wasActiveManager: false, remainsActiveManager: false))
    }

    static let medan = UUID()
    static let mamuju = UUID()
    static func actor(_ roles: Set<Role>, _ agency: UUID?) -> Actor {
        Actor(userID: UUID(), roles: roles, agencyID: agency, employeeID: nil, unitPath: nil)
    }

    /// (actor's roles, actor's agency, roles given, in agency, allowed)
    static let grants: [(Set<Role>, UUID?, Set<Role>, UUID?, Bool)] = [
        ([.manager], medan, [.employee], medan, true),
        ([.manager], medan, [.manager], medan, true),
        ([.manager], medan, [.unitHead, .employee], medan, true),
        ([.manager], medan, [.facilitator], medan, true),
        ([.manager], medan, [.admin], medan, false),
        ([.manager], medan, [.employee], mamuju, false),
        ([.manager], medan, [.manager], nil, false),
        ([.unitHead, .employee], medan, [.employee], medan, false),
        ([.employee], medan, [.employee], medan, false),
        ([.facilitator], medan, [.facilitator], medan, false),
        ([.admin], nil, [.manager], mamuju, true),
        ([.admin], nil, [.admin], nil, true),
    ]

    @Test(arguments: grants)
    func whoGivesWhichRoles(roles: Set<Role>, agency: UUID?, given: Set<Role>, target: UUID?, allowed: Bool) {
        #expect(AccessPolicy.canGrant(given, in: target, Self.actor(roles, agency)) == allowed)
        if let target, !given.contains(.admin) {
            #expect(AccessPolicy.canManageAccounts(of: target, Self.actor(roles, agency)) == allowed)
        }
    }
}

/// A seeded generator, so the code tests draw the same codes every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct AgencySetupRulesTests {
    static let good = AgencySetupRules.Input(
        code: "binjai", name: "Pemerintah Kota Binjai", kind: "kota", province: "Sumatera Utara",
        managerUsername: "pengelola.binjai", managerName: "Pengelola BKPSDM Binjai")

    @Test func aCompleteFormPasses() {
        #expect(AgencySetupRules.problems(Self.good) == [:])
    }

    /// (a change to the good form, the field refused)
    static let cases: [(@Sendable (inout AgencySetupRules.Input) -> Void, String)] = [
        ({ $0.code = "Binjai" }, "code"), ({ $0.code = "b" }, "code"), ({ $0.code = "baru" }, "code"),
        ({ $0.code = "-binjai" }, "code"), ({ $0.code = String(repeating: "a", count: 41) }, "code"),
        ({ $0.name = "  " }, "name"), ({ $0.kind = "desa" }, "kind"), ({ $0.province = "Atlantis" }, "province"),
        ({ $0.province = "sumatera utara" }, "province"),  // the form offers the list's names only
        ({ $0.managerUsername = "Pengelola Binjai" }, "manager_username"), ({ $0.managerName = "" }, "manager_name"),
    ]

    @Test(arguments: cases.indices)
    func eachFieldIsRefusedAlone(index: Int) {
        var input = Self.good
        Self.cases[index].0(&input)
        #expect(Array(AgencySetupRules.problems(input).keys) == [Self.cases[index].1])
    }
}
