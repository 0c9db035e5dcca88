import XCTVapor
@testable import AsahServer
final class SmokeTests: XCTestCase { func testNothing() {} }
