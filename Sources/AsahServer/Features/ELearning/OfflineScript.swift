import Plot
import Vapor

/// The only scripts of Asah, both optional: `/static/elearning-1.js` (keeps lessons for offline
/// reading, queues "mark done" while offline and sends the queue when the connection returns) and
/// the service worker `/sw.js` (answers from the kept copies when the network fails). Pages work
/// fully without them; the CSP stays `script-src 'self'` with no inline script.
enum OfflineScript {
    static let path = SitePath.offlineScript.link()
    static let workerPath = SitePath.serviceWorker.link()
    static let cacheName = "asah-materi-1"

    /// The script names no path of its own: the tag hands it the worker's address, the files to keep
    /// beside each lesson, and where a course's progress is sent (`{course}` stands for its id).
    static var tag: Component {
        Element<Any>(name: "script") { EmptyComponent() }.attr("src", path).attr("defer", "defer")
            .attr("data-worker", workerPath)
            .attr("data-keep", [SitePath.stylesheet.link(), path].joined(separator: " "))
            .attr("data-progres", SitePath.elearningProgres.link(progressPlaceholder))
    }
    static let progressPlaceholder = "course-id"

    /// `Resources/elearning.js` and `Resources/sw.js`, compiled into the binary. They share the
    /// cache name above as a literal; `ELearningTests` checks they agree.
    static let script = String(decoding: PackageResources.elearning_js, as: UTF8.self)
    static let worker = String(decoding: PackageResources.sw_js, as: UTF8.self)

    static func serve(_ body: String, worker: Bool) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: worker ? "no-cache" : "public, max-age=86400")
        if worker { headers.replaceOrAdd(name: "Service-Worker-Allowed", value: "/") }
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
