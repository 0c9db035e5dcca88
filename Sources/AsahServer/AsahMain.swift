import Foundation
import Logging
import Vapor

/// The `asah` executable: `serve` (default), `demo`, `migrate`, `import-employees`, `create-admin`, `create-agency`.
public enum AsahMain {
    public static func run(arguments: [String] = CommandLine.arguments) async throws {
        if arguments.dropFirst().first == "demo" {
            try await demo(arguments: arguments)
            return
        }
        var env = try Environment.detect(arguments: arguments)
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, config: AppConfig.fromEnvironment(arguments: arguments))
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            fail(error)
        }
        try await app.asyncShutdown()
    }

    /// A CLI verb that fails prints why on stderr and exits 1 (no crash, no backtrace).
    static func fail(_ error: any Error) -> Never {
        if let exit = error as? ExitCode { Foundation.exit(exit.code) }
        let message: String
        if let abort = error as? any AbortError {
            message = abort.reason
        } else {
            message = String(describing: error)
        }
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
        Foundation.exit(1)
    }

    /// `asah demo [--hostname H] [--port P] [--database FILE]`: a demo database, then the server.
    static func demo(arguments: [String]) async throws {
        var hostname = "127.0.0.1", port = "8080", database = "asah-demo.sqlite"
        var i = 2
        while i < arguments.count {
            let value = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch arguments[i] {
            case "--hostname", "-H": hostname = value
            case "--port", "-p": port = value
            case "--database": database = value
            default:
                print("Usage: asah demo [--hostname H] [--port P] [--database FILE]")
                return
            }
            i += 2
        }
        var env = try Environment.detect(arguments: [arguments[0], "serve", "--hostname", hostname, "--port", port])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            var config = AppConfig.fromEnvironment(arguments: ["--hostname", hostname])
            config.database = .sqlite(path: database)
            config.isDemo = true
            try await configure(app, config: config)
            let logins = try await DemoSeeder.seedIfNeeded(clock: app.clock, on: app.db)
            print("\nAsah demo: http://\(hostname):\(port)  (database: \(database))")
            print("Logins, all with password '\(DemoSeeder.password)':")
            // The longest username (fasilitator.padangsidempuan) sets the column, two spaces after it.
            let width = (logins.map(\.username.count).max() ?? 0) + 2
            for login in logins {
                print("  " + login.username.padding(toLength: width, withPad: " ", startingAt: 0) + login.description)
            }
            print("")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            fail(error)
        }
        try await app.asyncShutdown()
    }
}
