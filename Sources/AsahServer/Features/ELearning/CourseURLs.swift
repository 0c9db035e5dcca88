import Foundation

/// Typed URLs of e-learning pages.
extension SiteURL {
    static func courses(_ code: String) -> String { SitePath.instansiElearning.link(code) }
    static func newCourse(_ code: String) -> String { SitePath.instansiElearningBaru.link(code) }
    static func course(_ id: UUID) -> String { SitePath.elearning.link(id.uuidString) }
    static func editCourse(_ id: UUID) -> String { SitePath.elearningUbah.link(id.uuidString) }
    static func courseLearners(_ id: UUID) -> String { SitePath.elearningPeserta.link(id.uuidString) }
    static func courseProgress(_ id: UUID) -> String { SitePath.elearningProgres.link(id.uuidString) }
    static func newModule(_ id: UUID) -> String { SitePath.elearningModulBaru.link(id.uuidString) }
    static func editModule(_ id: UUID, _ module: UUID) -> String {
        SitePath.elearningModulUbah.link(id.uuidString, module.uuidString)
    }
    static func moduleQuiz(_ id: UUID, _ module: UUID) -> String {
        SitePath.elearningModulKuis.link(id.uuidString, module.uuidString)
    }
    static func newLesson(_ id: UUID, _ module: UUID) -> String {
        SitePath.elearningModulMateriBaru.link(id.uuidString, module.uuidString)
    }
    static func lesson(_ id: UUID, _ lesson: UUID) -> String {
        SitePath.elearningMateri.link(id.uuidString, lesson.uuidString)
    }
    static func editLesson(_ id: UUID, _ lesson: UUID) -> String {
        SitePath.elearningMateriUbah.link(id.uuidString, lesson.uuidString)
    }
    static func deleteLesson(_ id: UUID, _ lesson: UUID) -> String {
        SitePath.elearningMateriHapus.link(id.uuidString, lesson.uuidString)
    }
    static func deleteModule(_ id: UUID, _ module: UUID) -> String {
        SitePath.elearningModulHapus.link(id.uuidString, module.uuidString)
    }
    static func lessonFile(_ id: UUID, _ lesson: UUID) -> String {
        SitePath.elearningMateriBerkas.link(id.uuidString, lesson.uuidString)
    }
    static func lessonFileAPI(_ id: UUID, _ lessonID: UUID) -> String {
        SitePath.apiCoursesLessonsFile.link(id.uuidString, lessonID.uuidString)
    }
    static func lessonDone(_ id: UUID, _ lesson: UUID) -> String {
        SitePath.elearningMateriSelesai.link(id.uuidString, lesson.uuidString)
    }
}
