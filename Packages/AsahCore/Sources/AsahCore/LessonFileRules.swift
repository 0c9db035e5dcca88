import Foundation

/// A file a manager uploads as a lesson to download: the formats trainers hand out (PDF, office
/// documents and slides, images, a zip of several) up to 20 MB, which even a slow district line
/// downloads in a few minutes. Errors are keyed by the form field, `berkas`.
public enum LessonFileRules {
    public static let maxBytes = 20 * 1024 * 1024

    static let types: [String: String] = [
        "pdf": "application/pdf",
        "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls": "application/vnd.ms-excel",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt": "application/vnd.ms-powerpoint",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "odp": "application/vnd.oasis.opendocument.presentation",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
        "zip": "application/zip",
    ]

    /// The content type to serve the file with, or why it is refused.
    public static func check(filename: String, size: Int) -> Result<String, FieldErrors> {
        let name = filename.trimmingCharacters(in: .whitespaces)
        let ext = name.contains(".") ? name.split(separator: ".").last.map { String($0).lowercased() } ?? "" : ""
        guard let type = types[ext] else {
            return .failure(
                FieldErrors([
                    "berkas": "Berkas materi harus PDF, Word, Excel, PowerPoint, OpenDocument, JPG, PNG atau ZIP."
                ]))
        }
        guard size > 0 else { return .failure(FieldErrors(["berkas": "Berkas materi kosong."])) }
        guard size <= maxBytes else { return .failure(FieldErrors(["berkas": "Berkas materi paling besar 20 MB."])) }
        guard name.count <= 200 else {
            return .failure(FieldErrors(["berkas": "Nama berkas paling panjang 200 karakter."]))
        }
        return .success(type)
    }

    /// A name safe in a Content-Disposition header: letters, digits and `._-` kept, the rest dropped.
    public static func downloadName(_ filename: String) -> String {
        let kept = String(filename.filter { ($0.isLetter || $0.isNumber || "._-".contains($0)) && $0.isASCII })
        return kept.isEmpty ? "materi" : kept
    }
}
