import Foundation
import XCTest

@testable import AsahCore

final class WallClockTests: XCTestCase {
    /// Instants (seconds since 1970, UTC) and the day each zone is on.
    func testTodayIsTheZonesDay() {
        let cases: [(utc: String, instant: TimeInterval, wib: String, wita: String, wit: String)] = [
            ("2026-07-15 03:00", 1_784_084_400, "2026-07-15", "2026-07-15", "2026-07-15"),
            ("2026-12-31 16:30", 1_798_734_600, "2026-12-31", "2027-01-01", "2027-01-01"),
            ("2026-12-31 15:30", 1_798_731_000, "2026-12-31", "2026-12-31", "2027-01-01"),
            ("2026-12-31 17:00", 1_798_736_400, "2027-01-01", "2027-01-01", "2027-01-01"),
            ("2028-02-28 16:00", 1_835_366_400, "2028-02-28", "2028-02-29", "2028-02-29"),
        ]
        for c in cases {
            let clock = WallClock.fixed(Date(timeIntervalSince1970: c.instant))
            XCTAssertEqual(clock.today(in: .wib).iso, c.wib, c.utc)
            XCTAssertEqual(clock.today(in: .wita).iso, c.wita, c.utc)
            XCTAssertEqual(clock.today(in: .wit).iso, c.wit, c.utc)
        }
    }

    func testAFixedClockStandsStill() {
        let instant = Date(timeIntervalSince1970: 1_784_084_400)
        let clock = WallClock.fixed(instant)
        XCTAssertEqual(clock.now, instant)
        XCTAssertEqual(clock.now, clock.now)
    }

    func testZonesAndTheirOffsets() {
        for zone in IndonesianTimeZone.allCases {
            let seconds = zone.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_784_084_400))
            XCTAssertEqual(seconds, zone.utcOffset * 3600, zone.rawValue)
            XCTAssertTrue(zone.label.hasPrefix(zone.rawValue + " — "))
        }
    }

    func testEveryProvinceHasOneZone() {
        let cases: [(String, IndonesianTimeZone?)] = [
            ("Sumatera Utara", .wib), ("Jambi", .wib), ("DKI Jakarta", .wib), ("Kalimantan Barat", .wib),
            ("Sulawesi Barat", .wita), ("Bali", .wita), ("Kalimantan Timur", .wita), ("Nusa Tenggara Timur", .wita),
            ("Papua", .wit), ("Maluku Utara", .wit), ("Papua Pegunungan", .wit),
            ("  sulawesi   barat ", .wita), ("Atlantis", nil), ("", nil),
        ]
        for (province, zone) in cases { XCTAssertEqual(IndonesianTimeZone.of(province: province), zone, province) }
        // The form's list names each of the 38 once, and each has its zone.
        XCTAssertEqual(IndonesianTimeZone.provinceNames.count, 38)
        XCTAssertEqual(Set(IndonesianTimeZone.provinceNames).count, 38)
        for name in IndonesianTimeZone.provinceNames {
            XCTAssertNotNil(IndonesianTimeZone.of(province: name), name)
        }
        let lists = IndonesianTimeZone.allCases.map(\.provinces)
        // 38 provinces, Yogyakarta under two spellings, none in two zones.
        XCTAssertEqual(lists.map(\.count).reduce(0, +), 39)
        XCTAssertEqual(Set(lists.joined()).count, 39)
    }
}
