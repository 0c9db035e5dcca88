// libFuzzer target: the delimited-text readers (SIASN CSV, assessment and competency CSV files).
import AsahCore
import AsahFormats
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = SiasnImport.parse(csv: data)
    _ = AssessmentCSV.parse(data, knownCodes: ["M.01", "T.HUB.01"], today: CivilDate(year: 2026, month: 12, day: 6)!)
    _ = TechnicalCompetencyCSV.parse(data)
    return 0
}
