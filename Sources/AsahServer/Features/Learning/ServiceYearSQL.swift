import AsahCore
import SQLKit

/// `ServiceYear` (the partial-year rule of the JP minimum) as SQL over an `employees e` row, so the
/// compliance figures stay one aggregation. `EmploymentTests.testTheRateQueryAppliesTheSameRuleAsTheCore`
/// holds it equal to the Swift rule on both databases. ISO dates compare as text.
enum ServiceYearSQL {
    /// In Y's rate: in active service, or left after Y ended.
    static func inService(year: Int) -> SQLQueryString {
        """
        (e.employment_state = 'aktif' OR (e.employment_since IS NOT NULL AND e.employment_since > \(bind: "\(year)-12-31")))
        """
    }

    /// Whole months of Y in service, 0–12: the months from the later of 1 January, the TMT month in a
    /// PNS's NIP and, when active, the day active service began again (a month begun after its first
    /// day does not count). Months only fall as the start moves later, so this is the fewer of the
    /// months counted from each: simple integer arithmetic per row, which keeps the compliance pass over
    /// 50,000 people several times cheaper than building and comparing dates.
    static func months(year: Int) -> SQLQueryString {
        let tmt: SQLQueryString = "CASE WHEN e.status IN ('pns', 'cpns') THEN CAST(SUBSTR(e.nip, 9, 6) AS INTEGER) END"
        let byTMT: SQLQueryString = """
            CASE WHEN \(tmt) > \(bind: year * 100 + 12) THEN 0
                 WHEN \(tmt) > \(bind: year * 100 + 1) THEN \(bind: year * 100 + 13) - \(tmt) ELSE 12 END
            """
        let since: SQLQueryString = "CASE WHEN e.employment_state = 'aktif' THEN e.employment_since END"
        let byActive: SQLQueryString = """
            CASE WHEN \(since) > \(bind: "\(year)-12-31") THEN 0
                 WHEN \(since) > \(bind: "\(year)-01-01")
                 THEN 13 - CAST(SUBSTR(\(since), 6, 2) AS INTEGER) - CASE WHEN SUBSTR(\(since), 9, 2) <> '01' THEN 1 ELSE 0 END
                 ELSE 12 END
            """
        return "CASE WHEN \(byTMT) < \(byActive) THEN \(byTMT) ELSE \(byActive) END"
    }

    /// The minimum in hundredths for a `months` column: the minimum for 12, else rounded up to whole JP.
    static func minimum(_ minimum: JP, months column: SQLQueryString) -> SQLQueryString {
        """
        CASE WHEN \(column) >= 12 THEN \(bind: minimum.hundredths)
             ELSE ((\(bind: minimum.hundredths) * \(column) + 1199) / 1200) * 100 END
        """
    }
}
