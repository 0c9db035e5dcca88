import AsahCore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Vapor

private struct AppConfigKey: StorageKey { typealias Value = AppConfig }

extension Application {
    var appConfig: AppConfig {
        get { storage[AppConfigKey.self] ?? AppConfig(database: .sqlite(path: "asah.sqlite")) }
        set { storage[AppConfigKey.self] = newValue }
    }
}

/// Sets up the database, middleware, routes and commands. Tests, `serve`, `demo` and every CLI verb go through here.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.appConfig = config
    if let start = config.clockStartsAt {
        app.logger.warning("ASAH_NOW: this server's clock started at \(start), not the machine's time")
    }
    app.sessionCache = SessionCache(ttl: TimeInterval(config.sessionCacheSeconds))
    app.profileCache = ProfileCache(capacity: config.profileCacheEntries)
    switch config.database {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = nil
        app.databases.use(
            .postgres(
                configuration: pg, maxConnectionsPerEventLoop: config.postgresConnectionsPerLoop,
                sqlLogLevel: .debug),
            as: .psql)
    }
    app.migrations.add(MigrationList.all)

    app.passwords.use(.bcrypt)
    app.startPasswordPool()
    Authenticator.prepare()
    // The largest body any route takes; each route group's BodyLimitMiddleware holds its own lower limit.
    app.routes.defaultMaxBodySize = ByteCount(value: BodyLimit.importFile.rawValue)
    app.http.server.configuration.responseCompression = .enabled

    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    app.middleware = .init()
    app.middleware.use(MetricsMiddleware(metrics: app.metrics))
    app.middleware.use(SecurityHeadersMiddleware(strictTransport: config.secureCookies))
    app.middleware.use(AppErrorMiddleware())
    // Before any route: no body larger than the largest any route takes, by its announced length.
    app.middleware.use(BodyLimitMiddleware(.importFile, collect: false))

    try routes(app)
    Commands.register(in: app)

    if case .sqlite = config.database {
        try await prepareSQLite(app.db)
        try await app.migrateQuietly()
    }
}

/// WAL lets readers run beside a writer. The mode is stored in the database file, so one connection
/// sets it for all (sqlite-nio's own busy handler already waits for the write lock).
func prepareSQLite(_ db: any Database) async throws {
    try await db.sql.raw("PRAGMA journal_mode=WAL").run()
}

extension Application {
    /// Brings the database to the latest schema with the migrator's step-by-step lines kept at debug
    /// level: they were a newcomer's first 54 lines of `asah demo`, and thousands in a test run. Run
    /// with `LOG_LEVEL=debug` to see them.
    func migrateQuietly() async throws {
        let level = logger.logLevel
        if level > .debug { logger.logLevel = max(level, .notice) }
        defer { logger.logLevel = level }
        try await autoMigrate()
    }
}
