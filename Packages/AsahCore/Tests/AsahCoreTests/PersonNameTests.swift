import Testing

@testable import AsahCore

struct PersonNameTests {
    static let cases: [(String?, String, String?, String)] = [
        (nil, "Budi Santoso", nil, "Budi Santoso"),
        ("Dr.", "Ahmad Siregar", "S.Sos., M.Si.", "Dr. Ahmad Siregar, S.Sos., M.Si."),
        ("", "Rina", ", S.Kom.", "Rina, S.Kom."),
        (" dr. ", "Lina Harahap", "  ", "dr. Lina Harahap"),
    ]

    @Test(arguments: cases)
    func formats(front: String?, name: String, back: String?, expected: String) {
        #expect(PersonName.full(gelarDepan: front, name: name, gelarBelakang: back) == expected)
    }
}
