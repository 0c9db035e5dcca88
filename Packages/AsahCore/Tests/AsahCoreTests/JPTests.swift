import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("JP amounts")
struct JPTests {
    @Test(arguments: [
        (0, 0), (45, 100), (90, 200), (135, 300), (2700, 6000), (60, 133), (30, 67), (1, 2), (22, 49), (23, 51),
        (50, 111), (100, 222), (44, 98), (-60, -133), (-30, -67),
    ])
    func fromMinutes(minutes: Int, hundredths: Int) {
        #expect(JP(minutes: minutes).hundredths == hundredths)
    }

    /// Every minute count up to two days against exact rational rounding: |minutes × 100 / 45 − h| ≤ ½.
    @Test func minutesRoundToNearestHundredth() {
        for minutes in 0...2880 {
            let h = JP(minutes: minutes).hundredths
            // 45h − 100m is the error times 45; nearest means |error| < ½, i.e. |90h − 200m| < 45.
            #expect(abs(90 * h - 200 * minutes) < 45, "\(minutes) min")
        }
    }

    @Test(arguments: [
        (0, "0 JP"), (2000, "20 JP"), (250, "2,5 JP"), (33, "0,33 JP"), (5, "0,05 JP"), (101, "1,01 JP"),
        (110, "1,1 JP"), (-250, "-2,5 JP"), (123_400, "1.234 JP"), (123_456, "1.234,56 JP"),
    ])
    func display(hundredths: Int, text: String) {
        #expect(JP(hundredths: hundredths).display == text)
        #expect(JP(hundredths: hundredths).description == text)
    }

    @Test(arguments: [
        ("20", Int?.some(2000)), ("2,5", 250), ("2.5", 250), ("0,25", 25), ("0,05", 5), (" 3 ", 300), ("007", 700),
        ("1.000", nil), ("1,234", nil), ("-1", nil), ("+5", nil), ("", nil), ("1,", nil), (",5", nil), ("abc", nil),
        ("1,2,3", nil), ("2 JP", nil), ("١٢", nil), ("1234567890", nil),
    ])
    func parse(text: String, hundredths: Int?) {
        #expect(JP(text: text)?.hundredths == hundredths)
    }

    @Test(arguments: [
        (233, 20, 280), (100, 20, 120), (0, 20, 0), (1000, 0, 1000), (133, 20, 160), (125, 20, 150), (3, 50, 5),
        (200, 100, 400),
    ])
    func uplift(hundredths: Int, percent: Int, expected: Int) {
        #expect(JP(hundredths: hundredths).uplifted(byPercent: percent).hundredths == expected)
    }

    @Test func arithmeticIsExact() {
        #expect([JP(hundredths: 33), JP(hundredths: 33), JP(hundredths: 34)].total == JP(whole: 1))
        #expect(JP(whole: 20) - JP(hundredths: 1) == JP(hundredths: 1999))
        #expect(JP(hundredths: 150) * 3 == JP(hundredths: 450))
        var x = JP.zero
        x += JP(whole: 2)
        x -= JP(hundredths: 50)
        #expect(x == JP(hundredths: 150))
        #expect(JP(hundredths: 1999) < JP(whole: 20) && max(JP(whole: 3), JP(hundredths: 250)) == JP(whole: 3))
        #expect([JP]().total == .zero)
        #expect(JP.minutesPerJP == 45)
    }

    @Test(arguments: [(2000, "20"), (250, "2.5"), (29, "0.29"), (0, "0"), (-125, "-1.25")])
    func encodesAsANumberOfJP(hundredths: Int, json: String) throws {
        let data = try JSONEncoder().encode(JP(hundredths: hundredths))
        #expect(String(decoding: data, as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(JP.self, from: data).hundredths == hundredths)
    }

    @Test(arguments: [
        ("20", Int?.some(2000)), ("2.5", 250), ("0.29", 29), ("0.125", 13), ("1e20", nil), ("\"2\"", nil),
    ])
    func decodes(json: String, hundredths: Int?) {
        #expect((try? JSONDecoder().decode(JP.self, from: Data(json.utf8)))?.hundredths == hundredths)
    }

    /// Random amounts: every hundredth count survives JSON, and sums equal integer sums.
    @Test(arguments: [UInt64(7), 99])
    func roundTripAndSums(seed: UInt64) throws {
        var rng = DemoRNG(seed: seed)
        var sum = 0
        var amounts: [JP] = []
        for _ in 0..<2000 {
            let h = rng.int(0...100_000)
            sum += h
            let jp = JP(hundredths: h)
            amounts.append(jp)
            #expect(try JSONDecoder().decode(JP.self, from: JSONEncoder().encode(jp)) == jp)
            #expect(JP(text: jp.number.replacingOccurrences(of: ".", with: "")) == jp)
        }
        #expect(amounts.total.hundredths == sum)
    }
}
