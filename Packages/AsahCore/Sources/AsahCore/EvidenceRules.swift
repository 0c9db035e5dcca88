/// Which files may be attached to an assessment as evidence.
public enum EvidenceRules {
    public static let maxBytes = 5 * 1024 * 1024
    public static let types: [String: String] = [
        "pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
    ]

    /// The content type to store, or a message saying why the file is refused.
    public static func check(filename: String, size: Int) -> Result<String, FieldErrors> {
        let ext = filename.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        guard let type = types[ext] else {
            return .failure(FieldErrors(["evidence_file": "Berkas bukti harus PDF, JPG atau PNG."]))
        }
        guard size <= maxBytes else {
            return .failure(FieldErrors(["evidence_file": "Berkas bukti paling besar 5 MB."]))
        }
        return .success(type)
    }
}
