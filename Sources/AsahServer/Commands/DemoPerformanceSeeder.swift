import AsahCore
import Fluent
import Foundation
import SQLKit

/// Performance in the demo: three years of annual ratings and this year's finished quarters for every
/// employee in active service (mostly Baik, some Sangat Baik, a few below expectation, so the 9-box
/// and the predikat spread look like an agency's), and the head of office's feedback threads with the
/// demo employee, the newest unread.
enum DemoPerformanceSeeder {
    static func seed(code: String, today: CivilDate, on db: any Database) async throws {
        guard let head = try await User.query(on: db).filter(\.$username == "kepala.\(code)").first(),
            let staff = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first(),
            let agencyID = head.agencyID, let headID = head.id, let staffUserID = staff.id,
            let staffID = staff.employeeID
        else { return }
        try await ratings(agencyID: agencyID, headUserID: headID, today: today, on: db)
        try await feedback(to: staffID, head: headID, staff: staffUserID, today: today, on: db)
    }

    /// (hasil kerja, perilaku kerja) drawn by a person's place in a fixed cycle of 40: 6 Sangat Baik,
    /// 28 Baik, 4 Butuh Perbaikan, 1 Kurang/Misconduct, 1 Sangat Kurang.
    static func pair(_ n: Int) -> (PerformanceRating, PerformanceRating) {
        switch n % 40 {
        case 0..<6: (.diAtasEkspektasi, .diAtasEkspektasi)
        case 6..<30: (.sesuaiEkspektasi, .sesuaiEkspektasi)
        case 30..<34: (.diAtasEkspektasi, .sesuaiEkspektasi)
        case 34..<38: (.diBawahEkspektasi, .sesuaiEkspektasi)
        case 38: (.sesuaiEkspektasi, .diBawahEkspektasi)
        default: (.diBawahEkspektasi, .diBawahEkspektasi)
        }
    }

    static func ratings(agencyID: UUID, headUserID: UUID, today: CivilDate, on db: any Database) async throws {
        struct Row: Decodable { var id: UUID }
        let people = try await db.sql.raw(
            """
            SELECT id FROM employees WHERE agency_id = \(bind: agencyID) AND employment_state = 'aktif'
            ORDER BY nip
            """
        ).rows(Row.self).map(\.id)
        let quartersDone = (today.month - 1) / 3
        var rows: [(employeeID: UUID, input: PerformanceRatingInput)] = []
        for (i, id) in people.enumerated() {
            // Each person's own steady pattern, moving one step in the cycle per year.
            let base = (i * 17) % 40
            // This year's annual rating too, so the 9-box of this year (the year of the standards) is filled.
            for (year, period, step) in [
                (today.year - 2, PerformancePeriod.annual, 0), (today.year - 1, .annual, 1), (today.year, .annual, 6),
            ] + (0..<quartersDone).map({ (today.year, PerformancePeriod.allCases[$0], 2 + $0) }) {
                let (h, b) = pair(base + step * 7)
                rows.append((id, PerformanceRatingInput(year: year, period: period, hasilKerja: h, perilakuKerja: b)))
            }
        }
        try await PerformanceService.upsert(rows, source: .asah, userID: headUserID, now: WriteTime.now, on: db.sql)
    }

    static func feedback(to staffID: UUID, head: UUID, staff: UUID, today: CivilDate, on db: any Database) async throws
    {
        /// 09:00 WIB of a day `daysAgo` before today.
        func at(_ daysAgo: Int, _ minutes: Int = 0) -> Date {
            Date(
                timeIntervalSince1970: Double(today.addingDays(-daysAgo).dayNumber) * 86_400 + 7_200 + Double(minutes)
                    * 60)
        }
        let threads: [(Int, FeedbackKind, String?, CoreValue?, String, [(UUID, Bool, String)])] = [
            (
                40, .apresiasi, "M.05", nil,
                "Terima kasih sudah melayani pemohon izin trayek dengan sabar minggu ini. Penjelasan Anda tentang syarat berkas sangat jelas.",
                [
                    (
                        staff, false,
                        "Terima kasih atas masukannya. Saya juga sudah menyiapkan daftar periksa berkas untuk loket."
                    )
                ]
            ),
            (
                12, .saran, nil, .kolaboratif,
                "Untuk laporan triwulan berikutnya, ajak rekan di bidang angkutan sejak awal supaya datanya tidak terlambat.",
                [
                    (staff, false, "Siap, saya jadwalkan rapat kecil hari Senin."),
                    (head, true, "Bagus. Kirimkan ringkasan hasil rapatnya kepada saya."),
                ]
            ),
            (
                2, .saran, "M.03", nil,
                "Paparan Anda di rapat koordinasi sudah baik. Coba mulai dengan kesimpulan, baru rincian angkanya.",
                []
            ),
        ]
        for (daysAgo, kind, code, value, body, replies) in threads {
            let id = UUID()
            let unread = replies.isEmpty
            try await db.sql.raw(
                """
                INSERT INTO feedback (id, employee_id, author_id, kind, competency_code, core_value, body, created_at, read_at)
                VALUES (\(bind: id), \(bind: staffID), \(bind: head), \(bind: kind.rawValue), \(bind: code),
                        \(bind: value?.rawValue), \(bind: body), \(bind: at(daysAgo)), \(bind: unread ? nil : at(daysAgo, 30)))
                """
            ).run()
            for (n, (author, forEmployee, text)) in replies.enumerated() {
                let when = at(daysAgo - n - 1 < 0 ? 0 : daysAgo - n - 1, 60)
                try await db.sql.raw(
                    """
                    INSERT INTO feedback_replies (id, feedback_id, author_id, for_employee, body, created_at, read_at)
                    VALUES (\(bind: UUID()), \(bind: id), \(bind: author), \(bind: forEmployee), \(bind: text),
                            \(bind: when), \(bind: when.addingTimeInterval(3_600)))
                    """
                ).run()
            }
        }
    }
}
