import Vapor

/// A minimal JSON writer for the hottest API responses. Foundation's `JSONEncoder` spends about 90 µs
/// on a 12-item competency profile (most of a request's budget); this writes the same JSON in a few.
/// Callers write keys in sorted order, as the app's encoder (`.sortedKeys`) does elsewhere.
/// A test keeps each hand-written response equal to what `JSONEncoder` makes of the same DTO.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// One flag per open object or array: does the next member need a comma before it?
    private var needsComma: [Bool] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(UInt8(ascii: ":"))
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    mutating func string(_ value: String?) {
        separate()
        guard let value else { return null() }
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        done()
    }

    mutating func int(_ value: Int?) {
        separate()
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
        done()
    }

    /// Integral values are written without a fraction ("100"), as `JSONEncoder` writes them.
    mutating func double(_ value: Double?) {
        separate()
        guard let value, value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
        done()
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: Array("null".utf8))
        done()
    }

    func response(status: HTTPResponseStatus = .ok) -> Response {
        Self.response(buffer, status: status)
    }

    var buffer: ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        return buffer
    }

    /// A JSON response of bytes already written (a cached body is shared, never copied).
    static func response(_ body: ByteBuffer, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func open(_ byte: UInt8) {
        separate()
        bytes.append(byte)
        needsComma.append(false)
    }

    private mutating func close(_ byte: UInt8) {
        needsComma.removeLast()
        bytes.append(byte)
        done()
    }

    /// A comma before a value that follows another in the same container (a value after a key never).
    private mutating func separate() {
        if needsComma.last == true { bytes.append(UInt8(ascii: ",")) }
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
    }

    private mutating func done() {
        if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
    }
}
