import AsahCore
import Foundation

/// Typed settings, read once from the environment.
public struct AppConfig: Sendable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var database: Database
    /// Connections per event loop for PostgreSQL (Fluent's default of 1 lets a slow query block fast ones).
    public var postgresConnectionsPerLoop: Int
    /// Marks cookies `Secure`; set when Asah runs behind TLS.
    public var secureCookies: Bool
    /// Web session lifetime.
    public var sessionHours: Int
    /// API token lifetime.
    public var apiTokenHours: Int
    /// True only for `asah demo`: pages show the demo banner.
    public var isDemo: Bool
    /// Seconds a node keeps a looked-up session or token in memory (0: look it up on every request).
    /// Signing out elsewhere, in a scaled-out deployment, takes effect within this time.
    public var sessionCacheSeconds: Int = 5
    /// Rendered competency profiles a node keeps, checked against the data version on every request
    /// (0: render every profile from the database).
    public var profileCacheEntries: Int = 20_000
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed (login throttling per address).
    public var trustedProxies: Set<String> = []
    /// Where "now" comes from: the system clock; tests fix it; `ASAH_NOW` (ISO 8601) starts it at another
    /// instant, from which it runs on (the e2e lane, trying a date), announced in the log at start.
    public var clock: WallClock = .system
    /// The instant `ASAH_NOW` set, when it did.
    public var clockStartsAt: Date?
    /// `ASAH_METRICS_TOKEN`: the bearer token `/metrics` asks for; without one `/metrics` does not exist.
    public var metricsToken: String?

    public init(
        database: Database, postgresConnectionsPerLoop: Int = 8, secureCookies: Bool = false,
        sessionHours: Int = 12, apiTokenHours: Int = 24, isDemo: Bool = false
    ) {
        self.database = database
        self.postgresConnectionsPerLoop = postgresConnectionsPerLoop
        self.secureCookies = secureCookies
        self.sessionHours = sessionHours
        self.apiTokenHours = apiTokenHours
        self.isDemo = isDemo
    }

    /// `DATABASE_URL` selects PostgreSQL; otherwise `ASAH_DATABASE_PATH` (default `asah.sqlite`).
    /// `arguments` are the command line's, for the address `serve` listens on (secure cookies by default
    /// unless that is loopback).
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment, arguments: [String] = CommandLine.arguments
    ) -> AppConfig {
        let database: Database
        if let url = env["DATABASE_URL"], !url.isEmpty {
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: env["ASAH_DATABASE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "asah.sqlite")
        }
        return AppConfig(
            database: database,
            postgresConnectionsPerLoop: env["ASAH_PG_CONNECTIONS_PER_LOOP"].flatMap(Int.init) ?? 8,
            secureCookies: secureCookies(setting: env["ASAH_SECURE_COOKIES"], hostname: listeningHost(arguments)),
            sessionHours: env["ASAH_SESSION_HOURS"].flatMap(Int.init) ?? 12,
            apiTokenHours: env["ASAH_API_TOKEN_HOURS"].flatMap(Int.init) ?? 24
        ).with(sessionCacheSeconds: env["ASAH_SESSION_CACHE_SECONDS"].flatMap(Int.init).map { max(0, $0) } ?? 5)
            .with(profileCacheEntries: env["ASAH_PROFILE_CACHE_ENTRIES"].flatMap(Int.init).map { max(0, $0) } ?? 20_000)
            .with(
                trustedProxies: Set(
                    (env["ASAH_TRUSTED_PROXIES"] ?? "").split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            )
            .with(clockStartsAt: clockStart(env["ASAH_NOW"]))
            .with(metricsToken: env["ASAH_METRICS_TOKEN"].flatMap { $0.count >= 16 ? $0 : nil })
    }

    /// The instant `ASAH_NOW` names (`2026-07-15T03:00:00Z`), or nil when unset. A value that is not an
    /// ISO 8601 instant stops the start, by name, rather than running on the wrong day.
    static func clockStart(_ setting: String?) -> Date? {
        guard let setting, !setting.isEmpty else { return nil }
        guard let instant = ISO8601DateFormatter().date(from: setting) else {
            fatalError("ASAH_NOW is not an ISO 8601 instant such as 2026-07-15T03:00:00Z: '\(setting)'")
        }
        return instant
    }

    /// Cookies are `Secure` (and HSTS is sent) unless `ASAH_SECURE_COOKIES` says `0`/`false`, or is
    /// unset and the server listens on loopback only (the demo, or a node behind a proxy on the same
    /// host that is then expected to set it): a node reachable from the network keeps its session
    /// cookie off plain HTTP by default.
    static func secureCookies(setting: String?, hostname: String?) -> Bool {
        switch setting?.lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default: return !isLoopback(hostname ?? "127.0.0.1")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        let h = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// The host of `--hostname`/`-H` or `--bind`/`-b` (host:port), if given.
    static func listeningHost(_ arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() where i + 1 < arguments.count {
            switch a {
            case "--hostname", "-H": return arguments[i + 1]
            case "--bind", "-b":
                let bind = arguments[i + 1]
                guard let colon = bind.lastIndex(of: ":"), !bind.hasSuffix("]") else { return bind }
                return String(bind[..<colon])
            default: continue
            }
        }
        return nil
    }

    func with(profileCacheEntries: Int) -> AppConfig {
        var copy = self
        copy.profileCacheEntries = profileCacheEntries
        return copy
    }

    func with(metricsToken: String?) -> AppConfig {
        var copy = self
        copy.metricsToken = metricsToken
        return copy
    }

    func with(sessionCacheSeconds: Int) -> AppConfig {
        var copy = self
        copy.sessionCacheSeconds = sessionCacheSeconds
        return copy
    }

    /// A clock starting at `instant` (nil: the system clock).
    func with(clockStartsAt instant: Date?) -> AppConfig {
        var copy = self
        copy.clockStartsAt = instant
        copy.clock = instant.map { WallClock.starting(at: $0) } ?? .system
        return copy
    }

    func with(clock: WallClock) -> AppConfig {
        var copy = self
        copy.clock = clock
        return copy
    }

    func with(trustedProxies: Set<String>) -> AppConfig {
        var copy = self
        copy.trustedProxies = trustedProxies
        return copy
    }

    public var databaseKindName: String {
        if case .postgres = database { return "postgres" }
        return "sqlite"
    }
}
