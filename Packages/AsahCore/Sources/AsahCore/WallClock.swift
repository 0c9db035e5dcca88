import Foundation

/// The one source of "now" and "today". The server reads the system clock through `.system`; tests
/// and the end-to-end lane set a fixed instant, so no test depends on the day it runs. "Today" is
/// always asked in a zone: a pemda's day starts at its own midnight (Mamuju's an hour before Medan's).
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    /// The machine's clock.
    public static let system = WallClock { Date() }

    /// A clock that always answers `instant` (tests: every moment of a test is the same).
    public static func fixed(_ instant: Date) -> WallClock { WallClock { instant } }

    /// A clock that starts at `instant` and runs on at the machine's pace (`ASAH_NOW`: a server that
    /// lives on another day, whose sessions still expire and whose login locks still lift).
    public static func starting(at instant: Date) -> WallClock {
        let start = ContinuousClock.now
        return WallClock {
            let elapsed = (ContinuousClock.now - start).components
            return instant.addingTimeInterval(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        }
    }

    public var now: Date { read() }

    /// Today's date in `zone`.
    public func today(in zone: IndonesianTimeZone) -> CivilDate { CivilDate(now, in: zone.timeZone) }
}
