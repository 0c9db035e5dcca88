/// The years Asah plans, credits and reports: standards, ledgers, activities and reports belong to a
/// year between 2000 and 2100. Anything else in a form, a query or a body is refused, never stored.
public enum WorkYear {
    public static let range = 2000...2100
    public static let message = "Tahun harus antara 2000 dan 2100."

    /// The year a text names, or nil when it is not a whole number inside `range`.
    public static func parse(_ text: String?) -> Int? {
        guard let digits = text?.trimmedWhitespace, digits.count == 4, let year = Int(digits), range.contains(year)
        else {
            return nil
        }
        return year
    }
}

extension WorkYear {
    /// A form's date field: the day it names, or nil with the field's error set — `missing` when it is
    /// empty or not a day, the year rule when it lies before 2000 or after 2100 (a session in 1900 or
    /// 9999 would credit a year nobody reports on).
    public static func date(
        _ text: String, field: String, missing: String, into errors: inout [String: String]
    ) -> CivilDate? {
        guard let date = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            errors[field] = missing
            return nil
        }
        guard range.contains(date.year) else {
            errors[field] = message
            return nil
        }
        return date
    }
}
