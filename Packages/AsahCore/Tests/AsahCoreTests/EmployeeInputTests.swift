import Testing

@testable import AsahCore

struct EmployeeInputTests {
    static let valid = EmployeeInput(
        nip: "19660801 198803 1 001", name: "Budi  Santoso", status: "pns", golongan: "III/a", gender: "M",
        birthDate: "1966-08-01", email: "budi@medan.go.id", phone: "0812 3456 7890")

    /// (change, field expected to fail or nil when valid)
    nonisolated(unsafe) static let cases: [(String, (inout EmployeeInput) -> Void, String?)] = [
        ("valid", { _ in }, nil),
        ("bad nip", { $0.nip = "1966080119880310" }, "nip"),
        ("no name", { $0.name = "  " }, "name"),
        ("gender contradicts nip", { $0.gender = "F" }, "gender"),
        ("birth contradicts nip", { $0.birthDate = "1966-08-02" }, "birth_date"),
        ("bad golongan", { $0.golongan = "V/a" }, "golongan"),
        ("pppk golongan for pns", { $0.golongan = "IX" }, "golongan"),
        ("bad email", { $0.email = "budi@" }, "email"),
        ("bad phone", { $0.phone = "12ab" }, "phone"),
        ("no status", { $0.status = "" }, "status"),
    ]

    @Test(arguments: cases.indices)
    func validates(index: Int) {
        let (_, change, failing) = Self.cases[index]
        var input = Self.valid
        change(&input)
        switch EmployeeInputRules.validate(input) {
        case .valid(let v):
            #expect(failing == nil)
            #expect(v.name == "Budi Santoso")
            #expect(v.phone == "081234567890")
        case .invalid(let errors):
            #expect(failing != nil)
            if let failing { #expect(errors[failing] != nil) }
        }
    }
}
