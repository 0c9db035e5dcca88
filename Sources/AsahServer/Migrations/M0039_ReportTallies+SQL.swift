/// The statements M0039's triggers run: what one row of `employees`, `standard_items`,
/// `current_levels` or `learning_entries` adds to the report tallies (`sign` "1") or takes away ("-1").
/// Each is a SELECT of tally rows; `M0039_ReportTallies` puts them into an upsert (SQLite) or into the
/// transaction's pending rows (PostgreSQL). `row` is `NEW` or `OLD`. The same expressions, grouped,
/// recount the tallies from raw rows (`recount…`), which the migration fills them with and the tests
/// hold them equal to.
extension M0039_ReportTallies {
    /// 1 when `current` is below `required` by at least `by` levels (never for an unassessed NULL).
    static func below(_ current: String, _ required: String, by: Int = 1) -> String {
        "CASE WHEN \(required) - \(current) >= \(by) THEN 1 ELSE 0 END"
    }

    static func gapSize(_ current: String, _ required: String) -> String {
        "CASE WHEN \(current) < \(required) THEN \(required) - \(current) ELSE 0 END"
    }

    static func assessed(_ current: String) -> String { "CASE WHEN \(current) IS NULL THEN 0 ELSE 1 END" }

    static func gapCounts(_ current: String, _ required: String, sign: String, sum: Bool) -> String {
        (1...4).map {
            sum ? "\(sign) * SUM(\(below(current, required, by: $0)))" : "\(sign) * \(below(current, required, by: $0))"
        }
        .joined(separator: ", ")
    }

    // MARK: An employee row: every standard item of their position, each year, if in active service.

    static func employeeFrom(_ row: String) -> String {
        """
        FROM standard_items si
        LEFT JOIN current_levels cl ON cl.employee_id = \(row).id AND cl.competency_code = si.competency_code
        WHERE si.position_id = \(row).position_id AND \(row).employment_state = 'aktif'
        """
    }

    static func employeeGap(_ row: String, sign: String) -> String {
        """
        SELECT \(row).agency_id, si.year, COALESCE(\(row).unit_id, \(row).agency_id), si.competency_code,
               \(sign), \(sign) * si.level, \(sign) * \(assessed("cl.level")), \(sign) * COALESCE(cl.level, 0),
               \(sign) * \(below("cl.level", "si.level")), \(sign) * \(gapSize("cl.level", "si.level"))
        \(employeeFrom(row))
        """
    }

    static func employeePeople(_ row: String, sign: String) -> String {
        """
        SELECT \(row).id, si.year, \(row).agency_id, COALESCE(\(row).unit_id, \(row).agency_id),
               \(sign) * COUNT(*), \(sign) * COUNT(cl.level), \(gapCounts("cl.level", "si.level", sign: sign, sum: true))
        \(employeeFrom(row))
        GROUP BY si.year
        """
    }

    // MARK: A current level: the holder's standard items of that competency, each year.

    static func levelFrom(_ row: String) -> String {
        """
        FROM employees e
        JOIN standard_items si ON si.position_id = e.position_id AND si.competency_code = \(row).competency_code
        WHERE e.id = \(row).employee_id AND e.employment_state = 'aktif'
        """
    }

    static func levelGap(_ row: String, sign: String) -> String {
        """
        SELECT e.agency_id, si.year, COALESCE(e.unit_id, e.agency_id), si.competency_code,
               0, 0, \(sign), \(sign) * \(row).level, \(sign) * \(below("\(row).level", "si.level")),
               \(sign) * \(gapSize("\(row).level", "si.level"))
        \(levelFrom(row))
        """
    }

    static func levelPeople(_ row: String, sign: String) -> String {
        """
        SELECT e.id, si.year, e.agency_id, COALESCE(e.unit_id, e.agency_id),
               0, \(sign), \(gapCounts("\(row).level", "si.level", sign: sign, sum: false))
        \(levelFrom(row))
        """
    }

    // MARK: A standard item: every holder of the position in active service.

    static func itemFrom(_ row: String) -> String {
        """
        FROM employees e
        LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = \(row).competency_code
        WHERE e.position_id = \(row).position_id AND e.employment_state = 'aktif'
        """
    }

    static func itemGap(_ row: String, sign: String) -> String {
        """
        SELECT e.agency_id, \(row).year, COALESCE(e.unit_id, e.agency_id), \(row).competency_code,
               \(sign) * COUNT(*), \(sign) * COUNT(*) * \(row).level, \(sign) * COUNT(cl.level),
               \(sign) * COALESCE(SUM(cl.level), 0), \(sign) * SUM(\(below("cl.level", "\(row).level"))),
               \(sign) * SUM(\(gapSize("cl.level", "\(row).level")))
        \(itemFrom(row))
        GROUP BY e.agency_id, COALESCE(e.unit_id, e.agency_id)
        """
    }

    static func itemPeople(_ row: String, sign: String) -> String {
        """
        SELECT e.id, \(row).year, e.agency_id, COALESCE(e.unit_id, e.agency_id),
               \(sign), \(sign) * \(assessed("cl.level")), \(gapCounts("cl.level", "\(row).level", sign: sign, sum: false))
        \(itemFrom(row))
        """
    }

    // MARK: A ledger line: the person's total of the year, and their running total at the end of each
    // month (`r1` … `r12`: a line of month k counts in rk to r12).

    static func monthOf(_ learnedOn: String) -> String { "CAST(SUBSTR(\(learnedOn), 6, 2) AS INTEGER)" }

    static func ledgerJP(_ row: String, sign: String) -> String {
        let months = (1...12).map {
            "\(sign) * CASE WHEN \(monthOf("\(row).learned_on")) <= \($0) THEN \(row).jp_hundredths ELSE 0 END"
        }
        return "SELECT \(row).employee_id, \(row).year, \(sign) * \(row).jp_hundredths, "
            + months.joined(separator: ", ")
    }

    // MARK: Recounts from raw rows (the migration's fill; the tests' reference).

    static let recountGap = """
        SELECT e.agency_id, si.year, COALESCE(e.unit_id, e.agency_id) AS unit_key, si.competency_code,
               COUNT(*) AS employees, SUM(si.level) AS required_sum, COUNT(cl.level) AS assessed,
               COALESCE(SUM(cl.level), 0) AS current_sum, SUM(\(below("cl.level", "si.level"))) AS with_gap,
               SUM(\(gapSize("cl.level", "si.level"))) AS gap_sum
        FROM employees e
        JOIN standard_items si ON si.position_id = e.position_id
        LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
        WHERE e.employment_state = 'aktif'
        GROUP BY e.agency_id, si.year, COALESCE(e.unit_id, e.agency_id), si.competency_code
        """

    static let recountPeople = """
        SELECT e.id AS employee_id, si.year, e.agency_id, COALESCE(e.unit_id, e.agency_id) AS unit_key,
               COUNT(*) AS items, COUNT(cl.level) AS assessed,
               SUM(\(below("cl.level", "si.level"))) AS gaps, SUM(\(below("cl.level", "si.level", by: 2))) AS gaps2,
               SUM(\(below("cl.level", "si.level", by: 3))) AS gaps3, SUM(\(below("cl.level", "si.level", by: 4))) AS gaps4
        FROM employees e
        JOIN standard_items si ON si.position_id = e.position_id
        LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code
        WHERE e.employment_state = 'aktif'
        GROUP BY e.id, si.year, e.agency_id, COALESCE(e.unit_id, e.agency_id)
        """

    static let recountJP =
        "SELECT employee_id, year, SUM(jp_hundredths) AS total, "
        + (1...12).map {
            "SUM(CASE WHEN \(monthOf("learned_on")) <= \($0) THEN jp_hundredths ELSE 0 END) AS r\($0)"
        }.joined(separator: ", ")
        + " FROM learning_entries GROUP BY employee_id, year"
}
