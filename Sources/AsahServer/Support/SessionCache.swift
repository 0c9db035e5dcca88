import NIOConcurrencyHelpers
import Vapor

/// Signed-in users by token hash, kept for a few seconds so that a burst of requests with one
/// session or token looks it up in the database once. Signing out on this node removes the entry at
/// once; on another node of a scaled-out deployment it is honoured for at most `ttl` more seconds
/// (the same bound applies to a deactivated account). `ttl` 0 turns the cache off.
final class SessionCache: Sendable {
    private struct Entry {
        let user: SignedInUser
        let validUntil: Date
    }

    let ttl: TimeInterval
    let capacity: Int
    private let entries = NIOLockedValueBox([String: Entry]())

    init(ttl: TimeInterval, capacity: Int = 10_000) {
        self.ttl = ttl
        self.capacity = capacity
    }

    func user(tokenHash: String, now: Date) -> SignedInUser? {
        guard ttl > 0 else { return nil }
        return entries.withLockedValue { map in
            guard let entry = map[tokenHash] else { return nil }
            if entry.validUntil > now { return entry.user }
            map[tokenHash] = nil
            return nil
        }
    }

    /// Keeps a user until `ttl` from now, or the session's own expiry if that comes first.
    func store(_ user: SignedInUser, tokenHash: String, sessionExpires: Date, now: Date) {
        guard ttl > 0 else { return }
        let until = min(now.addingTimeInterval(ttl), sessionExpires)
        entries.withLockedValue { map in
            if map.count >= capacity {
                map = map.filter { $0.value.validUntil > now }
                if map.count >= capacity { map.removeAll(keepingCapacity: true) }
            }
            map[tokenHash] = Entry(user: user, validUntil: until)
        }
    }

    func remove(sessionID: UUID) {
        entries.withLockedValue { map in map = map.filter { $0.value.user.sessionID != sessionID } }
    }

    /// The users of one agency, after a change they all carry (its time zone).
    func remove(agencyCode: String) {
        entries.withLockedValue { map in map = map.filter { $0.value.user.agencyCode != agencyCode } }
    }

    func remove(userID: UUID) {
        entries.withLockedValue { map in map = map.filter { $0.value.user.userID != userID } }
    }
}

private struct SessionCacheKey: StorageKey { typealias Value = SessionCache }

extension Application {
    var sessionCache: SessionCache {
        get { storage[SessionCacheKey.self] ?? SessionCache(ttl: 0) }
        set { storage[SessionCacheKey.self] = newValue }
    }
}
