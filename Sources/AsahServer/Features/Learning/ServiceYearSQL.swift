import AsahCore
import SQLKit

/// `ServiceYear` (the partial-year rule of the JP minimum) as SQL over an employee row, so the
/// compliance figures stay one aggregation, and the JP unit tallies' triggers (`M0040_JPUnitTallies`)
/// apply the same rule to `NEW`/`OLD` rows and a year column. `EmploymentTests
/// .testTheRateQueryAppliesTheSameRuleAsTheCore` holds it equal to the Swift rule on both databases.
/// ISO dates compare as text. Only integers are written into the text, never a value from outside.
enum ServiceYearSQL {
    /// The year the rule is applied to: a number, or a column (its first and last days built in SQL).
    struct Year {
        var number: String
        var firstDay: String
        var lastDay: String

        static func literal(_ year: Int) -> Year {
            Year(number: "\(year)", firstDay: "'\(year)-01-01'", lastDay: "'\(year)-12-31'")
        }

        static func column(_ name: String) -> Year {
            Year(number: name, firstDay: "(\(name) || '-01-01')", lastDay: "(\(name) || '-12-31')")
        }
    }

    /// In Y's rate: in active service, or left after Y ended.
    static func inService(_ year: Year, row r: String = "e") -> String {
        "(\(r).employment_state = 'aktif' OR (\(r).employment_since IS NOT NULL AND \(r).employment_since > \(year.lastDay)))"
    }

    /// Whole months of Y in service, 0–12: the months from the later of 1 January, the TMT month in a
    /// PNS's NIP and, when active, the day active service began again (a month begun after its first
    /// day does not count). Months only fall as the start moves later, so this is the fewer of the
    /// months counted from each: simple integer arithmetic per row, which keeps the compliance pass over
    /// 50,000 people several times cheaper than building and comparing dates.
    static func months(_ year: Year, row r: String = "e") -> String {
        let y = year.number
        let tmt = "CASE WHEN \(r).status IN ('pns', 'cpns') THEN CAST(SUBSTR(\(r).nip, 9, 6) AS INTEGER) END"
        let byTMT = """
            CASE WHEN \(tmt) > \(y) * 100 + 12 THEN 0
                 WHEN \(tmt) > \(y) * 100 + 1 THEN \(y) * 100 + 13 - \(tmt) ELSE 12 END
            """
        let since = "CASE WHEN \(r).employment_state = 'aktif' THEN \(r).employment_since END"
        let byActive = """
            CASE WHEN \(since) > \(year.lastDay) THEN 0
                 WHEN \(since) > \(year.firstDay)
                 THEN 13 - CAST(SUBSTR(\(since), 6, 2) AS INTEGER) - CASE WHEN SUBSTR(\(since), 9, 2) <> '01' THEN 1 ELSE 0 END
                 ELSE 12 END
            """
        return "CASE WHEN \(byTMT) < \(byActive) THEN \(byTMT) ELSE \(byActive) END"
    }

    /// The minimum in hundredths for a `months` column: the minimum for 12, else rounded up to whole JP.
    /// `minimum` is SQL: a number, or the column the tallies keep it in.
    static func minimum(_ minimum: String, months column: String) -> String {
        """
        CASE WHEN \(column) >= 12 THEN \(minimum)
             ELSE ((\(minimum) * \(column) + 1199) / 1200) * 100 END
        """
    }

    static func inService(year: Int) -> SQLQueryString { SQLQueryString(inService(.literal(year))) }
    static func months(year: Int) -> SQLQueryString { SQLQueryString(months(.literal(year))) }
    static func minimum(_ minimum: JP, months column: String) -> SQLQueryString {
        SQLQueryString(self.minimum("\(minimum.hundredths)", months: column))
    }
}
