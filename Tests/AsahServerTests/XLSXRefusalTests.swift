import XCTVapor

@testable import AsahServer

/// A workbook that cannot be read is refused through the API with a 422 whose detail names the sheet
/// and the cell (issue 9, item 6), and nothing is written.
final class XLSXRefusalTests: AppTestCase {
    func testAnUnreadableCellIsA422NamingTheSheetAndTheCell() async throws {
        try await world()
        let api = try await APIClient.signIn(app, "pengelola.medan")
        // One column past XFD, Excel's last: the sheet's cell XFE2.
        let table = [["NIP BARU", "NAMA"], Array(repeating: "", count: 16_384) + ["x"]]
        let file = try XLSXImportTests.workbook(table)
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: try XCTUnwrap(api.token))
        headers.replaceOrAdd(
            name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let res = try await app.sendRequest(
            .POST, "/api/v1/agencies/medan/imports/employees?dry_run=false", headers: headers,
            body: ByteBuffer(data: file))
        XCTAssertEqual(res.status, .unprocessableEntity)
        let error = try json(res)["error"] as? [String: Any]
        XCTAssertEqual(error?["code"] as? String, "invalid_rows")
        let message = ((error?["details"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
        XCTAssertTrue(message.contains("lembar \"Data ASN\"") && message.contains("sel XFE2"), message)
    }
}
