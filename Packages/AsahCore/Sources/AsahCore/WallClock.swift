import Foundation

/// The one source of "now" and "today". The server reads the system clock through `.system`; tests
/// and the end-to-end lane set a fixed instant, so no test depends on the day it runs. "Today" is
/// always asked in a zone: a pemda's day starts at its own midnight (Mamuju's an hour before Medan's).
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    /// The machine's clock.
    public static let system = WallClock { Date() }

    /// A clock that always answers `instant`.
    public static func fixed(_ instant: Date) -> WallClock { WallClock { instant } }

    public var now: Date { read() }

    /// Today's date in `zone`.
    public func today(in zone: IndonesianTimeZone) -> CivilDate { CivilDate(now, in: zone.timeZone) }
}
