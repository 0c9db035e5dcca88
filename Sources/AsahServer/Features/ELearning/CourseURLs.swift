import Foundation

/// Typed URLs of e-learning pages.
extension SiteURL {
    static func courses(_ code: String) -> String { "/instansi/\(code)/elearning" }
    static func newCourse(_ code: String) -> String { "/instansi/\(code)/elearning/baru" }
    static func course(_ id: UUID) -> String { "/elearning/\(id.uuidString)" }
    static func editCourse(_ id: UUID) -> String { course(id) + "/ubah" }
    static func courseLearners(_ id: UUID) -> String { course(id) + "/peserta" }
    static func courseProgress(_ id: UUID) -> String { course(id) + "/progres" }
    static func newModule(_ id: UUID) -> String { course(id) + "/modul/baru" }
    static func editModule(_ id: UUID, _ module: UUID) -> String { course(id) + "/modul/\(module.uuidString)/ubah" }
    static func moduleQuiz(_ id: UUID, _ module: UUID) -> String { course(id) + "/modul/\(module.uuidString)/kuis" }
    static func newLesson(_ id: UUID, _ module: UUID) -> String {
        course(id) + "/modul/\(module.uuidString)/materi/baru"
    }
    static func lesson(_ id: UUID, _ lesson: UUID) -> String { course(id) + "/materi/\(lesson.uuidString)" }
    static func editLesson(_ id: UUID, _ lessonID: UUID) -> String { lesson(id, lessonID) + "/ubah" }
    static func deleteLesson(_ id: UUID, _ lessonID: UUID) -> String { lesson(id, lessonID) + "/hapus" }
    static func deleteModule(_ id: UUID, _ module: UUID) -> String { course(id) + "/modul/\(module.uuidString)/hapus" }
    static func lessonFile(_ id: UUID, _ lessonID: UUID) -> String { lesson(id, lessonID) + "/berkas" }
    static func lessonFileAPI(_ id: UUID, _ lessonID: UUID) -> String {
        "/api/v1/courses/\(id.uuidString)/lessons/\(lessonID.uuidString)/file"
    }
    static func lessonDone(_ id: UUID, _ lessonID: UUID) -> String { lesson(id, lessonID) + "/selesai" }
}
