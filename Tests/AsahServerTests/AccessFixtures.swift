import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Fixtures the access tests share.
extension AppTestCase {
    /// The id of the first row a query returns.
    func firstID(_ query: SQLQueryString) async throws -> String {
        struct Row: Decodable { var id: UUID }
        let row = try await sql.raw(query).firstRow(Row.self)
        guard let id = row?.id else {
            XCTFail("no row: \(query)")
            throw MissingValue()
        }
        return id.uuidString
    }

    /// A record of learning taken elsewhere, submitted and waiting for a manager, with its proof.
    func submittedExternalLearning(agency: UUID, employee: UUID, today: CivilDate) async throws -> UUID {
        let external = ExternalLearning()
        external.id = IDs.make()
        external.agencyID = agency
        external.employeeID = employee
        external.title = "Kursus Uji Akses"
        external.jenisDiklatID = 9
        external.provider = "Universitas Uji"
        external.startedOn = today.addingDays(-2).iso
        external.finishedOn = today.addingDays(-1).iso
        external.jpHundredths = 400
        external.international = false
        external.proofFilename = "bukti.pdf"
        external.proofType = "application/pdf"
        external.proof = Data("%PDF-1.4".utf8)
        external.state = ExternalLearning.State.submitted.rawValue
        try await external.create(on: db)
        return external.id!
    }
}

/// `XCTUnwrap` for values that need an `await` (its autoclosure cannot take one).
func must<T>(_ value: T?, _ what: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line)
    throws -> T
{
    guard let value else {
        XCTFail("unexpected nil: \(what())", file: file, line: line)
        throw MissingValue()
    }
    return value
}

struct MissingValue: Error {}
