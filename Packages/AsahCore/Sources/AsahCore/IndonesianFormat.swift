import Foundation

/// Indonesian display formats, independent of the server's locale:
/// "23 November 2026", "1.234.567", "1.234,5", "Rp 1.250.000".
public enum IndonesianFormat {
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// Month name for 1…12; other numbers come back as digits.
    public static func month(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : String(month)
    }

    public static func date(_ d: CivilDate) -> String {
        "\(d.day) \(month(d.month)) \(d.year)"
    }

    /// Thousands grouped with dots: 1234567 → "1.234.567", -1500 → "-1.500".
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + group(digits)
    }

    /// Dot for thousands, comma for decimals, rounded half away from zero:
    /// decimal(1234.5, fractionDigits: 1) → "1.234,5".
    public static func decimal(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return String(value) }
        let places = max(0, min(fractionDigits, 9))
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let units = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = group(String(units / divisor))
        var text = whole
        if places > 0 {
            let fraction = String(units % divisor)
            text += "," + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// A file size as people read it: "850 B", "12 KB", "1,5 MB" (1 KB = 1.024 B).
    public static func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        return decimal(Double(bytes) / 1_048_576, fractionDigits: 1) + " MB"
    }

    /// "Rp 1.250.000"; negative amounts as "-Rp 1.250.000".
    public static func rupiah(_ amount: Int) -> String {
        (amount < 0 ? "-" : "") + "Rp " + group(String(amount.magnitude))
    }

    private static func group(_ digits: String) -> String {
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return out
    }
}
