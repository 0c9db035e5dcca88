import XCTest

/// XCTest's assertions take synchronous autoclosures; these take async ones, so a test can write
/// `await eq(try await count("units"), 3)`.
func eq<T: Equatable>(
    _ a: @autoclosure () async throws -> T, _ b: @autoclosure () async throws -> T, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) async {
    do {
        let (x, y) = (try await a(), try await b())
        XCTAssertEqual(x, y, message, file: file, line: line)
    } catch { XCTFail("threw \(error)", file: file, line: line) }
}

func ne<T: Equatable>(
    _ a: @autoclosure () async throws -> T, _ b: @autoclosure () async throws -> T, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) async {
    do {
        let (x, y) = (try await a(), try await b())
        XCTAssertNotEqual(x, y, message, file: file, line: line)
    } catch { XCTFail("threw \(error)", file: file, line: line) }
}

func isNil<T>(
    _ a: @autoclosure () async throws -> T?, _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) async {
    do { let x = try await a(); XCTAssertNil(x, message, file: file, line: line) } catch {
        XCTFail("threw \(error)", file: file, line: line)
    }
}

func notNil<T>(
    _ a: @autoclosure () async throws -> T?, _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) async {
    do { let x = try await a(); XCTAssertNotNil(x, message, file: file, line: line) } catch {
        XCTFail("threw \(error)", file: file, line: line)
    }
}

func isTrue(
    _ a: @autoclosure () async throws -> Bool, _ message: String = "", file: StaticString = #filePath,
    line: UInt = #line
) async {
    do { let x = try await a(); XCTAssertTrue(x, message, file: file, line: line) } catch {
        XCTFail("threw \(error)", file: file, line: line)
    }
}

func gt<T: Comparable>(
    _ a: @autoclosure () async throws -> T, _ b: @autoclosure () async throws -> T, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) async {
    do {
        let (x, y) = (try await a(), try await b())
        XCTAssertGreaterThan(x, y, message, file: file, line: line)
    } catch { XCTFail("threw \(error)", file: file, line: line) }
}
