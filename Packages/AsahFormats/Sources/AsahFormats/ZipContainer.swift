import CAsahZlib
import Foundation

/// The parts of a zip archive (an .xlsx upload), read with every offset and size checked against the
/// upload and every unpacked byte counted against a limit. Written here rather than taken from
/// ZIPFoundation: the fuzz lane found that ZIPFoundation 0.9.20 on Linux traps on a central directory
/// that points past the end of in-memory data, and loops forever on a deflate stream cut short
/// (its decoder keeps asking for input past the end of the file). Supports what Excel writes:
/// stored and deflated entries, without ZIP64 (no part of an upload comes near 4 GB).
struct ZipContainer {
    enum Fault: Error, Equatable {
        /// Not a zip archive, or one whose structure is damaged.
        case damaged
        /// A part that is damaged, encrypted or compressed in a way Excel does not write.
        case unreadable(part: String)
        /// The parts read so far unpack to more than the limit.
        case tooLarge(part: String)
    }

    struct Entry {
        let method: Int, flags: Int, compressedSize: Int, uncompressedSize: Int, localHeader: Int
    }

    private let bytes: [UInt8]
    private var entries: [String: Entry] = [:]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        let n = bytes.count
        guard n >= 22 else { throw Fault.damaged }
        // The end-of-central-directory record: its signature, searched backwards over the 64 KB a
        // comment may take.
        var end = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while end >= lowest,
            !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6)
        {
            end -= 1
        }
        guard end >= lowest else { throw Fault.damaged }
        let count = u16(end + 10), directorySize = u32(end + 12), directory = u32(end + 16)
        guard directory <= end, directorySize <= end - directory else { throw Fault.damaged }
        let directoryEnd = directory + directorySize
        var p = directory
        for _ in 0..<count {
            guard p + 46 <= directoryEnd, u32(p) == 0x0201_4B50 else { throw Fault.damaged }
            let nameLength = u16(p + 28)
            let next = p + 46 + nameLength + u16(p + 30) + u16(p + 32)
            guard next <= directoryEnd else { throw Fault.damaged }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            if entries[name] == nil {
                entries[name] = Entry(
                    method: u16(p + 10), flags: u16(p + 8), compressedSize: u32(p + 20),
                    uncompressedSize: u32(p + 24), localHeader: u32(p + 42))
            }
            p = next
        }
    }

    /// The unpacked bytes of a part, nil if the archive has none; `budget` is what may still be
    /// unpacked and is lowered by what this part takes.
    func read(_ path: String, budget: inout Int) throws -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        let n = bytes.count, h = entry.localHeader
        guard h <= n - 30, u32(h) == 0x0403_4B50 else { throw Fault.unreadable(part: path) }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start <= n, entry.compressedSize <= n - start, entry.flags & 1 == 0 else {
            throw Fault.unreadable(part: path)
        }
        switch entry.method {
        case 0:
            guard entry.compressedSize <= budget else { throw Fault.tooLarge(part: path) }
            budget -= entry.compressedSize
            return Array(bytes[start..<(start + entry.compressedSize)])
        case 8:
            return try inflate(
                from: start, count: entry.compressedSize, declaring: entry.uncompressedSize, part: path, budget: &budget
            )
        default:
            throw Fault.unreadable(part: path)
        }
    }

    private func inflate(
        from start: Int, count: Int, declaring uncompressedSize: Int, part: String, budget: inout Int
    ) throws -> [UInt8] {
        var stream = z_stream()
        guard asah_inflate_init_raw(&stream) == Z_OK else { throw Fault.unreadable(part: part) }
        defer { inflateEnd(&stream) }
        var out: [UInt8] = []
        // The size the archive declares, as a hint only and never past the budget: a 110 MB sheet grown
        // by doubling was copied at every step and held two buffers at once while it grew.
        out.reserveCapacity(min(uncompressedSize, budget))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        try bytes.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + start)
            stream.avail_in = UInt32(count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CAsahZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                // A zip bomb stops here, before its output is held.
                guard produced <= budget else { throw Fault.tooLarge(part: part) }
                budget -= produced
                out.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { return }
                // Z_OK made progress; anything else (an error, or the input ended before the
                // stream did) ends the part: every turn of this loop reads input or writes output.
                guard status == Z_OK else { throw Fault.unreadable(part: part) }
            }
        }
        return out
    }

    private func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
}
