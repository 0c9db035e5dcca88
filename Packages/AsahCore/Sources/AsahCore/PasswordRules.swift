import Foundation

/// What a password must be: at least 10 characters, not the person's NIP or login name, and not one
/// of the 10,000 most common passwords (`Resources/common-passwords.txt`, from zxcvbn's ranked list;
/// `scripts/gen-common-passwords.py` writes it). Compared without case and surrounding spaces.
public enum PasswordRules {
    public static let minimumLength = 10

    public enum Problem: Equatable, Sendable {
        case tooShort
        case isIdentity
        case tooCommon
        case mismatch

        /// The sentence shown beside the field.
        public var message: String {
            switch self {
            case .tooShort: return "Kata sandi paling sedikit \(PasswordRules.minimumLength) karakter."
            case .isIdentity: return "Kata sandi tidak boleh sama dengan NIP atau nama pengguna."
            case .tooCommon: return "Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain."
            case .mismatch: return "Kedua isian kata sandi tidak sama."
            }
        }
    }

    /// The first problem with `password`, or nil when it may be used. `identities` are the login name
    /// and the NIP (digits only or grouped, both refused).
    public static func problem(_ password: String, confirmation: String? = nil, identities: [String]) -> Problem? {
        if let confirmation, confirmation != password { return .mismatch }
        guard password.count >= minimumLength else { return .tooShort }
        let folded = fold(password)
        // A NIP written with spaces, dots or dashes is still the NIP.
        let digits = password.filter(\.isNumber)
        let onlyDigits = password.allSatisfy { $0.isNumber || " .-".contains($0) }
        for identity in identities where !identity.isEmpty {
            if folded == fold(identity) || (onlyDigits && digits == identity.filter(\.isNumber)) {
                return .isIdentity
            }
        }
        if common.contains(folded) { return .tooCommon }
        return nil
    }

    /// The ranked list, most common first.
    public static let commonList: [String] = String(decoding: PackageResources.common_passwords_txt, as: UTF8.self)
        .split(separator: "\n").map(String.init)
    static let common = Set(commonList)

    static func fold(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).lowercased().filter { !$0.isWhitespace }
    }
}
