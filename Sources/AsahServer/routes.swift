import Vapor

/// The table of contents: every route, grouped by feature, with its access rule.
/// Access inside each handler is decided by `AccessPolicy` (AsahCore) through `Guard` (Sources/AsahServer/Access), the one access path.
func routes(_ app: Application) throws {
    let system = SystemController()
    // Public: health, the stylesheet, the API description.
    app.get("healthz", use: system.health)
    app.get("static", "asah-1.css", use: system.stylesheet)
    app.get("api", "v1", "openapi.json", use: system.openAPI)

    // Pages: session cookie + CSRF token on every form, after the body's size is checked at the door
    // (1 MB; routes that take a file are on the groups with its limit).
    func pageGroup(_ limit: BodyLimit) -> any RoutesBuilder {
        app.grouped(
            BodyLimitMiddleware(limit), SessionAuthMiddleware(),
            CSRFMiddleware(secureCookies: app.appConfig.secureCookies))
    }
    let pages = pageGroup(.small)
    let evidencePages = pageGroup(.evidence)
    let importPages = pageGroup(.importFile)
    let lessonPages = pageGroup(.lessonFile)
    let auth = AuthController()
    pages.get("masuk", use: auth.show)  // anyone
    pages.post("masuk", use: auth.login)  // anyone, throttled per username
    pages.post("keluar", use: auth.logout)  // signed in

    pages.get(use: HomeController().show)  // signed in; sections by role
    let verification = VerificationController()
    pages.get("verifikasi", use: verification.show)  // public: anyone checks a certificate code
    pages.get("verifikasi", ":code", use: verification.show)  // public
    let activityPages = ActivityPageController()
    pages.get("instansi", ":code", "kegiatan", use: activityPages.list)  // anyone of the agency
    let activityForm = ActivityFormController()
    pages.get("instansi", ":code", "kegiatan", "baru", use: activityForm.new)  // managers
    pages.post("instansi", ":code", "kegiatan", "baru", use: activityForm.create)
    pages.get("kegiatan", ":id", use: activityPages.show)  // the agency, its facilitators
    pages.post("kegiatan", ":id", "daftar", use: activityPages.enrol)  // employees of the agency
    pages.post("kegiatan", ":id", "batal", use: activityPages.cancel)  // the participant
    pages.post("kegiatan", ":id", "hadir", use: activityPages.checkIn)  // enrolled participants, today's code
    pages.post("kegiatan", ":id", "selesai", use: activityPages.complete)  // managers
    pages.post("kegiatan", ":id", "status", use: activityPages.setStatus)  // managers
    pages.get("kegiatan", ":id", "ubah", use: activityForm.edit)  // managers; sessions only before attendance
    pages.post("kegiatan", ":id", "ubah", use: activityForm.update)
    // unit head of the employee, managers
    pages.post("pendaftaran", ":enrolment", "keputusan", use: activityPages.decide)
    let approvals = ApprovalController()
    pages.get("persetujuan-kegiatan", use: approvals.show)  // unit heads (their units), managers
    pages.post("persetujuan-kegiatan", ":enrolment", use: approvals.decide)  // unit head of the employee, managers
    pages.post("pendaftaran", ":enrolment", "nilai", use: activityPages.score)  // facilitators, managers
    let sheets = AttendanceSheetController()
    pages.get("kegiatan", ":id", "sesi", ":session", use: sheets.show)  // facilitators of the activity, managers
    pages.post("kegiatan", ":id", "sesi", ":session", use: sheets.save)
    pages.get("sertifikat", ":code", use: sheets.certificate)  // whoever may read the employee
    let external = ExternalLearningController()
    pages.get("pegawai", ":nip", "pelatihan-luar", use: external.show)  // like the employee
    evidencePages.post("pegawai", ":nip", "pelatihan-luar", use: external.submit)  // the employee
    pages.get("instansi", ":code", "pelatihan-luar", use: external.queue)  // managers
    pages.post("pelatihan-luar", ":id", "keputusan", use: external.decide)  // managers of the agency
    pages.get("pelatihan-luar", ":id", "sertifikat", use: external.proof)  // whoever may read the employee
    let mentoring = MentoringController()
    pages.get("pegawai", ":nip", "mentoring", use: mentoring.show)  // like the employee
    pages.post("pegawai", ":nip", "mentoring", use: mentoring.create)  // unit head of the mentee, managers
    pages.post("pembimbingan", ":id", "sesi", use: mentoring.log)  // the mentor or the mentee
    pages.post("sesi-pembimbingan", ":id", "konfirmasi", use: mentoring.confirm)  // the side that did not log it
    let sharing = KnowledgeSharingController()
    pages.get("instansi", ":code", "komunitas-belajar", use: sharing.show)  // anyone of the agency
    pages.post("instansi", ":code", "komunitas-belajar", use: sharing.record)  // employees of the agency (as host)
    pages.post("instansi", ":code", "komunitas-belajar", "pengaturan", use: sharing.saveSetting)  // managers
    // managers, the host's unit head; never the host
    pages.post("sesi-komunitas", ":id", "konfirmasi", use: sharing.confirm)
    pages.post("sesi-komunitas", ":id", "tolak", use: sharing.reject)  // the same
    let tests = TestController()
    pages.get("kegiatan", ":id", "tes", ":kind", use: tests.show)  // participants (answers hidden)
    pages.post("kegiatan", ":id", "tes", ":kind", use: tests.submit)  // enrolled participants
    pages.get("kegiatan", ":id", "tes", ":kind", "ubah", use: tests.edit)  // facilitators of the activity, managers
    pages.post("kegiatan", ":id", "tes", ":kind", "ubah", use: tests.save)
    let employees = EmployeeController()
    pages.get("instansi", use: system.agencies)  // admin
    pages.get("instansi", ":code", use: employees.agency)  // managers and unit heads of the agency
    pages.get("instansi", ":code", "pegawai", use: employees.list)  // scoped: agency, unit subtree or subordinates
    pages.get("pegawai", ":nip", use: employees.profile)  // admin, manager, unit head, supervisor, self

    let forms = OrganizationFormController()
    pages.get("instansi", ":code", "unit", "baru", use: forms.newUnit)  // managers
    pages.post("instansi", ":code", "unit", "baru", use: forms.createUnit)
    pages.get("instansi", ":code", "unit", ":id", "ubah", use: forms.editUnit)
    pages.post("instansi", ":code", "unit", ":id", "ubah", use: forms.updateUnit)
    pages.get("instansi", ":code", "jabatan", use: forms.positions)
    pages.get("instansi", ":code", "jabatan", "baru", use: forms.newPosition)
    pages.post("instansi", ":code", "jabatan", "baru", use: forms.createPosition)
    pages.get("instansi", ":code", "jabatan", ":id", "ubah", use: forms.editPosition)
    pages.post("instansi", ":code", "jabatan", ":id", "ubah", use: forms.updatePosition)
    pages.get("instansi", ":code", "pegawai", "baru", use: forms.newEmployee)
    pages.post("instansi", ":code", "pegawai", "baru", use: forms.createEmployee)
    pages.get("pegawai", ":nip", "ubah", use: forms.editEmployee)
    pages.post("pegawai", ":nip", "ubah", use: forms.updateEmployee)

    let profile = CompetencyProfileController()
    pages.get("pegawai", ":nip", "kompetensi", use: profile.show)  // like the profile page
    evidencePages.post("pegawai", ":nip", "kompetensi", use: profile.assess)  // manager any source; supervisor; self
    pages.get("pegawai", ":nip", "kompetensi", "bukti", ":file", use: profile.evidence)  // like the profile

    let dictionary = DictionaryController()
    pages.get("instansi", ":code", "kompetensi", use: dictionary.show)  // anyone of the agency
    pages.post("instansi", ":code", "kompetensi", use: dictionary.create)  // managers
    pages.get("instansi", ":code", "kompetensi", "ekspor", use: dictionary.export)  // anyone of the agency
    importPages.post("instansi", ":code", "kompetensi", "impor", use: dictionary.importCSV)  // managers

    let standards = StandardController()
    pages.get("instansi", ":code", "jabatan", ":id", "standar", use: standards.show)  // anyone of the agency
    pages.post("instansi", ":code", "jabatan", ":id", "standar", use: standards.save)  // managers
    pages.post("instansi", ":code", "jabatan", ":id", "standar", "salin", use: standards.copy)  // managers

    let placement = PlacementController()
    pages.get("instansi", ":code", "jabatan", ":id", "kandidat", use: placement.candidates)  // managers
    pages.get("instansi", ":code", "kesenjangan", "peta", use: placement.heatmap)  // managers; unit heads: their unit
    let settings = CompetencySettingsController()
    pages.get("instansi", ":code", "pengaturan", "kompetensi", use: settings.show)  // managers
    pages.post("instansi", ":code", "pengaturan", "kompetensi", use: settings.save)  // managers

    let assessmentImport = AssessmentImportController()
    pages.get("instansi", ":code", "impor-penilaian", use: assessmentImport.show)  // managers
    importPages.post("instansi", ":code", "impor-penilaian", use: assessmentImport.check)
    pages.post("instansi", ":code", "impor-penilaian", ":upload", "konfirmasi", use: assessmentImport.confirm)

    let gaps = GapReportController()
    pages.get("instansi", ":code", "kesenjangan", use: gaps.show)  // managers: agency; unit heads: their unit
    pages.post("instansi", ":code", "standar", "lengkapi", use: gaps.completeStandards)  // managers

    let hours = LearningHoursController()
    pages.get("pegawai", ":nip", "jp", use: hours.show)  // like the profile page
    let compliance = ComplianceController()
    pages.get("instansi", ":code", "jp", use: compliance.show)  // managers: agency; unit heads: their unit
    pages.get("instansi", ":code", "jp", "riwayat.csv", use: compliance.history)  // managers
    let jpSettings = JPSettingsController()
    pages.get("instansi", ":code", "pengaturan", "jp", use: jpSettings.show)  // managers
    pages.post("instansi", ":code", "pengaturan", "jp", use: jpSettings.save)  // managers

    let imports = ImportController()
    pages.get("instansi", ":code", "impor", use: imports.show)  // managers
    importPages.post("instansi", ":code", "impor", use: imports.check)
    pages.post("instansi", ":code", "impor", ":upload", "konfirmasi", use: imports.confirm)

    // JSON API: bearer tokens.
    // JSON API: bearer tokens; bodies up to 1 MB, imports up to 50 MB.
    let api = app.grouped("api", "v1").grouped(BodyLimitMiddleware(.small), BearerAuthMiddleware())
    let importAPI = app.grouped("api", "v1").grouped(BodyLimitMiddleware(.importFile), BearerAuthMiddleware())
    let authAPI = AuthAPIController()
    api.post("auth", "tokens", use: authAPI.create)  // anyone, throttled
    api.delete("auth", "tokens", "current", use: authAPI.revoke)  // the token's holder
    api.get("me", use: authAPI.me)  // the token's holder
    let org = OrganizationAPIController()
    api.get("agencies", use: org.agencies)  // admin: all; others: their own
    api.get("agencies", ":code", "units", use: org.units)  // managers and unit heads
    api.get("agencies", ":code", "employees", use: org.employees)  // scoped like the page list
    api.get("employees", ":nip", use: org.employee)  // like the profile page
    importAPI.post("agencies", ":code", "imports", "employees", use: org.importEmployees)  // managers
    let comp = CompetencyAPIController()
    api.get("agencies", ":code", "competencies", use: comp.dictionary)  // anyone of the agency
    api.get("agencies", ":code", "positions", ":id", "standard", use: comp.standard)  // anyone of the agency
    api.put("agencies", ":code", "positions", ":id", "standard", use: comp.putStandard)  // managers
    api.post("employees", ":nip", "assessments", use: comp.assess)  // manager any source; supervisor; self
    api.get("employees", ":nip", "competency-profile", use: comp.profile)  // like the employee
    api.get("agencies", ":code", "competency-gaps", use: comp.gaps)  // managers; unit heads: their unit
    api.get("agencies", ":code", "positions", ":id", "candidates", use: placement.candidatesAPI)  // managers
    importAPI.post("agencies", ":code", "imports", "assessments", use: assessmentImport.api)  // managers
    let learning = LearningAPIController()
    api.get("employees", ":nip", "learning-hours", use: learning.hours)  // like the employee
    // managers; unit heads: their unit
    api.get("agencies", ":code", "learning-hours", "compliance", use: learning.compliance)
    let activities = ActivityAPIController()
    api.get("agencies", ":code", "activities", use: activities.list)  // anyone of the agency
    api.post("agencies", ":code", "activities", use: activities.create)  // managers
    api.get("activities", ":id", use: activities.show)
    // managers; sessions only before any attendance  // the agency, its facilitators; participants for those who run it
    api.put("activities", ":id", use: activities.update)
    api.post("activities", ":id", "enrolments", use: activities.enrol)  // self; or a nomination by unit head / manager
    api.post("activities", ":id", "enrolments", "by-gap", use: activities.enrolByGap)  // managers
    api.post("enrolments", ":enrolment", "decision", use: activities.decide)  // the employee's unit head, managers
    api.delete("enrolments", ":enrolment", use: activities.cancel)  // the employee, their unit head, managers
    let running = ActivityRunAPIController()
    // its facilitators, managers
    api.put("activities", ":id", "sessions", ":session", "attendance", use: running.attendance)
    api.post("activities", ":id", "check-in", use: running.checkIn)  // enrolled participants, with today's code
    api.put("enrolments", ":enrolment", "post-test", use: running.score)  // its facilitators, managers
    api.post("activities", ":id", "complete", use: running.complete)  // managers
    api.put("activities", ":id", "status", use: running.setStatus)  // managers
    api.get("certificates", ":code", use: running.verify)  // public
    // enrolled participants
    api.post("activities", ":id", "tests", ":kind", "attempts", use: TestController().attemptAPI)

    // Innovation projects (proyek inovasi, aksi perubahan). Access: AccessPolicy
    // (AccessPolicyInnovation.swift): list for the agency; a project for its team and managers; changes by
    // managers, its ketua and its mentor (mentor and coach chosen by managers); completion (JP for the
    // members) by managers and its mentor.
    let innovation = InnovationController()
    let project = InnovationProjectController()
    pages.get("instansi", ":code", "inovasi", use: innovation.list)  // anyone of the agency
    // employees of the agency (as ketua), managers
    pages.get("instansi", ":code", "inovasi", "baru", use: innovation.new)
    pages.post("instansi", ":code", "inovasi", "baru", use: innovation.create)
    pages.post("instansi", ":code", "inovasi", "pengaturan", use: innovation.saveSetting)  // managers
    pages.get("pegawai", ":nip", "inovasi", use: innovation.employee)  // like the employee
    pages.get("inovasi", ":id", use: project.show)  // the team, managers
    pages.get("inovasi", ":id", "ubah", use: innovation.edit)  // ketua, mentor, managers
    pages.post("inovasi", ":id", "ubah", use: innovation.update)
    pages.post("inovasi", ":id", "anggota", use: project.addMember)  // ketua, mentor, managers
    pages.post("inovasi", ":id", "anggota", ":nip", "keluar", use: project.removeMember)  // not the ketua
    pages.post("inovasi", ":id", "tahapan", use: project.addMilestone)
    pages.post("inovasi", ":id", "tahapan", ":milestone", "selesai", use: project.markDone)
    pages.post("inovasi", ":id", "status", use: project.changeStatus)
    pages.post("inovasi", ":id", "selesai", use: project.complete)  // mentor, managers
    let innovationAPI = InnovationAPIController()
    api.get("agencies", ":code", "innovation-projects", use: innovationAPI.list)  // anyone of the agency
    api.post("agencies", ":code", "innovation-projects", use: innovationAPI.create)  // employees (ketua), managers
    api.get("employees", ":nip", "innovation-projects", use: innovationAPI.employee)  // like the employee
    api.get("innovation-projects", ":id", use: innovationAPI.show)  // the team, managers
    // ketua, mentor, managers
    api.post("innovation-projects", ":id", "members", use: innovationAPI.addMember)
    api.delete("innovation-projects", ":id", "members", ":nip", use: innovationAPI.removeMember)  // not the ketua
    api.post("innovation-projects", ":id", "milestones", use: innovationAPI.addMilestone)
    api.post("innovation-projects", ":id", "milestones", ":milestone", "done", use: innovationAPI.markDone)
    api.post("innovation-projects", ":id", "status", use: innovationAPI.changeStatus)
    api.post("innovation-projects", ":id", "complete", use: innovationAPI.complete)  // mentor, managers
    // Mentorships and sessions: the same rules as the mentoring page.
    let mentoringAPI = MentoringAPIController()
    api.get("employees", ":nip", "mentorships", use: mentoringAPI.list)  // like the employee
    api.post("agencies", ":code", "mentorships", use: mentoringAPI.create)  // the mentee's unit head, managers
    api.post("mentorships", ":id", "sessions", use: mentoringAPI.log)  // the mentor or the mentee
    api.post("mentoring-sessions", ":id", "confirm", use: mentoringAPI.confirm)  // the side that did not log
    // Komunitas belajar: the host records; a manager or a unit head of the host's unit confirms (JP then) or
    // rejects, never the host (AccessPolicyKnowledgeSharing.swift).
    let sharingAPI = KnowledgeSharingAPIController()
    api.post("agencies", ":code", "knowledge-sessions", use: sharingAPI.create)  // employees of the agency (as host)
    api.post("knowledge-sessions", ":id", "confirm", use: sharingAPI.confirm)  // managers, unit head of the host
    api.post("knowledge-sessions", ":id", "reject", use: sharingAPI.reject)  // the same
    // E-learning: courses of ordered modules and lessons, module quizzes, progress and JP.
    app.get("sw.js") { _ in OfflineScript.serve(OfflineScript.worker, worker: true) }  // public: the service worker
    app.get("static", "elearning-1.js") { _ in OfflineScript.serve(OfflineScript.script, worker: false) }  // public
    let learn = CourseLearningController()
    let authoring = CourseAuthoringController()
    pages.get("instansi", ":code", "elearning", use: learn.list)  // anyone of the agency (drafts: managers)
    pages.get("instansi", ":code", "elearning", "baru", use: authoring.newCourse)  // managers
    pages.post("instansi", ":code", "elearning", "baru", use: authoring.createCourse)
    pages.get("elearning", ":id", use: learn.show)  // managers; published: anyone of the agency
    pages.get("elearning", ":id", "ubah", use: authoring.editCourse)  // managers
    pages.post("elearning", ":id", "ubah", use: authoring.updateCourse)
    pages.get("elearning", ":id", "modul", "baru", use: authoring.module)  // managers
    pages.post("elearning", ":id", "modul", "baru", use: authoring.saveModule)
    pages.get("elearning", ":id", "modul", ":module", "ubah", use: authoring.module)  // managers
    pages.post("elearning", ":id", "modul", ":module", "ubah", use: authoring.saveModule)
    pages.get("elearning", ":id", "modul", ":module", "materi", "baru", use: authoring.lesson)  // managers
    lessonPages.post("elearning", ":id", "modul", ":module", "materi", "baru", use: authoring.saveLesson)
    pages.get("elearning", ":id", "materi", ":lesson", "ubah", use: authoring.lesson)  // managers
    lessonPages.post("elearning", ":id", "materi", ":lesson", "ubah", use: authoring.saveLesson)
    pages.post("elearning", ":id", "materi", ":lesson", "hapus", use: authoring.deleteLesson)  // managers
    pages.post("elearning", ":id", "modul", ":module", "hapus", use: authoring.deleteModule)  // managers
    pages.get("elearning", ":id", "materi", ":lesson", use: learn.lesson)  // like the course
    // like the course
    pages.get("elearning", ":id", "materi", ":lesson", "berkas", use: LessonFileController().download)
    pages.post("elearning", ":id", "materi", ":lesson", "selesai", use: learn.markDone)  // employees of the agency
    pages.get("elearning", ":id", "modul", ":module", "kuis", use: learn.quiz)  // like the course (answers hidden)
    pages.post("elearning", ":id", "modul", ":module", "kuis", use: learn.submitQuiz)  // employees of the agency
    pages.post("elearning", ":id", "progres", use: learn.sync)  // the learner's offline queue (JSON, CSRF header)
    pages.get("elearning", ":id", "peserta", use: learn.learners)  // managers
    let courses = CourseAPIController()
    api.get("agencies", ":code", "courses", use: courses.list)  // anyone of the agency (drafts: managers)
    api.get("courses", ":id", use: courses.show)  // managers; published: anyone of the agency
    api.get("courses", ":id", "progress", use: courses.progress)  // the signed-in learner, own progress only
    api.post("courses", ":id", "progress", use: courses.record)  // the signed-in learner; idempotent
    api.post("courses", ":id", "modules", ":module", "attempts", use: courses.attempt)  // the signed-in learner
    api.get("courses", ":id", "learners", use: courses.learners)  // managers
    api.get("courses", ":id", "lessons", ":lesson", "file", use: LessonFileController().downloadAPI)  // like the course
}
