/// The years Asah plans, credits and reports: standards, ledgers, activities and reports belong to a
/// year between 2000 and 2100. Anything else in a form, a query or a body is refused, never stored.
public enum WorkYear {
    public static let range = 2000...2100
    public static let message = "Tahun harus antara 2000 dan 2100."

    /// The year a text names, or nil when it is not a whole number inside `range`.
    public static func parse(_ text: String?) -> Int? {
        guard let digits = text?.trimmedWhitespace, digits.count == 4, let year = Int(digits), range.contains(year) else {
            return nil
        }
        return year
    }
}
