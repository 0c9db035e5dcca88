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

    /// A NIP on a public page (certificate check): "198503122010011001" → "1985••••••••••••01", the
    /// birth year and the last two digits, enough to tell two namesakes apart.
    public static func nip(_ value: String) -> String {
        guard value.count > 6 else { return String(repeating: "•", count: value.count) }
        return String(value.prefix(4)) + String(repeating: "•", count: value.count - 6) + value.suffix(2)
    }
}
