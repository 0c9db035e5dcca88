/// The default JP conversion table: BPS's, from the attachment to Surat Sestama BPS Nomor
/// B-031/BPS/2600/02/2019 (as encoded in BPS's public "Sistem 20JP" app). Not a national rule:
/// offered as an editable default (DOMAIN §2.4). Activity names are tidied (BPS's "Soial",
/// "Datasering" typos fixed); values are unchanged.
extension JPConversionTable {
    public static let bpsDefault = JPConversionTable(rules: [
        row("A1", "Tugas Belajar", semester(20), semester(20)),
        row("A2", "Izin Belajar", semester(20), semester(20)),
        row("B1", "Pelatihan Struktural Kepemimpinan", actual(), nil),
        row("B2", "Pelatihan Manajerial", actual(), actual(uplift: 20)),
        row("B3", "Pelatihan Teknis", actual(), actual(uplift: 20)),
        row("B4", "Pelatihan Fungsional", actual(), actual(uplift: 20)),
        row("B5", "Pelatihan Sosial Kultural", actual(), actual(uplift: 20)),
        row("B6", "Seminar/Konferensi/Sarasehan", day(4), day(6)),
        row("B7", "Workshop/Lokakarya", day(5), day(7)),
        row("B8", "Kursus", actual(), actual(uplift: 20)),
        row("B9", "Penataran", actual(), actual(uplift: 20)),
        row("B10", "Bimbingan Teknis", actual(), actual(uplift: 20)),
        row("B11", "Sosialisasi", day(4), day(6)),
        row(
            "C1", "Coaching", JPRate(per: .session, jp: JP(whole: 2), maxPerMonth: 2),
            JPRate(per: .day, jp: JP(whole: 4), maxPerMonth: 2)),
        row(
            "C2", "Mentoring", JPRate(per: .session, jp: JP(whole: 2), maxPerMonth: 2),
            JPRate(per: .day, jp: JP(whole: 4), maxPerMonth: 2)),
        row("C3", "E-Learning", dayCapped(3), dayCapped(4)),
        row("C4", "Pelatihan Jarak Jauh", actual(), actual(uplift: 20)),
        row("C5", "Detasering (Secondment)", times(20), times(24)),
        row("C6", "Pembelajaran Alam Terbuka (Outbond)", actual(), actual(uplift: 20)),
        row("C7", "Patok Banding (Benchmarking)", times(10), times(20)),
        row("C8", "Pertukaran PNS dengan Swasta/BUMN/BUMD", times(20), times(24)),
        row("C9", "Belajar Mandiri (Self Development)", dayCapped(2), dayCapped(2, uplift: 20)),
        row("C10", "Komunitas Belajar/Community of Practice/Networking", dayCapped(2), dayCapped(2, uplift: 20)),
        row("C11", "Magang/Praktik Kerja", times(20), times(24)),
    ])

    private static func row(_ code: String, _ activity: String, _ domestic: JPRate?, _ international: JPRate?)
        -> JPConversionRule
    {
        JPConversionRule(code: code, activity: activity, domestic: domestic, international: international)
    }

    private static func actual(uplift: Int? = nil) -> JPRate {
        JPRate(per: .actualJP, upliftPercent: uplift)
    }

    private static func day(_ jp: Int) -> JPRate {
        JPRate(per: .day, jp: JP(whole: jp))
    }

    private static func dayCapped(_ max: Int, uplift: Int? = nil) -> JPRate {
        JPRate(per: .day, maxJP: JP(whole: max), upliftPercent: uplift)
    }

    private static func times(_ jp: Int) -> JPRate {
        JPRate(per: .time, jp: JP(whole: jp))
    }

    private static func semester(_ jp: Int) -> JPRate {
        JPRate(per: .semester, jp: JP(whole: jp))
    }
}
