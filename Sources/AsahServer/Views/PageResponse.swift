import Plot
import Vapor

extension HTML {
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

extension Request {
    /// The page frame for this request.
    func chrome(_ title: String, flash: String? = nil) -> PageChrome {
        PageChrome(
            title: title, user: signedIn, csrf: csrfToken, isDemo: application.appConfig.isDemo,
            flash: flash ?? query[String.self, at: "pesan"].flatMap(FlashMessage.text), inbox: inboxBadge)
    }
}

/// Short confirmations carried in a redirect's query (`?pesan=…`), mapped to fixed texts.
enum FlashMessage: String {
    case saved = "tersimpan"
    case created = "dibuat"
    case activated = "aktif"

    static func text(_ key: String) -> String? {
        switch FlashMessage(rawValue: key) {
        case .saved: return "Perubahan tersimpan."
        case .created: return "Data baru tersimpan."
        case .activated: return "Akun Anda sudah aktif. Selamat datang di Asah."
        case nil: return nil
        }
    }
}
