import Foundation

/// One problem found while importing a file. `row` is the physical line (CSV) or sheet row (XLSX),
/// the header being row 1; `column` is the SIASN header name, or "berkas" / "baris" for the file or line.
public struct ImportIssue: Equatable, Sendable, Codable, Error {
    public let row: Int
    public let column: String
    public let message: String

    public init(row: Int, column: String, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }
}

/// One valid employee row of a SIASN "download data ASN" export.
public struct SiasnEmployeeRecord: Equatable, Sendable {
    public let row: Int
    public let nip: NIP
    public let name: String
    public let gelarDepan: String?
    public let gelarBelakang: String?
    public let birthDate: CivilDate
    public let gender: Gender
    public let status: EmployeeStatus
    public let golongan: Golongan?
    public let positionName: String?
    public let positionKind: PositionKind?
    public let jenjang: FungsionalJenjang?
    /// Organisation units, root first; the agency segment ("PEMERINTAH …") is dropped.
    public let unitPath: [String]
    public let email: String?
    public let phone: String?
    /// From `KEDUDUKAN HUKUM NAMA`; nil when the file does not say.
    public let employmentState: EmploymentState?

    public init(
        row: Int, nip: NIP, name: String, gelarDepan: String?, gelarBelakang: String?,
        birthDate: CivilDate, gender: Gender, status: EmployeeStatus, golongan: Golongan?,
        positionName: String?, positionKind: PositionKind?, jenjang: FungsionalJenjang?,
        unitPath: [String], email: String?, phone: String?, employmentState: EmploymentState? = nil
    ) {
        self.employmentState = employmentState
        self.row = row
        self.nip = nip
        self.name = name
        self.gelarDepan = gelarDepan
        self.gelarBelakang = gelarBelakang
        self.birthDate = birthDate
        self.gender = gender
        self.status = status
        self.golongan = golongan
        self.positionName = positionName
        self.positionKind = positionKind
        self.jenjang = jenjang
        self.unitPath = unitPath
        self.email = email
        self.phone = phone
    }
}

/// Valid rows and every issue found. A row with any issue is left out of `records`.
public struct SiasnParseResult: Sendable {
    public let records: [SiasnEmployeeRecord]
    public let issues: [ImportIssue]
    /// The delimiter detected in a CSV file; nil for a table (XLSX) or an unreadable file.
    public let delimiter: Character?
    /// The header names (as in `SiasnEmployeeRecord`'s sources, e.g. "UNOR NAMA") the file has.
    /// An import leaves fields whose column is absent as they are.
    public var presentColumns: Set<String> = []

    public init(records: [SiasnEmployeeRecord], issues: [ImportIssue], delimiter: Character?) {
        self.records = records
        self.issues = issues
        self.delimiter = delimiter
    }
}
