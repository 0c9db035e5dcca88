import Foundation

/// What a person types into the employee form, and the rules that check it.
public struct EmployeeInput: Sendable, Equatable {
    public var nip: String
    public var gelarDepan: String
    public var name: String
    public var gelarBelakang: String
    public var status: String
    public var golongan: String
    public var gender: String
    public var birthDate: String
    public var email: String
    public var phone: String

    public init(
        nip: String = "", gelarDepan: String = "", name: String = "", gelarBelakang: String = "", status: String = "",
        golongan: String = "", gender: String = "", birthDate: String = "", email: String = "", phone: String = ""
    ) {
        self.nip = nip
        self.gelarDepan = gelarDepan
        self.name = name
        self.gelarBelakang = gelarBelakang
        self.status = status
        self.golongan = golongan
        self.gender = gender
        self.birthDate = birthDate
        self.email = email
        self.phone = phone
    }
}

/// A checked employee form: clean values or a message per field name.
public struct ValidatedEmployee: Sendable, Equatable {
    public let nip: NIP
    public let gelarDepan: String?
    public let name: String
    public let gelarBelakang: String?
    public let status: EmployeeStatus
    public let golongan: Golongan?
    public let gender: Gender
    public let birthDate: CivilDate
    public let email: String?
    public let phone: String?
}

/// The outcome of checking an employee form.
public enum EmployeeValidation: Sendable, Equatable {
    case valid(ValidatedEmployee)
    /// A message per form field name.
    case invalid([String: String])
}

public enum EmployeeInputRules {
    public static func validate(_ input: EmployeeInput) -> EmployeeValidation {
        var errors: [String: String] = [:]
        func clean(_ s: String) -> String? {
            let t = s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return t.isEmpty ? nil : t
        }
        let status = EmployeeStatus(rawValue: input.status)
        if status == nil { errors["status"] = "Pilih status kepegawaian." }
        var nip: NIP?
        switch NIP.parse(input.nip, status: status ?? .pns) {
        case .success(let value): nip = value
        case .failure(let error): errors["nip"] = error.message
        }
        let name = clean(input.name)
        if name == nil { errors["name"] = "Nama wajib diisi." }
        let gender = Gender(rawValue: input.gender)
        if gender == nil {
            errors["gender"] = "Pilih jenis kelamin."
        } else if let nip, let gender, nip.gender != gender {
            errors["gender"] = "Jenis kelamin tidak sesuai dengan digit ke-15 NIP."
        }
        let birth = CivilDate(iso: input.birthDate.trimmingCharacters(in: .whitespaces))
        if birth == nil {
            errors["birth_date"] = "Tanggal lahir tidak valid."
        } else if let nip, let birth, nip.birthDate != birth {
            errors["birth_date"] = "Tanggal lahir tidak sesuai dengan 8 digit pertama NIP."
        }
        var golongan: Golongan?
        if let g = clean(input.golongan), let status {
            golongan = GolonganTable.named(g, status: status)
            if golongan == nil {
                errors["golongan"] =
                    status == .pppk ? "Golongan PPPK harus I sampai XVII." : "Golongan harus I/a sampai IV/e."
            }
        }
        let email = clean(input.email)
        if let email, email.range(of: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", options: .regularExpression) == nil {
            errors["email"] = "Alamat surel tidak valid."
        }
        let phone = clean(input.phone).map {
            $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "")
        }
        if let phone, phone.range(of: "^\\+?[0-9]{8,15}$", options: .regularExpression) == nil {
            errors["phone"] = "Nomor telepon hanya angka, 8 sampai 15 digit."
        }
        guard errors.isEmpty, let nip, let name, let status, let gender, let birth else { return .invalid(errors) }
        return .valid(
            ValidatedEmployee(
                nip: nip, gelarDepan: clean(input.gelarDepan), name: name, gelarBelakang: clean(input.gelarBelakang),
                status: status, golongan: golongan, gender: gender, birthDate: birth, email: email, phone: phone))
    }
}
