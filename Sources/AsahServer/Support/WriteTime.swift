import Foundation

/// The moment a row is written, for bookkeeping only: `created_at`, `updated_at`, an audit entry's
/// time, when an attendance was marked or a request decided, and the time inside a new id. It is the
/// machine's clock, like Fluent's own `@Timestamp`. No rule reads it: a rule's "now" or "today" comes
/// from the injected `WallClock` (`req.now`, `req.today`), which tests fix. `scripts/check-clock.sh`
/// keeps the system clock to this file and `WallClock.system`.
enum WriteTime {
    static var now: Date { Date() }
}
