/// Personal data shown to people who are not the agency's managers (UU 27/2022 PDP).
public enum Masking {
    /// "budi.santoso@medan.go.id" → "b•••@medan.go.id"
    public static func email(_ value: String?) -> String {
        guard let value, let at = value.firstIndex(of: "@") else { return "-" }
        return String(value[..<at].prefix(1)) + "•••" + value[at...]
    }

    /// "081234567890" → "•••••••••890"
    public static func phone(_ value: String?) -> String {
        guard let value else { return "-" }
        guard value.count > 4 else { return "••••" }
        return String(repeating: "•", count: value.count - 3) + value.suffix(3)
    }
}
