/// Rules of the unit and position forms.
public enum UnitRules {
    /// Messages by field for a unit named `name` placed under `parentPath` (nil: top level).
    /// `ownPath` is the unit's own path when it is being edited; `siblingNames` are the names of the
    /// other units under the same parent.
    public static func validate(name: String, parentPath: String?, ownPath: String?, siblingNames: [String]) -> [String:
        String]
    {
        var errors: [String: String] = [:]
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            errors["name"] = "Nama unit kerja wajib diisi."
        } else if trimmed.count > 200 {
            errors["name"] = "Nama unit kerja paling panjang 200 karakter."
        } else if siblingNames.contains(where: { $0.lowercased() == trimmed.lowercased() }) {
            errors["name"] = "Sudah ada unit dengan nama ini di bawah induk yang sama."
        }
        if let ownPath, let parentPath, parentPath.hasPrefix(ownPath) {
            errors["parent_id"] = "Induk unit tidak boleh unit ini sendiri atau sub-unitnya."
        }
        return errors
    }
}

public enum PositionRules {
    public static func validate(name: String, kind: String?, jenjang: String?)
        -> Result<(name: String, kind: PositionKind, jenjang: FungsionalJenjang?), FieldErrors>
    {
        var errors: [String: String] = [:]
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { errors["name"] = "Nama jabatan wajib diisi." }
        let kind = kind.flatMap(PositionKind.init(rawValue:))
        if kind == nil { errors["kind"] = "Pilih jenis jabatan." }
        let level = jenjang.flatMap { $0.isEmpty ? nil : FungsionalJenjang(rawValue: $0) }
        if kind == .fungsional && level == nil { errors["jenjang"] = "Jabatan fungsional wajib memiliki jenjang." }
        if let kind, kind != .fungsional, level != nil { errors["jenjang"] = "Jenjang hanya untuk jabatan fungsional." }
        guard errors.isEmpty, let kind else { return .failure(FieldErrors(errors)) }
        return .success((trimmed, kind, level))
    }
}
