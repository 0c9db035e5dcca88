import Foundation

/// Continuous feedback (umpan balik berkelanjutan, Permen PANRB 6/2022 Pasal 5): a leader in the
/// employee's chain writes to them at any time; the employee and their leaders reply in the thread
/// (`docs/performance-rules.md`).

/// What a piece of feedback is.
public enum FeedbackKind: String, LabelledCode, Codable, Sendable {
    case apresiasi, saran, perhatian

    public var label: String {
        switch self {
        case .apresiasi: "Apresiasi"
        case .saran: "Saran"
        case .perhatian: "Perhatian"
        }
    }
}

/// The seven BerAKHLAK core values of ASN, in their official order.
public enum CoreValue: String, LabelledCode, Codable, Sendable {
    case berorientasiPelayanan = "berorientasi_pelayanan"
    case akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif

    public var label: String {
        switch self {
        case .berorientasiPelayanan: "Berorientasi Pelayanan"
        case .akuntabel: "Akuntabel"
        case .kompeten: "Kompeten"
        case .harmonis: "Harmonis"
        case .loyal: "Loyal"
        case .adaptif: "Adaptif"
        case .kolaboratif: "Kolaboratif"
        }
    }
}

/// A message of a feedback thread: its text, trimmed, 1 to `limit` characters.
public enum FeedbackText {
    public static let limit = 2000

    /// The trimmed text, or the message for field `field`.
    public static func check(_ text: String?, field: String = "body") -> Result<String, FieldErrors> {
        let body = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { return .failure(FieldErrors([field: "Tulis isi pesan."])) }
        if body.count > limit {
            return .failure(FieldErrors([field: "Pesan paling panjang \(limit) karakter (sekarang \(body.count))."]))
        }
        return .success(body)
    }
}

/// Feedback as a form or the API gives it, checked: errors keyed `kind`, `body`, `competency` and
/// `value`. It may be tied to one competency (its code, checked against the agency's dictionary by
/// the caller) or one BerAKHLAK value, not both.
public struct FeedbackInput: Sendable, Equatable {
    public let kind: FeedbackKind
    public let body: String
    /// The competency's code as given, upper case ("M.05"); nil when none.
    public let competencyCode: String?
    public let value: CoreValue?

    public static func make(kind: String?, body: String?, competency: String?, value: String?)
        -> Result<FeedbackInput, FieldErrors>
    {
        var errors: [String: String] = [:]
        let k = kind.flatMap(FeedbackKind.init(text:))
        if k == nil { errors["kind"] = "Pilih jenis umpan balik: apresiasi, saran atau perhatian." }
        var text: String?
        switch FeedbackText.check(body) {
        case .success(let t): text = t
        case .failure(let e): errors.merge(e.messages) { a, _ in a }
        }
        let code = (competency ?? "").trimmingCharacters(in: .whitespaces).uppercased()
        if code.count > 20 { errors["competency"] = "Kode kompetensi tidak dikenal." }
        let valueText = (value ?? "").trimmingCharacters(in: .whitespaces)
        let v = valueText.isEmpty ? nil : CoreValue(text: valueText)
        if !valueText.isEmpty, v == nil {
            errors["value"] = "Nilai BerAKHLAK tidak dikenal: pilih salah satu dari tujuh nilai."
        } else if v != nil, !code.isEmpty {
            errors["value"] = "Kaitkan dengan satu kompetensi atau satu nilai BerAKHLAK, tidak keduanya."
        }
        guard errors.isEmpty, let k, let text else { return .failure(FieldErrors(errors)) }
        return .success(
            FeedbackInput(kind: k, body: text, competencyCode: code.isEmpty ? nil : code, value: v))
    }
}
