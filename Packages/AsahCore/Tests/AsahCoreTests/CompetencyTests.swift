import Foundation
import Testing

@testable import AsahCore

@Suite("Competency dictionary and default standards")
struct CompetencyTests {
    @Test func nineCompetenciesInCodeOrder() {
        let codes = CompetencyDictionary.national.map(\.code)
        #expect(codes == ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"])
        #expect(Set(codes).count == codes.count)
        #expect(CompetencyDictionary.nationalCodes == codes)
        #expect(CompetencyDictionary.national.filter { $0.group == .manajerial }.count == 8)
        #expect(CompetencyDictionary.national.last?.group == .sosialKultural)
    }

    @Test(arguments: CompetencyDictionary.national)
    func fiveLevelsWithText(competency: DictionaryCompetency) {
        #expect(competency.levels.map(\.level) == [1, 2, 3, 4, 5])
        #expect(!competency.name.isEmpty && competency.definition.count > 40)
        for level in competency.levels {
            #expect(!level.description.trimmingCharacters(in: .whitespaces).isEmpty)
            #expect(!level.indicators.isEmpty)
            #expect(level.indicators.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        }
        #expect(competency.level(3)?.level == 3)
        #expect(competency.level(0) == nil && competency.level(6) == nil)
    }

    @Test(arguments: [
        ("M.01", "Integritas"), ("M.03", "Komunikasi"), ("M.05", "Pelayanan Publik"),
        ("M.08", "Pengambilan Keputusan"), ("SK.01", "Perekat Bangsa"),
    ])
    func lookupByCode(code: String, name: String) {
        #expect(CompetencyDictionary.national(code: code)?.name == name)
    }

    @Test(arguments: ["", "M.1", "M.09", "SK.1", "T.HUB.01", "m.01"])
    func unknownCode(code: String) {
        #expect(CompetencyDictionary.national(code: code) == nil)
    }

    @Test func integritasLevelOneVerbatim() {
        let level = CompetencyDictionary.national(code: "M.01")?.level(1)
        #expect(level?.description == "Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi")
        #expect(level?.indicators.first == "Bertingkah laku sesuai dengan perkataan; berkata sesuai dengan fakta;")
    }

    @Test(arguments: [
        (CompetencyGroup.manajerial, "manajerial", "Manajerial"),
        (.sosialKultural, "sosial_kultural", "Sosial Kultural"),
        (.teknis, "teknis", "Teknis"), (.pemerintahan, "pemerintahan", "Pemerintahan"),
    ])
    func groups(group: CompetencyGroup, raw: String, label: String) {
        #expect(group.rawValue == raw && group.label == label)
    }

    @Test(arguments: [
        (PositionKind.jptUtama, FungsionalJenjang?.none, 5), (.jptMadya, nil, 5), (.jptPratama, nil, 4),
        (.administrator, nil, 3), (.pengawas, nil, 2), (.pelaksana, nil, 1),
        (.fungsional, .ahliUtama, 4), (.fungsional, .ahliMadya, 3), (.fungsional, .ahliMuda, 2),
        (.fungsional, .ahliPertama, 1), (.fungsional, .penyelia, 1), (.fungsional, .mahir, 1),
        (.fungsional, .terampil, 1), (.fungsional, .pemula, 1), (.fungsional, nil, 1),
        // A jenjang on a structural position does not matter.
        (.administrator, .ahliUtama, 3),
    ])
    func standardDefaults(kind: PositionKind, jenjang: FungsionalJenjang?, level: Int) {
        #expect(StandardDefaults.standard.level(kind: kind, jenjang: jenjang) == level)
    }

    @Test func editedDefaults() throws {
        var defaults = StandardDefaults.standard
        defaults.byJenjang[.penyelia] = 2
        defaults.byKind[.pengawas] = 9
        defaults.byKind[.pelaksana] = nil
        #expect(defaults.level(kind: .fungsional, jenjang: .penyelia) == 2)
        #expect(defaults.level(kind: .pengawas, jenjang: nil) == 5)
        #expect(defaults.level(kind: .pelaksana, jenjang: nil) == 1)

        let json = try JSONEncoder().encode(StandardDefaults.standard)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"jpt_pratama\":4") && text.contains("\"ahli_utama\":4"))
        #expect(try JSONDecoder().decode(StandardDefaults.self, from: json) == .standard)
        let partial = Data(#"{"byKind": {"pengawas": 3, "unknown": 2}}"#.utf8)
        let decoded = try JSONDecoder().decode(StandardDefaults.self, from: partial)
        #expect(decoded.level(kind: .pengawas, jenjang: nil) == 3)
        #expect(decoded.level(kind: .jptPratama, jenjang: nil) == 4)
        #expect(decoded.level(kind: .fungsional, jenjang: .ahliMadya) == 3)
    }
}
