import Testing

@testable import AsahCore

struct FeedbackRulesTests {
    /// (kind, body, competency, value) → the fields refused, none when accepted.
    @Test(
        arguments: [
            ("apresiasi", "Terima kasih atas laporannya.", "", "", [String]()),
            ("Saran", "  Coba ringkas.  ", "m.05", nil, []),
            ("perhatian", "Terlambat dua kali.", nil, "Berorientasi Pelayanan", []),
            ("pujian", "Bagus.", "", "", ["kind"]),
            (nil, "Bagus.", "", "", ["kind"]),
            ("saran", "   ", "", "", ["body"]),
            ("saran", nil, "", "", ["body"]),
            ("saran", String(repeating: "a", count: 2001), "", "", ["body"]),
            ("saran", "Ok.", "", "jujur", ["value"]),
            ("saran", "Ok.", "M.05", "loyal", ["value"]),
            ("saran", "Ok.", String(repeating: "X", count: 21), "", ["competency"]),
            ("x", "", "", "x", ["body", "kind", "value"]),
        ] as [(String?, String?, String?, String?, [String])])
    func checks(kind: String?, body: String?, competency: String?, value: String?, refused: [String]) {
        switch FeedbackInput.make(kind: kind, body: body, competency: competency, value: value) {
        case .success: #expect(refused.isEmpty)
        case .failure(let e): #expect(e.messages.keys.sorted() == refused)
        }
    }

    @Test func normalises() throws {
        let f = try FeedbackInput.make(kind: "SARAN", body: "\n Coba ringkas. \n", competency: " m.05 ", value: "")
            .get()
        #expect(f == FeedbackInput(kind: .saran, body: "Coba ringkas.", competencyCode: "M.05", value: nil))
        let v = try FeedbackInput.make(kind: "apresiasi", body: "Ok", competency: nil, value: "berorientasi_pelayanan")
            .get()
        #expect(v.value == .berorientasiPelayanan)
        #expect(v.competencyCode == nil)
    }

    @Test func textLimitIsCharacters() {
        #expect((try? FeedbackText.check(String(repeating: "é", count: 2000)).get())?.count == 2000)
        #expect(FeedbackText.check("", field: "reply") == .failure(FieldErrors(["reply": "Tulis isi pesan."])))
    }

    @Test func sevenValuesInOrder() {
        #expect(
            CoreValue.allCases.map(\.label) == [
                "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif",
            ])
    }
}
