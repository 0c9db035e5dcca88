/// The SIASN export columns the importer reads (DOMAIN §7.4). Others are ignored.
public enum SiasnColumn: String, CaseIterable, Sendable {
    case nip = "NIP BARU"
    case name = "NAMA"
    case gelarDepan = "GELAR DEPAN"
    case gelarBelakang = "GELAR BELAKANG"
    case birthDate = "TANGGAL LAHIR"
    case gender = "JENIS KELAMIN"
    case phone = "NOMOR HP"
    case email = "EMAIL"
    case emailGov = "EMAIL GOV"
    case kedudukanHukumId = "KEDUDUKAN HUKUM ID"
    case kedudukanHukumNama = "KEDUDUKAN HUKUM NAMA"
    case statusCpnsPns = "STATUS CPNS PNS"
    case golAkhirId = "GOL AKHIR ID"
    case golAkhirNama = "GOL AKHIR NAMA"
    case jenisJabatanId = "JENIS JABATAN ID"
    case jenisJabatanNama = "JENIS JABATAN NAMA"
    case jabatanNama = "JABATAN NAMA"
    case eselonId = "ESELON ID"
    case eselonNama = "ESELON NAMA"
    case unorNama = "UNOR NAMA"

    static let required: [SiasnColumn] = [.nip, .name]
}

/// Where each known column sits in a header row.
public struct SiasnHeader: Sendable {
    private var positions = [Int?](repeating: nil, count: SiasnColumn.allCases.count)
    private static let ordinals: [SiasnColumn: Int] = Dictionary(
        uniqueKeysWithValues: SiasnColumn.allCases.enumerated().map { ($0.element, $0.offset) })
    private static let byKey: [String: SiasnColumn] = Dictionary(
        uniqueKeysWithValues: SiasnColumn.allCases.map { ($0.rawValue, $0) })

    /// How many cells the header row has.
    public let width: Int

    /// Matches header cells case-insensitively, trimmed, `_` read as a space; first match wins.
    public init(cells: [String]) {
        width = cells.count
        for (index, cell) in cells.enumerated() {
            guard let column = Self.byKey[Self.key(cell)], let ordinal = Self.ordinals[column] else { continue }
            if positions[ordinal] == nil { positions[ordinal] = index }
        }
    }

    public func index(of column: SiasnColumn) -> Int? { positions[Self.ordinals[column]!] }

    public var missingRequired: [SiasnColumn] { SiasnColumn.required.filter { index(of: $0) == nil } }

    static func key(_ cell: String) -> String {
        let words = cell.uppercased().split(whereSeparator: { c in
            c == "_" || c.isWhitespace || c == "\u{FEFF}" || c == "\""
        })
        return words.joined(separator: " ")
    }
}
