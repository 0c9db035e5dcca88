import Testing

@testable import AsahCore

struct OrganizationRulesTests {
    /// (name, parent path, own path, siblings, failing fields)
    static let units: [(String, String?, String?, [String], Set<String>)] = [
        ("Bidang Angkutan", "/a/", nil, ["Bidang Lalu Lintas"], []),
        ("", nil, nil, [], ["name"]),
        ("bidang angkutan", "/a/", nil, ["Bidang Angkutan"], ["name"]),
        (String(repeating: "x", count: 201), nil, nil, [], ["name"]),
        ("Seksi", "/a/b/c/", "/a/b/", [], ["parent_id"]),
        ("Seksi", "/a/b/", "/a/b/", [], ["parent_id"]),
        ("Seksi", "/a/", "/a/b/", [], []),
    ]

    @Test(arguments: units)
    func unit(name: String, parent: String?, own: String?, siblings: [String], failing: Set<String>) {
        #expect(
            Set(UnitRules.validate(name: name, parentPath: parent, ownPath: own, siblingNames: siblings).keys)
                == failing)
    }

    static let positions: [(String, String?, String?, String?)] = [
        ("Analis Kebijakan", "fungsional", "ahli_muda", nil),
        ("Pranata Komputer", "fungsional", "", "jenjang"),
        ("Kepala Seksi", "pengawas", "ahli_muda", "jenjang"),
        ("", "pelaksana", nil, "name"),
        ("X", "bupati", nil, "kind"),
    ]

    @Test(arguments: positions)
    func position(name: String, kind: String?, jenjang: String?, failing: String?) {
        switch PositionRules.validate(name: name, kind: kind, jenjang: jenjang) {
        case .success: #expect(failing == nil)
        case .failure(let e): #expect(failing != nil && e[failing!] != nil)
        }
    }
}
