import Testing

@testable import AsahCore

struct SiasnValuesTests {
    @Test(arguments: [
        ("01-08-1966", "1966-08-01"), ("1-8-1966", "1966-08-01"), ("01/08/1966", "1966-08-01"),
        ("1966-08-01", "1966-08-01"), ("29-02-2000", "2000-02-29"), ("1966-08-01 00:00:00", "1966-08-01"),
        ("1966-08-01T00:00:00", "1966-08-01"), ("24320", "1966-08-01"), ("36585", "2000-02-29"),
        ("45000", "2023-03-15"),
    ])
    func dates(text: String, iso: String) {
        #expect(SiasnValues.date(text) == CivilDate(iso: iso))
    }

    @Test(arguments: [
        "", "29-02-2001", "31-04-1990", "13-13-1990", "1966", "01-08-66", "08-1966", "a-b-c",
        "1966/8/1/2", "123456", "01--1966",
    ])
    func badDates(text: String) {
        #expect(SiasnValues.date(text) == nil)
    }

    @Test(arguments: [
        ("M", Gender.male), ("m", .male), ("L", .male), ("Pria", .male), ("LAKI-LAKI", .male), ("laki laki", .male),
        ("1", .male), ("F", .female), ("f", .female), ("P", .female), ("Wanita", .female), ("PEREMPUAN", .female),
        ("2", .female),
    ])
    func genders(text: String, expected: Gender) {
        #expect(SiasnValues.gender(text) == expected)
    }

    @Test(arguments: ["X", "3", "", "Laki-laki/Perempuan", "MF"])
    func badGenders(text: String) {
        #expect(SiasnValues.gender(text) == nil)
    }

    @Test(arguments: [
        ("SUB BAGIAN UMUM - DINAS PERHUBUNGAN - PEMERINTAH KOTA MEDAN", ["DINAS PERHUBUNGAN", "SUB BAGIAN UMUM"]),
        (
            "DINAS PENDIDIKAN DAN KEBUDAYAAN. - PEMERINTAH KABUPATEN HULU SUNGAI SELATAN",
            ["DINAS PENDIDIKAN DAN KEBUDAYAAN"]
        ),
        ("SEKSI A  -  BIDANG B - DINAS C", ["DINAS C", "BIDANG B", "SEKSI A"]),
        ("PEMERINTAH KOTA MEDAN", []),
        ("Pemerintah Kota Medan", []),
        ("BAGIAN UMUM - SEKRETARIAT DAERAH", ["SEKRETARIAT DAERAH", "BAGIAN UMUM"]),
        ("PEMERINTAHAN - SEKRETARIAT DAERAH", ["SEKRETARIAT DAERAH", "PEMERINTAHAN"]),
        ("UPT PUSKESMAS KOTA-MATSUM - DINAS KESEHATAN", ["DINAS KESEHATAN", "UPT PUSKESMAS KOTA-MATSUM"]),
        (" - ", []),
    ])
    func unitPaths(text: String, expected: [String]) {
        #expect(SiasnValues.unitPath(text) == expected)
    }

    @Test(arguments: [
        ("0812-6000-1234", "081260001234"), ("+62 812 6000 1234", "+6281260001234"), ("(061) 455 1234", "0614551234"),
        ("12345", nil), ("-", nil), ("tidak ada", nil),
    ])
    func phones(text: String, expected: String?) {
        #expect(SiasnValues.phone(text) == expected)
    }

    @Test(arguments: [
        ("a@b.co", "a@b.co"), ("Budi.Santoso+asn@Medan.GO.ID", "budi.santoso+asn@medan.go.id"),
        ("nama@gmail@gmail.com", nil), ("nama@gmail", nil), ("nama@@gmail.com", nil), ("@gmail.com", nil),
        ("nama@gmail.c", nil), ("na ma@gmail.com", nil), (".nama@gmail.com", nil), ("nama..x@gmail.com", nil),
        ("nama@-gmail.com", nil), ("nama@gmail..com", nil), ("a@b.com;c@d.com", nil), ("-", nil),
    ])
    func emails(text: String, expected: String?) {
        #expect(SiasnValues.email(text) == expected)
    }

    @Test(arguments: [
        ("'123", "123"), ("  null ", nil), ("NULL", nil), ("Null", nil), ("", nil), ("   ", nil), ("'", nil),
        ("nullah", "nullah"), (" Budi ", "Budi"), ("' 19660801", "19660801"),
    ])
    func cleaning(raw: String, expected: String?) {
        #expect(SiasnValues.clean(raw) == expected)
    }
}
