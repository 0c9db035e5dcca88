import Vapor

extension SiteRoutes {
    /// The routes of e-learning, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func eLearning() {
        let learn = CourseLearningController()
        let authoring = CourseAuthoringController()
        let courses = CourseAPIController()
        // E-learning: courses of ordered modules and lessons, module quizzes, progress and JP.
        // public: the service worker
        app.get(SitePath.serviceWorker) { _ in OfflineScript.serve(OfflineScript.worker, worker: true) }
        app.get(SitePath.offlineScript) { _ in OfflineScript.serve(OfflineScript.script, worker: false) }  // public
        pages.get(SitePath.instansiElearning, use: learn.list)  // anyone of the agency (drafts: managers)
        pages.get(SitePath.instansiElearningBaru, use: authoring.newCourse)  // managers
        pages.post(SitePath.instansiElearningBaru, use: authoring.createCourse)
        pages.get(SitePath.elearning, use: learn.show)  // managers; published: anyone of the agency
        pages.get(SitePath.elearningUbah, use: authoring.editCourse)  // managers
        pages.post(SitePath.elearningUbah, use: authoring.updateCourse)
        pages.get(SitePath.elearningModulBaru, use: authoring.module)  // managers
        pages.post(SitePath.elearningModulBaru, use: authoring.saveModule)
        pages.get(SitePath.elearningModulUbah, use: authoring.module)  // managers
        pages.post(SitePath.elearningModulUbah, use: authoring.saveModule)
        pages.get(SitePath.elearningModulMateriBaru, use: authoring.lesson)  // managers
        lessonPages.post(SitePath.elearningModulMateriBaru, use: authoring.saveLesson)
        pages.get(SitePath.elearningMateriUbah, use: authoring.lesson)  // managers
        lessonPages.post(SitePath.elearningMateriUbah, use: authoring.saveLesson)
        pages.post(SitePath.elearningMateriHapus, use: authoring.deleteLesson)  // managers
        pages.post(SitePath.elearningModulHapus, use: authoring.deleteModule)  // managers
        pages.get(SitePath.elearningMateri, use: learn.lesson)  // like the course
        // like the course
        pages.get(SitePath.elearningMateriBerkas, use: LessonFileController().download)
        pages.post(SitePath.elearningMateriSelesai, use: learn.markDone)  // employees of the agency
        pages.get(SitePath.elearningModulKuis, use: learn.quiz)  // like the course (answers hidden)
        pages.post(SitePath.elearningModulKuis, use: learn.submitQuiz)  // employees of the agency
        pages.post(SitePath.elearningProgres, use: learn.sync)  // the learner's offline queue (JSON, CSRF header)
        pages.get(SitePath.elearningPeserta, use: learn.learners)  // managers
        api.get(SitePath.apiAgenciesCourses, use: courses.list)  // anyone of the agency (drafts: managers)
        api.get(SitePath.apiCourses, use: courses.show)  // managers; published: anyone of the agency
        api.get(SitePath.apiCoursesProgress, use: courses.progress)  // the signed-in learner, own progress only
        api.post(SitePath.apiCoursesProgress, use: courses.record)  // the signed-in learner; idempotent
        api.post(SitePath.apiCoursesModulesAttempts, use: courses.attempt)  // the signed-in learner
        api.get(SitePath.apiCoursesLearners, use: courses.learners)  // managers
        api.get(SitePath.apiCoursesLessonsFile, use: courses.lessonFile)  // like the course
    }
}
