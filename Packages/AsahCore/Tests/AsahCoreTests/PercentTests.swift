import Foundation
import Testing

@testable import AsahCore

struct PercentTests {
    /// (part, whole, tenths, display)
    static let cases: [(Int, Int, Int, String)] = [
        (129, 177, 729, "72,9%"),  // 72,881…: was shown as 72,8 % when rounded down
        (1_457, 2_000, 729, "72,9%"),  // exactly 72,85: half up, whatever a Double makes of it
        (1, 16, 63, "6,3%"),  // exactly 6,25
        (2, 3, 667, "66,7%"),
        (1, 3, 333, "33,3%"),
        (1, 2, 500, "50%"),
        (0, 5, 0, "0%"),
        (5, 5, 1_000, "100%"),
        (1_999, 2_000, 999, "99,9%"),  // 99,95 would round to 100: not everyone
        (9_999, 10_000, 999, "99,9%"),
        (1, 2_000, 1, "0,1%"),  // 0,05 is not nobody
        (1, 100_000, 1, "0,1%"),
    ]

    @Test(arguments: cases)
    func roundsHalfUpAndKeepsAllAndNone(part: Int, whole: Int, tenths: Int, display: String) {
        let p = Percent(part, of: whole)
        #expect(p?.tenths == tenths)
        #expect(p?.display == display)
        #expect(p?.value == Double(tenths) / 10)
    }

    @Test func nothingOfNothingIsNoPercentage() {
        #expect(Percent(0, of: 0) == nil)
        #expect(Percent(3, of: -1) == nil)
    }

    /// Every share of small wholes: within half a tenth of the exact value, ties up.
    @Test func agreesWithExactArithmetic() {
        for whole in 1...400 {
            for part in 0...whole {
                let t = Percent(part, of: whole)!.tenths
                let twice = 2_000 * part  // 2·1000·part / whole, compared without division
                if part == whole {
                    #expect(t == 1_000)
                } else if part == 0 {
                    #expect(t == 0)
                } else {
                    #expect(t >= 1 && t <= 999)
                    if t > 1 && t < 999 {
                        #expect((2 * t - 1) * whole <= twice && twice < (2 * t + 1) * whole)
                    }
                }
            }
        }
    }
}
