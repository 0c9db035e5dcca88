import Testing

@testable import AsahCore

/// SplitMix64: a seeded generator, so generated codes are reproducible in tests.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Verification and check-in codes")
struct VerificationCodeTests {
    /// Valid codes, checked by hand outside Swift (c + Σ (i + 2)·dᵢ ≡ 0 mod 37).
    static let valid = ["0000000000", "000000001V", "1010101017", "ZZZZZZZZZW", "1A1B1C1D1H", "0F0E0D0C19"]

    @Test(arguments: [
        ("0000000000", String?.some("0000000000")), ("00000-0000V", nil), ("00000-0001V", "000000001V"),
        ("000000001v", "000000001V"), ("00000 0001v", "000000001V"), (" 0-0-0-0-0-0-0-0-1-V ", "000000001V"),
        ("OOOOOOOO1V", "000000001V"), ("oooooooo1v", "000000001V"), ("0000000OIV", "000000001V"),
        ("0000000OLV", "000000001V"), ("0000000olv", "000000001V"), ("IOIOIOIOI7", "1010101017"),
        ("lolol-olol7", "1010101017"), ("zzzzz-zzzzw", "ZZZZZZZZZW"), ("1a1b1-c1d1h", "1A1B1C1D1H"),
        ("0f0e0d0c19", "0F0E0D0C19"),
        // Wrong check character, U, punctuation, non-ASCII, lengths.
        ("ZZZZZZZZZX", nil), ("ZZZZZZZZZU", nil), ("ZZZZZ.ZZZZW", nil), ("ZZZZZ—ZZZZW", nil), ("ＺZZZZZZZZW", nil),
        ("ZZZZZZZZZ", nil), ("ZZZZZZZZZWW", nil), ("", nil), ("-----", nil),
    ])
    func normalize(input: String, expected: String?) {
        #expect(VerificationCode.normalize(input) == expected)
    }

    /// No check character completes "7KQ2M9XD4": its check value is 32, outside the alphabet.
    @Test func checkValuesAbove31AreNeverIssued() {
        #expect(VerificationCode.checkValue("7KQ2M9XD4".map { VerificationCode.alphabet.firstIndex(of: $0)! }) == 32)
        for c in VerificationCode.alphabet { #expect(VerificationCode.normalize("7KQ2M9XD4" + String(c)) == nil) }
    }

    /// Exhaustive on known codes: every single wrong character and every swap of two different
    /// characters is refused.
    @Test(arguments: valid)
    func detectsSubstitutionsAndSwaps(code: String) {
        #expect(VerificationCode.normalize(code) == code)
        let chars = Array(code)
        for i in chars.indices {
            for c in VerificationCode.alphabet where c != chars[i] {
                var changed = chars
                changed[i] = c
                #expect(VerificationCode.normalize(String(changed)) == nil, "\(String(changed))")
            }
            for j in chars.indices where j > i && chars[i] != chars[j] {
                var swapped = chars
                swapped.swapAt(i, j)
                #expect(VerificationCode.normalize(String(swapped)) == nil, "\(String(swapped))")
            }
        }
    }

    @Test(arguments: [UInt64(1), 42, 31337])
    func generatedCodesAreValid(seed: UInt64) {
        var rng = SeededGenerator(state: seed)
        var again = SeededGenerator(state: seed)
        var seen: Set<String> = []
        var symbols: Set<Character> = []
        for _ in 0..<2000 {
            let code = VerificationCode.generate(using: &rng)
            #expect(code == VerificationCode.generate(using: &again))
            #expect(code.count == 10 && code.allSatisfy { VerificationCode.alphabet.contains($0) })
            #expect(VerificationCode.normalize(code) == code)
            let shown = VerificationCode.display(code)
            #expect(shown.count == 11 && Array(shown)[5] == "-")
            #expect(VerificationCode.normalize(shown.lowercased()) == code)
            seen.insert(code)
            symbols.formUnion(code)
        }
        #expect(seen.count == 2000)
        #expect(symbols.count == 32)
        #expect(VerificationCode.normalize(VerificationCode.generate()) != nil)
    }

    @Test func display() {
        #expect(VerificationCode.display("1A1B1C1D1H") == "1A1B1-C1D1H")
        #expect(VerificationCode.display("ABC") == "ABC")
    }

    @Test(arguments: [
        ("7KQ2MX", String?.some("7KQ2MX")), ("7kq-2mx", "7KQ2MX"), ("o1lI00", "011100"), ("7KQ2M", nil),
        ("7KQ2MXY", nil),
        ("7KQ2MU", nil), ("7KQ2M!", nil), ("", nil),
    ])
    func normalizeCheckIn(input: String, expected: String?) {
        #expect(VerificationCode.normalizeCheckIn(input) == expected)
    }

    @Test func checkInCodes() {
        var rng = SeededGenerator(state: 9)
        var seen: Set<String> = []
        for _ in 0..<1000 {
            let code = VerificationCode.checkInCode(using: &rng)
            #expect(code.count == 6 && VerificationCode.normalizeCheckIn(code) == code)
            seen.insert(code)
        }
        #expect(seen.count == 1000)
        #expect(VerificationCode.checkInCode().count == 6)
    }
}
