// libFuzzer target: the shared-string table (XLSXSheet.sharedStrings), and the workbook and
// relationship parts that name the first sheet (the same scanner, small parts).
import AsahFormats
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? XLSXSheet.sharedStrings(data)
    _ = try? XLSXSheet.firstSheet(workbookXML: data, workbookRelsXML: data)
    return 0
}
