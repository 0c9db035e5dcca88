import AsahCore
import SQLKit

/// `ServiceYear` (the partial-year rule of the JP minimum) as SQL over an `employees e` row, so the
/// compliance figures stay one aggregation. `ServiceYearSQLTests` holds it equal to the Swift rule on
/// both databases. ISO dates compare as text.
enum ServiceYearSQL {
    /// In Y's rate: in active service, or left after Y ended.
    static func inService(year: Int) -> SQLQueryString {
        """
        (e.employment_state = 'aktif' OR (e.employment_since IS NOT NULL AND e.employment_since > \(bind: "\(year)-12-31")))
        """
    }

    /// The first day of Y in service: the later of 1 January, the TMT month in a PNS's NIP and, when
    /// active, the day active service began again.
    static func start(year: Int) -> SQLQueryString {
        let first = "\(year)-01-01"
        let tmt: SQLQueryString = """
            CASE WHEN e.status IN ('pns', 'cpns') THEN SUBSTR(e.nip, 9, 4) || '-' || SUBSTR(e.nip, 13, 2) || '-01' END
            """
        let afterTMT: SQLQueryString = """
            CASE WHEN \(tmt) > \(bind: first) THEN \(tmt) ELSE \(bind: first) END
            """
        return """
            CASE WHEN e.employment_state = 'aktif' AND e.employment_since > \(afterTMT)
                 THEN e.employment_since ELSE \(afterTMT) END
            """
    }

    /// Whole months of Y in service, 0–12.
    static func months(year: Int) -> SQLQueryString {
        let s = start(year: year)
        return """
            CASE WHEN \(s) > \(bind: "\(year)-12-31") THEN 0
                 ELSE 13 - CAST(SUBSTR(\(s), 6, 2) AS INTEGER) - CASE WHEN SUBSTR(\(s), 9, 2) <> '01' THEN 1 ELSE 0 END
            END
            """
    }

    /// The minimum in hundredths for a `months` column: the minimum for 12, else rounded up to whole JP.
    static func minimum(_ minimum: JP, months column: SQLQueryString) -> SQLQueryString {
        """
        CASE WHEN \(column) >= 12 THEN \(bind: minimum.hundredths)
             ELSE ((\(bind: minimum.hundredths) * \(column) + 1199) / 1200) * 100 END
        """
    }
}
