import Foundation

/// The kinds of lesson: Markdown text, a video link, or a file to download.
public enum LessonKind: String, CaseIterable, Codable, Sendable {
    case text, video, file

    public var label: String {
        switch self {
        case .text: return "Bacaan"
        case .video: return "Video"
        case .file: return "Berkas unduhan"
        }
    }
}

/// Course, module and lesson forms as typed; `CourseInputRules` checks them. Errors are keyed by
/// form field and say in Bahasa Indonesia what to fix.
public struct CourseInput: Sendable, Equatable {
    public var title = ""
    public var summary = ""
    public var published = false
    public init() {}
}

public struct ModuleInput: Sendable, Equatable {
    public var title = ""
    public var position = ""
    public var quizText = ""
    public var passingScore = ""
    public var maxAttempts = ""
    public init() {}
}

public struct ValidModule: Sendable, Equatable {
    public let title: String
    public let position: Int
    /// Empty when the module has no quiz.
    public let questions: [QuizQuestion]
    public let policy: QuizPolicy?
}

public struct LessonInput: Sendable, Equatable {
    public var title = ""
    public var kind = LessonKind.text.rawValue
    public var body = ""
    public var url = ""
    public var minutes = ""
    public var position = ""
    /// A file lesson may have an uploaded file (new, or stored already) instead of a link.
    public var hasFile = false
    public init() {}
}

public struct ValidLesson: Sendable, Equatable {
    public let title: String
    public let kind: LessonKind
    public let body: String
    public let url: String?
    public let minutes: Int
    public let position: Int
}

public enum CourseInputRules {
    public static let maxTitle = 200
    public static let maxSummary = 2_000
    /// Keeps a lesson page, with its frame, under 50 KB.
    public static let maxBody = 30_000
    public static let maxMinutes = 600

    public static func validate(_ i: CourseInput) -> Result<CourseInput, FieldErrors> {
        var e: [String: String] = [:]
        var out = i
        out.title = i.title.trimmingCharacters(in: .whitespacesAndNewlines)
        out.summary = i.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if out.title.isEmpty { e["title"] = "Judul kursus wajib diisi." }
        if out.title.count > maxTitle { e["title"] = "Judul kursus paling panjang \(maxTitle) karakter." }
        if out.summary.count > maxSummary { e["summary"] = "Ringkasan paling panjang \(maxSummary) karakter." }
        return e.isEmpty ? .success(out) : .failure(FieldErrors(e))
    }

    public static func validate(_ i: ModuleInput, defaultPosition: Int) -> Result<ValidModule, FieldErrors> {
        var e: [String: String] = [:]
        let title = i.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { e["title"] = "Judul modul wajib diisi." }
        if title.count > maxTitle { e["title"] = "Judul modul paling panjang \(maxTitle) karakter." }
        let position = position(i.position, defaultPosition, &e)
        var questions: [QuizQuestion] = []
        var policy: QuizPolicy?
        if !i.quizText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            switch QuizText.parse(i.quizText) {
            case .success(let q): questions = q
            case .failure(let issues): e["quiz"] = issues.messages.joined(separator: " ")
            }
            let attemptsText = i.maxAttempts.trimmingCharacters(in: .whitespaces)
            switch QuizPolicy.make(
                passingScore: Int(i.passingScore.trimmingCharacters(in: .whitespaces)),
                maxAttempts: attemptsText.isEmpty ? nil : (Int(attemptsText) ?? 0))
            {
            case .success(let p): policy = p
            case .failure(let x): e.merge(x.messages) { a, _ in a }
            }
        }
        guard e.isEmpty else { return .failure(FieldErrors(e)) }
        return .success(ValidModule(title: title, position: position, questions: questions, policy: policy))
    }

    public static func validate(_ i: LessonInput, defaultPosition: Int) -> Result<ValidLesson, FieldErrors> {
        var e: [String: String] = [:]
        let title = i.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { e["title"] = "Judul materi wajib diisi." }
        if title.count > maxTitle { e["title"] = "Judul materi paling panjang \(maxTitle) karakter." }
        let kind = LessonKind(rawValue: i.kind)
        if kind == nil { e["kind"] = "Pilih jenis materi: bacaan, video atau berkas unduhan." }
        let body = i.body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if body.utf8.count > maxBody {
            e["body"] = "Isi materi paling banyak \(maxBody / 1000) KB; bagi menjadi beberapa materi."
        }
        if kind == .text && body.isEmpty { e["body"] = "Isi bacaan wajib diisi." }
        let url = i.url.trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .video || (kind == .file && !(i.hasFile && url.isEmpty)) {
            if url.isEmpty {
                e["url"] = kind == .video ? "Tautan video wajib diisi." : "Unggah berkas materi atau isi tautannya."
            } else if !SafeHTML.isSafeURL(url)
                || !(url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://")
                    || SafeRedirect.path(url) != nil)
            {
                e["url"] = "Tautan harus diawali https:// atau http://."
            }
        }
        let minutes = Int(i.minutes.trimmingCharacters(in: .whitespaces))
        if minutes.map({ !(1...maxMinutes).contains($0) }) ?? true {
            e["minutes"] = "Isi perkiraan lama belajar 1 sampai \(maxMinutes) menit."
        }
        let position = position(i.position, defaultPosition, &e)
        guard e.isEmpty, let kind, let minutes else { return .failure(FieldErrors(e)) }
        return .success(
            ValidLesson(
                // A text lesson links nowhere (a link left from an earlier kind is dropped).
                title: title, kind: kind, body: body, url: url.isEmpty || kind == .text ? nil : url, minutes: minutes,
                position: position
            ))
    }

    private static func position(_ text: String, _ fallback: Int, _ e: inout [String: String]) -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return fallback }
        guard let n = Int(t), (1...999).contains(n) else {
            e["position"] = "Isi urutan 1 sampai 999."
            return fallback
        }
        return n
    }
}
