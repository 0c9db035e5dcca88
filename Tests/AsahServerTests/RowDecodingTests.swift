import Foundation
import SQLKit
import XCTest

@testable import AsahServer

/// Rows are read one way (`SQLRowDecoder.rows`): snake_case columns into camelCase properties, acronyms
/// in capitals.
final class RowDecodingTests: XCTestCase {
    func testPropertiesNameTheirColumns() {
        let cases = [
            ("id", "id"), ("n", "n"), ("agencyID", "agency_id"), ("jpHundredths", "jp_hundredths"),
            ("jenisDiklatID", "jenis_diklat_id"), ("evidenceURL", "evidence_url"), ("supervisorNIP", "supervisor_nip"),
            ("hostUnitPath", "host_unit_path"), ("URLValue", "url_value"), ("level2Gap", "level2_gap"),
            ("q1Count", "q1_count"), ("unit_name", "unit_name"),
        ]
        for (property, column) in cases {
            XCTAssertEqual(SQLRowDecoder.columnName(property), column, property)
        }
    }

    func testARowDecodesIntoCamelCaseProperties() throws {
        struct Row: Decodable {
            var id: Int
            var agencyID: String
            var jpHundredths: Int
            var evidenceURL: String?
            var supervisorNIP: String?
        }
        let row = try FakeRow(["id": 1, "agency_id": "a", "jp_hundredths": 250, "evidence_url": "https://x"])
            .decode(model: Row.self, with: .rows)
        XCTAssertEqual(row.id, 1)
        XCTAssertEqual(row.agencyID, "a")
        XCTAssertEqual(row.jpHundredths, 250)
        XCTAssertEqual(row.evidenceURL, "https://x")
        XCTAssertNil(row.supervisorNIP)
    }
}

/// A row held in a dictionary, for decoding without a database.
private struct FakeRow: SQLRow {
    var cells: [String: any Sendable]
    init(_ cells: [String: any Sendable]) { self.cells = cells }
    var allColumns: [String] { Array(cells.keys) }
    func contains(column: String) -> Bool { cells[column] != nil }
    func decodeNil(column: String) throws -> Bool { cells[column] == nil }
    func decode<D: Decodable>(column: String, as: D.Type) throws -> D {
        guard let value = cells[column] as? D else {
            throw DecodingError.valueNotFound(D.self, .init(codingPath: [], debugDescription: column))
        }
        return value
    }
}
