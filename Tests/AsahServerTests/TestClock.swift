import AsahCore
import Foundation

/// The instant every app test runs at, whatever the machine's date: Wednesday 15 July 2026, 10:00 in
/// Jakarta (03:00 UTC, 11:00 in Mamuju). The demo is dated around it and every "today" in a test is
/// this one, so no test depends on the day it runs (`scripts/check-clock.sh` keeps the system clock
/// out of the tests). A test about another moment gives its app another clock.
enum TestClock {
    static let now = Date(timeIntervalSince1970: 1_784_084_400)
    static let clock = WallClock.fixed(now)
    /// Today in Jakarta's zone (Medan, Padangsidempuan, Batanghari); Mamuju's is the same day.
    static var today: CivilDate { clock.today(in: .wib) }
    static var year: Int { today.year }
}
