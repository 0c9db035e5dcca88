import Foundation

/// Nomor Induk Pegawai: 18 digits. For PNS/CPNS (Perka BKN 22/2007):
/// birth date `YYYYMMDD`, first appointment `YYYYMM`, gender digit (1 male, 2 female), 3-digit sequence.
/// A PPPK number has the same length, birth date and gender digit, but its middle part is not
/// checked (its layout is unconfirmed).
public struct NIP: Hashable, Sendable, Codable, CustomStringConvertible {
    public let digits: String

    private init(validated digits: String) { self.digits = digits }

    /// Restores a NIP from stored digits, checking only what every NIP shares
    /// (18 digits, a real birth date, a gender digit). Use `parse` for user input.
    public init?(digits: String) {
        guard case .success(let nip) = NIP.parse(digits, status: .pppk) else { return nil }
        self = nip
    }

    /// "19660801 198803 1 001"
    public var formatted: String { NIP.format(digits) }

    public var description: String { formatted }

    public var birthDate: CivilDate {
        let d = Array(digits.utf8)
        return CivilDate(year: NIP.number(d, 0, 4), month: NIP.number(d, 4, 2), day: NIP.number(d, 6, 2))!
    }

    public var gender: Gender { Array(digits.utf8)[14] == UInt8(ascii: "1") ? .male : .female }

    /// Strips surrounding whitespace, a leading apostrophe (spreadsheet text marker),
    /// and the spaces and dots people type between the groups.
    public static func normalize(_ input: String) -> String {
        var scalars = Substring(input).unicodeScalars.drop(while: { $0.properties.isWhitespace })
        if scalars.first == "'" { scalars = scalars.dropFirst() }
        var out = String.UnicodeScalarView()
        for s in scalars where s != "." && !s.properties.isWhitespace { out.append(s) }
        return String(out)
    }

    public static func parse(_ input: String, status: EmployeeStatus) -> Result<NIP, NIPError> {
        let text = normalize(input)
        if text.isEmpty { return .failure(.empty) }
        let d = Array(text.utf8)
        guard d.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return .failure(.notDigits) }
        guard d.count == 18 else { return .failure(.wrongLength(d.count)) }

        let birthYear = number(d, 0, 4), birthMonth = number(d, 4, 2)
        guard birthYear >= 1900, CivilDate(year: birthYear, month: birthMonth, day: number(d, 6, 2)) != nil else {
            return .failure(.invalidBirthDate)
        }
        if !status.isPPPK {
            let year = number(d, 8, 4), month = number(d, 12, 2)
            guard year >= 1900, (1...12).contains(month) else { return .failure(.invalidAppointment) }
            // Compared by year-month: born 1966-08 may be appointed from 1983-08.
            guard year * 12 + month >= (birthYear + 17) * 12 + birthMonth else {
                return .failure(.appointmentBeforeAdulthood)
            }
        }
        guard d[14] == UInt8(ascii: "1") || d[14] == UInt8(ascii: "2") else { return .failure(.invalidGenderDigit) }
        return .success(NIP(validated: text))
    }

    /// Groups 18 stored digits as people write them: a PNS's "YYYYMMDD YYYYMM G NNN" (birth date, TMT
    /// CPNS month, gender, sequence) and a PPPK's "YYYYMMDD YYYY NN G NNN" (birth date, TMT year, the
    /// PPPK code, gender, sequence). A PPPK number is told apart by digits 13–14, which are never a month
    /// (21 in every PPPK number seen). Any other input comes back unchanged.
    public static func format(_ digits: String) -> String {
        let d = Array(digits.utf8)
        guard d.count == 18, d.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return digits }
        func part(_ r: Range<Int>) -> String { String(decoding: d[r], as: UTF8.self) }
        if !(1...12).contains(number(d, 12, 2)) {
            return "\(part(0..<8)) \(part(8..<12)) \(part(12..<14)) \(part(14..<15)) \(part(15..<18))"
        }
        return "\(part(0..<8)) \(part(8..<14)) \(part(14..<15)) \(part(15..<18))"
    }

    private static func number(_ d: [UInt8], _ start: Int, _ length: Int) -> Int {
        var n = 0
        for b in d[start..<(start + length)] { n = n * 10 + Int(b - 48) }
        return n
    }

    // Encoded as the bare 18-digit string.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let nip = NIP(digits: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid NIP: \(text)")
        }
        self = nip
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}

public enum NIPError: Error, Equatable, Sendable {
    case empty
    case notDigits
    case wrongLength(Int)
    case invalidBirthDate
    case invalidAppointment
    case appointmentBeforeAdulthood
    case invalidGenderDigit

    public var message: String {
        switch self {
        case .empty: return "NIP wajib diisi"
        case .notDigits: return "NIP hanya boleh berisi angka"
        case .wrongLength(let n): return "NIP harus 18 digit (tertulis \(n))"
        case .invalidBirthDate: return "Digit 1–8 NIP harus tanggal lahir yang benar (TTTTBBHH)"
        case .invalidAppointment:
            return "Digit 9–14 NIP harus tahun dan bulan pengangkatan yang benar (TTTTBB)"
        case .appointmentBeforeAdulthood:
            return "Tahun-bulan pengangkatan pada NIP lebih awal dari usia 17 tahun menurut tanggal lahirnya"
        case .invalidGenderDigit: return "Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)"
        }
    }
}
