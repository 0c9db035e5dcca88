import Foundation
import Testing

@testable import AsahCore

struct SafetyRulesTests {
    static let redirects: [(String, String?)] = [
        ("/", "/"),
        ("/instansi/medan?q=budi", "/instansi/medan?q=budi"),
        ("//evil.example", nil),
        ("/\\evil.example", nil),
        ("/\t/evil.example", nil),
        ("/\n/evil.example", nil),
        ("https://evil.example", nil),
        ("evil", nil),
        ("", nil),
    ]

    @Test(arguments: redirects)
    func redirect(input: String, expected: String?) {
        #expect(SafeRedirect.path(input) == expected)
    }

    static let masks: [(String?, String, String)] = [
        ("budi.santoso@medan.go.id", "b•••@medan.go.id", ""),
        (nil, "-", "-"),
        ("tanpa-at", "-", ""),
    ]

    @Test(arguments: masks)
    func email(input: String?, expected: String, _ unused: String) {
        #expect(Masking.email(input) == expected)
    }

    @Test func phone() {
        #expect(Masking.phone("081234567890") == "•••••••••890")
        #expect(Masking.phone("123") == "••••")
        #expect(Masking.phone(nil) == "-")
    }

    static let paging: [(Int?, Int?, Int, Int, Int)] = [
        (nil, nil, 1, 50, 0),
        (3, 20, 3, 20, 40),
        (-5, 0, 1, 1, 0),
        (Int.max, 500, Paging.maxPage, 200, (Paging.maxPage - 1) * 200),
    ]

    @Test(arguments: paging)
    func clamps(page: Int?, per: Int?, expectedPage: Int, expectedPer: Int, offset: Int) {
        let p = Paging(page: page, per: per, defaultPer: 50, maxPer: 200)
        #expect(p.page == expectedPage)
        #expect(p.per == expectedPer)
        #expect(p.offset == offset)
    }
}

@Test(arguments: [("198503122010011001", "1985••••••••••••01"), ("12345", "•••••"), ("1234567", "1234•67")])
func publicNIPsAreMasked(_ nip: String, _ masked: String) {
    #expect(Masking.nip(nip) == masked)
}
