import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Every app test gets a database of its own (`TestDatabase`): a new SQLite file, or (when
/// `DATABASE_URL` is set) a new PostgreSQL database on that server, dropped afterwards. The same tests
/// run on both, and since no two tests share a database they may run in parallel (`swift test --parallel`).
class AppTestCase: XCTestCase {
    var app: Application!
    private var database: TestDatabase.Handle!
    private var config: AppConfig!

    static var postgresURL: String? { TestDatabase.postgresURL }

    override func setUp() async throws {
        try await super.setUp()
        (config, database) = try await TestDatabase.make()
        app = try await Application.make(.testing)
        try await configure(app, config: config)
        if Self.postgresURL != nil { try await app.migrateQuietly() }
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
        try await TestDatabase.drop(database)
        try await super.tearDown()
    }

    var db: any Database { app.db }
    var sql: any SQLDatabase { app.db.sql }

    /// The four demo agencies with their accounts (password `asah-demo`). A test that has written
    /// nothing yet starts from a copy of the demo `DemoSeeder` seeded once for the run (the app is
    /// started again on it); otherwise the seeder runs here, as `asah demo` runs it.
    @discardableResult
    func seedDemo() async throws -> [DemoSeeder.Login] {
        if try await count("agencies") == 0 {
            try await app.asyncShutdown()
            var failure: (any Error)?
            do { try await TestDatabase.restoreDemo(into: database) } catch { failure = error }
            // Started again either way, so tearDown always has an app to shut down.
            app = try await Application.make(.testing)
            try await configure(app, config: config)
            if let failure { throw failure }
        }
        return try await DemoSeeder.seedIfNeeded(clock: TestClock.clock, on: app.db)
    }

    /// The app started again on the same database with another clock (a test about another moment).
    func restart(clock: WallClock) async throws {
        try await restart { $0.with(clock: clock) }
    }

    /// The app started again on the same database with its configuration changed.
    func restart(_ change: (AppConfig) -> AppConfig) async throws {
        try await app.asyncShutdown()
        config = change(config)
        app = try await Application.make(.testing)
        try await configure(app, config: config)
    }

    func count(_ table: String) async throws -> Int {
        return try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").firstRow(CountRow.self)?.n ?? -1
    }

    func agencyID(_ code: String) async throws -> UUID {
        try await Agency.query(on: db).filter(\.$code == code).first()!.requireID()
    }

    /// A manual JP ledger line (`date` as YYYY-MM-DD).
    func credit(
        _ e: Employee, _ date: String, _ hundredths: Int, title: String = "Pelatihan", jenis: Int = 3,
        provider: String? = nil, certificate: String? = nil
    ) async throws {
        try await LearningEntry(
            agencyID: e.agencyID, employeeID: e.id!, learnedOn: date, year: Int(date.prefix(4))!, source: .manual,
            sourceID: nil, jenisDiklatID: jenis, title: title, minutes: nil, jpHundredths: hundredths,
            provider: provider, certificateNo: certificate
        ).create(on: db)
    }

    static let employeePassword = "sandi-uji-12345"

    /// An employee account (username "u" + NIP) for an employee who has none in the demo.
    /// Someone of the agency other than `except` who leads no unit (so holds no unit head's view), in
    /// `unit` when given; first by NIP.
    func nonHead(agency: UUID, in unit: UUID? = nil, except: Set<UUID>) async throws -> Employee {
        var query = Employee.query(on: db).filter(\.$agencyID == agency).sort(\.$nip)
        if let unit { query = query.filter(\.$unitID == unit) }
        let heads = Set(try await Unit.query(on: db).filter(\.$agencyID == agency).all().compactMap(\.headEmployeeID))
        let found = try await query.all().first { !heads.contains($0.id!) && !except.contains($0.id!) }
        return try XCTUnwrap(found, "nobody in the unit leads no unit")
    }

    /// Makes `boss` the employee's supervisor as a manager would choose it (kept over the structure).
    func chooseSupervisor(_ boss: Employee, for employee: Employee) async throws {
        try await sql.raw(
            """
            UPDATE employees SET supervisor_id = \(bind: boss.id!), supervisor_override = \(bind: true)
            WHERE id = \(bind: employee.id!)
            """
        ).run()
        employee.supervisorID = boss.id
    }

    func createAccount(for e: Employee) async throws -> String {
        let user = User(
            username: "u" + e.nip, passwordHash: try Bcrypt.hash(Self.employeePassword, cost: 4), displayName: e.name,
            roles: [.employee], agencyID: e.agencyID, employeeID: e.id)
        try await user.create(on: db)
        return user.username
    }

    /// The API signed in as this employee.
    func api(as e: Employee) async throws -> APIClient {
        try await APIClient.signIn(app, try await createAccount(for: e), password: Self.employeePassword)
    }

    /// A browser signed in as this employee.
    func browser(as e: Employee) async throws -> Browser {
        var browser = Browser(app)
        _ = try await browser.login(try await createAccount(for: e), password: Self.employeePassword)
        return browser
    }
}

/// A browser-like client: keeps cookies and knows the CSRF token.
struct Browser: Sendable {
    let app: Application
    var cookies: [String: String] = [:]

    init(_ app: Application) { self.app = app }

    var csrf: String { cookies["asah_csrf"] ?? "" }

    mutating func get(_ path: String) async throws -> XCTHTTPResponse {
        let response = try await app.sendRequest(.GET, path, headers: headers())
        remember(response)
        return response
    }

    mutating func post(_ path: String, form: [String: String], includeCSRF: Bool = true) async throws -> XCTHTTPResponse
    {
        var fields = form
        if includeCSRF { fields["_csrf"] = csrf }
        var h = headers()
        h.contentType = .urlEncodedForm
        let body = fields.map { "\($0.key.formEncoded)=\($0.value.formEncoded)" }.joined(separator: "&")
        let response = try await app.sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    mutating func upload(
        _ path: String, field: String, filename: String, content: String, fields: [String: String] = [:]
    ) async throws -> XCTHTTPResponse {
        let boundary = "asahtestboundary"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        var h = headers()
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Opens the login page (for the form token), then signs in.
    mutating func login(_ username: String, password: String = "asah-demo") async throws -> XCTHTTPResponse {
        _ = try await get("/masuk")
        return try await post("/masuk", form: ["username": username, "password": password])
    }

    private func headers() -> HTTPHeaders {
        var h = HTTPHeaders()
        if !cookies.isEmpty {
            h.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return h
    }

    private mutating func remember(_ response: XCTHTTPResponse) {
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || header.contains("Max-Age=0") || header.contains("1970") {
                cookies[parts[0]] = nil
            } else {
                cookies[parts[0]] = parts[1]
            }
        }
    }
}

extension String {
    var formEncoded: String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}

extension XCTHTTPResponse {
    var text: String { body.string }
}

/// API calls with a bearer token.
struct APIClient {
    let app: Application
    var token: String?

    static func signIn(_ app: Application, _ username: String, password: String = "asah-demo") async throws -> APIClient
    {
        let res = try await app.sendRequest(
            .POST, "/api/v1/auth/tokens", headers: ["Content-Type": "application/json"],
            body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#))
        XCTAssertEqual(res.status, .created, res.body.string)
        struct Token: Decodable { var token: String }
        let token = try JSONDecoder().decode(Token.self, from: Data(buffer: res.body)).token
        return APIClient(app: app, token: token)
    }

    func get(_ path: String) async throws -> XCTHTTPResponse {
        try await app.sendRequest(.GET, path, headers: auth())
    }

    func post(_ path: String, body: String, contentType: String = "text/csv") async throws -> XCTHTTPResponse {
        var h = auth()
        h.replaceOrAdd(name: .contentType, value: contentType)
        return try await app.sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
    }

    /// Any method, with an optional JSON body.
    func send(_ method: HTTPMethod, _ path: String, json body: String? = nil) async throws -> XCTHTTPResponse {
        var h = auth()
        if body != nil { h.replaceOrAdd(name: .contentType, value: "application/json") }
        return try await app.sendRequest(method, path, headers: h, body: body.map { ByteBuffer(string: $0) })
    }

    private func auth() -> HTTPHeaders {
        var h = HTTPHeaders()
        if let token { h.bearerAuthorization = BearerAuthorization(token: token) }
        return h
    }
}

func json(_ response: XCTHTTPResponse) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
}
