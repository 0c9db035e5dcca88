import Foundation

/// New row ids: time-ordered (UUID version 7: 48 bits of milliseconds, then random bits).
/// Ids made one after another sort one after another, so bulk inserts append to the primary-key
/// index instead of splitting pages all over it. Foundation's `UUID()` on Linux also opens
/// /dev/urandom for every id (50,000 opens in a 50,000-row import, seen with strace); the system
/// generator does not.
enum IDs {
    static func make(now: Date = WriteTime.now) -> UUID {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 16)
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - i))) }
        var word = generator.next() as UInt64
        for i in 6..<14 {
            bytes[i] = UInt8(truncatingIfNeeded: word)
            word >>= 8
        }
        let tail = generator.next() as UInt64
        bytes[14] = UInt8(truncatingIfNeeded: tail)
        bytes[15] = UInt8(truncatingIfNeeded: tail >> 8)
        bytes[6] = (bytes[6] & 0x0F) | 0x70  // version 7
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
