/// Where a user may be sent after signing in: only a path on this site.
public enum SafeRedirect {
    /// The path when it is a same-site path ("/instansi/medan?x=1"), else nil. Refuses other hosts
    /// ("//evil", "/\\evil"), schemes, and any control character or backslash (browsers strip tabs
    /// and newlines from a Location, which would turn "/\t/evil" into "//evil").
    public static func path(_ value: String) -> String? {
        guard value.hasPrefix("/"), !value.hasPrefix("//"), value.count <= 2000 else { return nil }
        for scalar in value.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\\" { return nil }
        }
        return value
    }
}
