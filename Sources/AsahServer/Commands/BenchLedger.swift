import AsahCore
import Fluent
import SQLKit
import Vapor

extension BenchData {
    /// This year's JP ledger for the benchmark agency: `count` lines spread over its employees up to
    /// today (classroom training, mentoring sessions, e-learning days, seminars). Lines go unevenly, as
    /// in a real agency: a line's employee is drawn at u⁴ of a shuffled list (u uniform), so a few
    /// learn a lot and, at 500,000 lines for 50,000 employees, about 70 % reach 20 JP.
    static func generateLedger(
        count: Int, agencyID: UUID, employeeIDs: [UUID], rng: inout SplitMix64, today: CivilDate, now: Date,
        on db: any Database, progress: (String) -> Void
    ) async throws {
        guard count > 0, !employeeIDs.isEmpty else { return }
        let kinds: [(jenis: Int, source: String, title: String, jp: ClosedRange<Int>)] = [
            (3, "activity", "Diklat Teknis Pelayanan Perizinan", 800...3000),
            (8, "activity", "Bimbingan Teknis Penyusunan Laporan Kinerja", 600...1600),
            (15, "mentoring", "Mentoring penulisan laporan", 200...200),
            (16, "course", "E-learning Dasar-dasar SPBE", 100...300),
            (9, "external", "Seminar Inovasi Pelayanan Publik", 400...400),
        ]
        var days: [String] = []  // 1 January … today
        for month in 1...today.month {
            for day in 1...CivilDate.daysIn(month: month, year: today.year)
            where month < today.month || day <= today.day {
                days.append(CivilDate(year: today.year, month: month, day: day)!.iso)
            }
        }
        let columns = [
            "id", "agency_id", "employee_id", "year", "learned_on", "source", "jenis_diklat_id", "title",
            "jp_hundredths", "created_at",
        ]
        var learners = employeeIDs
        for i in stride(from: learners.count - 1, to: 0, by: -1) { learners.swapAt(i, rng.int(i + 1)) }
        func learner(_ rng: inout SplitMix64) -> UUID {
            let u = Double(rng.next() >> 11) / Double(1 << 53)
            return learners[min(learners.count - 1, Int(Double(learners.count) * u * u * u * u))]
        }
        var rows: [[BulkInsert.Cell]] = []
        rows.reserveCapacity(5_000)
        for i in 0..<count {
            let k = kinds[rng.int(kinds.count)]
            let jp = k.jp.lowerBound + rng.int(k.jp.upperBound - k.jp.lowerBound + 1)
            rows.append([
                .id(IDs.make()), .id(agencyID), .id(learner(&rng)), .int(today.year),
                .text(days[rng.int(days.count)]), .text(k.source), .int(k.jenis), .text(k.title), .int(jp), .time(now),
            ])
            if rows.count == 5_000 || i == count - 1 {
                let batch = rows
                try await db.transaction { tx in
                    try await BulkInsert.run("learning_entries", columns: columns, rows: batch, on: tx.sql)
                }
                rows.removeAll(keepingCapacity: true)
                if (i + 1) % 100_000 == 0 || i == count - 1 { progress("ledger \(i + 1) / \(count)") }
            }
        }
    }
}
