import Foundation
import Testing

@testable import AsahCore

struct NIPTests {
    @Test(arguments: [
        ("196608011988031001", EmployeeStatus.pns, "19660801 198803 1 001", "1966-08-01", Gender.male),
        ("19660801 198803 1 001", .pns, "19660801 198803 1 001", "1966-08-01", .male),
        ("19660801.198803.1.001", .cpns, "19660801 198803 1 001", "1966-08-01", .male),
        ("  '199001152015032002 ", .pns, "19900115 201503 2 002", "1990-01-15", .female),
        ("20000229 202001 2 001", .cpns, "20000229 202001 2 001", "2000-02-29", .female),
        // Exactly 17 years: born 1966-08, appointed 1983-08.
        ("196608311983081001", .pns, "19660831 198308 1 001", "1966-08-31", .male),
        ("196612011983121001", .pns, "19661201 198312 1 001", "1966-12-01", .male),
        // PPPK: middle part not checked.
        ("199312282025212001", .pppk, "19931228 2025 21 2 001", "1993-12-28", .female),
        ("19931228 2025 21 2 001", .pppk, "19931228 2025 21 2 001", "1993-12-28", .female),
        ("199312289999991001", .pppk, "19931228 9999 99 1 001", "1993-12-28", .male),
    ])
    func valid(input: String, status: EmployeeStatus, formatted: String, birth: String, gender: Gender) throws {
        let nip = try NIP.parse(input, status: status).get()
        #expect(nip.formatted == formatted)
        #expect(nip.digits == formatted.filter { $0 != " " })
        #expect(nip.birthDate == CivilDate(iso: birth))
        #expect(nip.gender == gender)
    }

    @Test(arguments: [
        ("", EmployeeStatus.pns, NIPError.empty),
        ("   ", .pns, .empty),
        ("'", .pns, .empty),
        ("19660801198803100", .pns, .wrongLength(17)),
        ("1966080119880310011", .pns, .wrongLength(19)),
        ("1966080119880310", .pppk, .wrongLength(16)),
        ("19660801198803100A", .pns, .notDigits),
        ("NIP196608011988031", .pns, .notDigits),
        ("19660801-198803-1-001", .pns, .notDigits),
        ("１９６６０８０１１９８８０３１００１", .pns, .notDigits),
        ("196602301988031001", .pns, .invalidBirthDate),  // 30 Feb
        ("196613011988031001", .pns, .invalidBirthDate),  // month 13
        ("196608001988031001", .pns, .invalidBirthDate),  // day 0
        ("190002291988031001", .pns, .invalidBirthDate),  // 1900 not a leap year
        ("189912311988031001", .pns, .invalidBirthDate),  // before 1900
        ("196602301988031001", .pppk, .invalidBirthDate),
        ("196608011988131001", .pns, .invalidAppointment),  // month 13
        ("196608011988001001", .cpns, .invalidAppointment),  // month 00
        ("196608011899121001", .pns, .invalidAppointment),  // year before 1900
        ("196608011983071001", .pns, .appointmentBeforeAdulthood),  // one month short of 17 years
        ("196608011966081001", .pns, .appointmentBeforeAdulthood),
        ("196608011988033001", .pns, .invalidGenderDigit),
        ("196608011988030001", .pns, .invalidGenderDigit),
        ("199312282025213001", .pppk, .invalidGenderDigit),
    ])
    func invalid(input: String, status: EmployeeStatus, error: NIPError) {
        #expect(NIP.parse(input, status: status) == .failure(error))
    }

    @Test(arguments: [
        ("  '19660801 198803 1 001  ", "196608011988031001"),
        ("19660801.198803.1.001", "196608011988031001"),
        ("\t196608011988031001\r\n", "196608011988031001"),
        ("abc", "abc"),
        ("", ""),
    ])
    func normalize(input: String, expected: String) {
        #expect(NIP.normalize(input) == expected)
    }

    @Test(arguments: [
        ("196608011988031001", "19660801 198803 1 001"),
        ("199002272023212031", "19900227 2023 21 2 031"),  // PPPK: its own grouping
        ("199002272023122031", "19900227 202312 2 031"),  // December: a PNS month
        ("12345", "12345"),
        ("19660801198803100X", "19660801198803100X"),
    ])
    func format(input: String, expected: String) {
        #expect(NIP.format(input) == expected)
    }

    @Test(arguments: [
        (NIPError.empty, "NIP wajib diisi"),
        (.wrongLength(17), "NIP harus 18 digit (tertulis 17)"),
        (.invalidGenderDigit, "Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)"),
    ])
    func messages(error: NIPError, message: String) {
        #expect(error.message == message)
    }

    @Test func everyErrorHasAMessage() {
        let all: [NIPError] = [
            .empty, .notDigits, .wrongLength(3), .invalidBirthDate, .invalidAppointment,
            .appointmentBeforeAdulthood, .invalidGenderDigit,
        ]
        #expect(Set(all.map(\.message)).count == all.count)
    }

    @Test func codableAsBareDigits() throws {
        let nip = try NIP.parse("196608011988031001", status: .pns).get()
        let data = try JSONEncoder().encode([nip])
        #expect(String(decoding: data, as: UTF8.self) == #"["196608011988031001"]"#)
        #expect(try JSONDecoder().decode([NIP].self, from: data) == [nip])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([NIP].self, from: Data(#"["123"]"#.utf8))
        }
        #expect(NIP(digits: "196608011988031001") == nip)
        #expect(NIP(digits: "19660801198803100") == nil)
    }
}
