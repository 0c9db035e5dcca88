// libFuzzer target: the XLSX container, the path of an upload from zip bytes to SIASN records,
// with the unpacked-size limit of the real reader, lowered to 1 MB: with AddressSanitizer and
// coverage the readers run some 30 times slower, and the 6.4 MB a small upload may unpack to took
// 2-9 s an input on this machine, past the lane's 2 s per input. The time per unpacked byte is
// what the sheet and shared-strings targets search.
import AsahCore
import AsahFormats
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let limit = min(XLSXReader.unpackedLimit(forFileOf: count), 1 << 20)
    if let rows = try? XLSXReader.sheet(from: data, limit: limit) { _ = SiasnImport.parse(sheet: rows) }
    return 0
}
