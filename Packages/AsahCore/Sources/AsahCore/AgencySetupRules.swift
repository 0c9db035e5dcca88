import Foundation

/// What a new agency needs (the administrator's form): a short code for its addresses, its name, its
/// kind and its province (which decides its time zone), and its first manager's login name.
public enum AgencySetupRules {
    /// 2 to 40 lower-case letters, digits or dashes, starting with a letter or digit.
    public static let codePattern = "^[a-z0-9][a-z0-9-]{1,39}$"
    /// Codes a page path uses for something else (`/instansi/baru`).
    public static let reservedCodes: Set<String> = ["baru"]

    public struct Input: Sendable, Equatable {
        public var code: String
        public var name: String
        public var kind: String
        public var province: String
        public var managerUsername: String
        public var managerName: String

        public init(
            code: String = "", name: String = "", kind: String = "", province: String = "",
            managerUsername: String = "", managerName: String = ""
        ) {
            self.code = code
            self.name = name
            self.kind = kind
            self.province = province
            self.managerUsername = managerUsername
            self.managerName = managerName
        }
    }

    /// Problems by form field; empty when the agency may be created.
    public static func problems(_ i: Input) -> [String: String] {
        var out: [String: String] = [:]
        if i.code.range(of: codePattern, options: .regularExpression) == nil || reservedCodes.contains(i.code) {
            out["code"] = "Kode 2 sampai 40 huruf kecil, angka, atau tanda hubung, misalnya binjai."
        }
        let name = i.name.trimmingCharacters(in: .whitespaces)
        if name.count < 5 || name.count > 120 { out["name"] = "Isi nama instansi, misalnya Pemerintah Kota Binjai." }
        if AgencyKind(rawValue: i.kind) == nil { out["kind"] = "Pilih kota, kabupaten, atau provinsi." }
        if !IndonesianTimeZone.provinceNames.contains(i.province) { out["province"] = "Pilih provinsi." }
        if !AccountRules.isValidChosenUsername(i.managerUsername) {
            out["manager_username"] = AccountRules.chosenUsernameMessage
        }
        let manager = i.managerName.trimmingCharacters(in: .whitespaces)
        if manager.count < 3 || manager.count > 120 { out["manager_name"] = "Isi nama pengelola." }
        return out
    }
}
