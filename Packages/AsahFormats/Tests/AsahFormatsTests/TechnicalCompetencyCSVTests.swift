import AsahCore
import Foundation
import Testing

@testable import AsahFormats

struct TechnicalCompetencyCSVTests {
    @Test func readsAndChecksRows() {
        let text = """
            KODE;NAMA;JENIS;DEFINISI;LEVEL 1;LEVEL 2;LEVEL 3;LEVEL 4;LEVEL 5
            t.hub.10;Keselamatan Jalan;teknis;Mengelola keselamatan;a;b;c;d;e
            M.01;Tiruan;teknis;x;a;b;c;d;e
            T.HUB.11;;teknis;x;a;b;;d;e
            T.HUB.10;Ganda;teknis;x;a;b;c;d;e
            """
        let r = TechnicalCompetencyCSV.parse(Data(text.utf8))
        #expect(r.rows.map(\.code) == ["T.HUB.10"])
        #expect(r.issues.map(\.row) == [3, 4, 4, 5])
        #expect(r.issues.map(\.column) == ["KODE", "LEVEL 3", "NAMA", "KODE"])
    }
}
