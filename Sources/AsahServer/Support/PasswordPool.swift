import NIOPosix
import Vapor

/// bcrypt runs on a thread pool of its own. SQLite's queries run on the application's `threadPool`;
/// with bcrypt there too, a queue of sign-ins (about a quarter second of CPU each at cost 12) held every
/// query behind it: 200 people signing in within 10 s on one SQLite node gave 222 connection-pool
/// timeouts (`make bench-cluster`). Here a sign-in waits for bcrypt, and nothing else does.
extension Application {
    private struct PasswordPoolKey: StorageKey { typealias Value = NIOThreadPool }

    /// Started in `configure`, shut down with the application.
    var passwordPool: NIOThreadPool {
        guard let pool = storage[PasswordPoolKey.self] else { fatalError("configure() starts the password pool") }
        return pool
    }

    func startPasswordPool() {
        guard storage[PasswordPoolKey.self] == nil else { return }
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount))
        pool.start()
        storage.set(PasswordPoolKey.self, to: pool) { try $0.syncShutdownGracefully() }
    }

    /// Hashing outside a request (opening accounts in bulk, the setup commands).
    var slowHasher: AsyncPasswordHasher { password.sync.async(on: passwordPool, hopTo: eventLoopGroup.any()) }
}

extension Request {
    /// Password checks and hashes for this request, on the password pool.
    var slowHasher: AsyncPasswordHasher { password.sync.async(on: application.passwordPool, hopTo: eventLoop) }
}
