// libFuzzer target: a worksheet part (XLSXSheet.rows), then the SIASN rows read from it.
import AsahCore
import AsahFormats
import Foundation

let shared = ["NIP BARU", "NAMA", "196608011988031001", "Budi Santoso", "01-08-1966", "M"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let rows = try? XLSXSheet.rows(sheetXML: data, sharedStrings: shared) { _ = SiasnImport.parse(sheet: rows) }
    return 0
}
