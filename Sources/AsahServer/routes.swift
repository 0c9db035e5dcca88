import Vapor

/// The table of contents: every route, grouped by feature, with its access rule. Each path is a
/// `SitePath` constant, the same one `SiteURL` builds links from, so a link cannot name a path no route has.
/// Access inside each handler is decided by `AccessPolicy` (AsahCore) through `Guard` (Sources/AsahServer/Access), the one access path.
func routes(_ app: Application) throws {
    let system = SystemController()
    // Public: health, the stylesheet, the API description.
    app.get(SitePath.healthz, use: system.health)
    app.get(SitePath.stylesheet, use: system.stylesheet)
    app.get(SitePath.openAPI, use: system.openAPI)

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
    pages.get(SitePath.masuk, use: auth.show)  // anyone
    pages.post(SitePath.masuk, use: auth.login)  // anyone, throttled per username
    pages.post(SitePath.keluar, use: auth.logout)  // signed in

    pages.get(SitePath.home, use: HomeController().show)  // signed in; sections by role
    let verification = VerificationController()
    pages.get(SitePath.verifikasi, use: verification.show)  // public: anyone checks a certificate code
    pages.get(SitePath.verifikasiByCode, use: verification.show)  // public
    let activityPages = ActivityPageController()
    pages.get(SitePath.instansiKegiatan, use: activityPages.list)  // anyone of the agency
    let activityForm = ActivityFormController()
    pages.get(SitePath.instansiKegiatanBaru, use: activityForm.new)  // managers
    pages.post(SitePath.instansiKegiatanBaru, use: activityForm.create)
    pages.get(SitePath.kegiatan, use: activityPages.show)  // the agency, its facilitators
    pages.post(SitePath.kegiatanDaftar, use: activityPages.enrol)  // employees of the agency
    pages.post(SitePath.kegiatanBatal, use: activityPages.cancel)  // the participant
    pages.post(SitePath.kegiatanHadir, use: activityPages.checkIn)  // enrolled participants, today's code
    pages.post(SitePath.kegiatanSelesai, use: activityPages.complete)  // managers
    pages.post(SitePath.kegiatanStatus, use: activityPages.setStatus)  // managers
    pages.get(SitePath.kegiatanUbah, use: activityForm.edit)  // managers; sessions only before attendance
    pages.post(SitePath.kegiatanUbah, use: activityForm.update)
    // unit head of the employee, managers
    pages.post(SitePath.pendaftaranKeputusan, use: activityPages.decide)
    let approvals = ApprovalController()
    pages.get(SitePath.persetujuanKegiatan, use: approvals.show)  // unit heads (their units), managers
    pages.post(SitePath.persetujuanKegiatanByEnrolment, use: approvals.decide)  // unit head of the employee, managers
    pages.post(SitePath.pendaftaranNilai, use: activityPages.score)  // facilitators, managers
    let sheets = AttendanceSheetController()
    pages.get(SitePath.kegiatanSesi, use: sheets.show)  // facilitators of the activity, managers
    pages.post(SitePath.kegiatanSesi, use: sheets.save)
    pages.get(SitePath.sertifikat, use: sheets.certificate)  // whoever may read the employee
    let external = ExternalLearningController()
    pages.get(SitePath.pegawaiPelatihanLuar, use: external.show)  // like the employee
    evidencePages.post(SitePath.pegawaiPelatihanLuar, use: external.submit)  // the employee
    pages.get(SitePath.instansiPelatihanLuar, use: external.queue)  // managers
    pages.post(SitePath.pelatihanLuarKeputusan, use: external.decide)  // managers of the agency
    pages.get(SitePath.pelatihanLuarSertifikat, use: external.proof)  // whoever may read the employee
    let mentoring = MentoringController()
    pages.get(SitePath.pegawaiMentoring, use: mentoring.show)  // like the employee
    pages.post(SitePath.pegawaiMentoring, use: mentoring.create)  // unit head of the mentee, managers
    pages.post(SitePath.pembimbinganSesi, use: mentoring.log)  // the mentor or the mentee
    pages.post(SitePath.sesiPembimbinganKonfirmasi, use: mentoring.confirm)  // the side that did not log it
    let sharing = KnowledgeSharingController()
    pages.get(SitePath.instansiKomunitasBelajar, use: sharing.show)  // anyone of the agency
    pages.post(SitePath.instansiKomunitasBelajar, use: sharing.record)  // employees of the agency (as host)
    pages.post(SitePath.instansiKomunitasBelajarPengaturan, use: sharing.saveSetting)  // managers
    // managers, the host's unit head; never the host
    pages.post(SitePath.sesiKomunitasKonfirmasi, use: sharing.confirm)
    pages.post(SitePath.sesiKomunitasTolak, use: sharing.reject)  // the same
    let tests = TestController()
    pages.get(SitePath.kegiatanTes, use: tests.show)  // participants (answers hidden)
    pages.post(SitePath.kegiatanTes, use: tests.submit)  // enrolled participants
    pages.get(SitePath.kegiatanTesUbah, use: tests.edit)  // facilitators of the activity, managers
    pages.post(SitePath.kegiatanTesUbah, use: tests.save)
    let employees = EmployeeController()
    pages.get(SitePath.instansi, use: system.agencies)  // admin
    pages.get(SitePath.instansiByCode, use: employees.agency)  // managers and unit heads of the agency
    pages.get(SitePath.instansiPegawai, use: employees.list)  // scoped: agency, unit subtree or subordinates
    pages.get(SitePath.pegawai, use: employees.profile)  // admin, manager, unit head, supervisor, self

    let agencySettings = AgencySettingsController()
    pages.get(SitePath.instansiPengaturan, use: agencySettings.show)  // managers
    pages.post(SitePath.instansiPengaturan, use: agencySettings.save)  // managers
    let forms = OrganizationFormController()
    pages.get(SitePath.instansiUnitBaru, use: forms.newUnit)  // managers
    pages.post(SitePath.instansiUnitBaru, use: forms.createUnit)
    pages.get(SitePath.instansiUnitUbah, use: forms.editUnit)
    pages.post(SitePath.instansiUnitUbah, use: forms.updateUnit)
    pages.get(SitePath.instansiJabatan, use: forms.positions)
    pages.get(SitePath.instansiJabatanBaru, use: forms.newPosition)
    pages.post(SitePath.instansiJabatanBaru, use: forms.createPosition)
    pages.get(SitePath.instansiJabatanUbah, use: forms.editPosition)
    pages.post(SitePath.instansiJabatanUbah, use: forms.updatePosition)
    pages.get(SitePath.instansiPegawaiBaru, use: forms.newEmployee)
    pages.post(SitePath.instansiPegawaiBaru, use: forms.createEmployee)
    pages.get(SitePath.pegawaiUbah, use: forms.editEmployee)
    pages.post(SitePath.pegawaiUbah, use: forms.updateEmployee)

    let profile = CompetencyProfileController()
    pages.get(SitePath.pegawaiKompetensi, use: profile.show)  // like the profile page
    evidencePages.post(SitePath.pegawaiKompetensi, use: profile.assess)  // manager any source; supervisor; self
    pages.get(SitePath.pegawaiKompetensiBukti, use: profile.evidence)  // like the profile

    let dictionary = DictionaryController()
    pages.get(SitePath.instansiKompetensi, use: dictionary.show)  // anyone of the agency
    pages.post(SitePath.instansiKompetensi, use: dictionary.create)  // managers
    pages.get(SitePath.instansiKompetensiEkspor, use: dictionary.export)  // anyone of the agency
    importPages.post(SitePath.instansiKompetensiImpor, use: dictionary.importCSV)  // managers

    let standards = StandardController()
    pages.get(SitePath.instansiJabatanStandar, use: standards.show)  // anyone of the agency
    pages.post(SitePath.instansiJabatanStandar, use: standards.save)  // managers
    pages.post(SitePath.instansiJabatanStandarSalin, use: standards.copy)  // managers

    let placement = PlacementController()
    pages.get(SitePath.instansiJabatanKandidat, use: placement.candidates)  // managers
    pages.get(SitePath.instansiKesenjanganPeta, use: placement.heatmap)  // managers; unit heads: their unit
    let settings = CompetencySettingsController()
    pages.get(SitePath.instansiPengaturanKompetensi, use: settings.show)  // managers
    pages.post(SitePath.instansiPengaturanKompetensi, use: settings.save)  // managers

    let assessmentImport = AssessmentImportController()
    pages.get(SitePath.instansiImporPenilaian, use: assessmentImport.show)  // managers
    importPages.post(SitePath.instansiImporPenilaian, use: assessmentImport.check)
    pages.post(SitePath.instansiImporPenilaianKonfirmasi, use: assessmentImport.confirm)

    let gaps = GapReportController()
    pages.get(SitePath.instansiKesenjangan, use: gaps.show)  // managers: agency; unit heads: their unit
    pages.post(SitePath.instansiStandarLengkapi, use: gaps.completeStandards)  // managers

    let hours = LearningHoursController()
    pages.get(SitePath.pegawaiJp, use: hours.show)  // like the profile page
    let compliance = ComplianceController()
    pages.get(SitePath.instansiJp, use: compliance.show)  // managers: agency; unit heads: their unit
    pages.get(SitePath.instansiJpRiwayatCsv, use: compliance.history)  // managers
    let jpSettings = JPSettingsController()
    pages.get(SitePath.instansiPengaturanJp, use: jpSettings.show)  // managers
    pages.post(SitePath.instansiPengaturanJp, use: jpSettings.save)  // managers

    let imports = ImportController()
    pages.get(SitePath.instansiImpor, use: imports.show)  // managers
    importPages.post(SitePath.instansiImpor, use: imports.check)
    pages.post(SitePath.instansiImporKonfirmasi, use: imports.confirm)

    // JSON API (under /api/v1): bearer tokens; bodies up to 1 MB, imports up to 50 MB.
    let api = app.grouped(BodyLimitMiddleware(.small), BearerAuthMiddleware())
    let importAPI = app.grouped(BodyLimitMiddleware(.importFile), BearerAuthMiddleware())
    let authAPI = AuthAPIController()
    api.post(SitePath.apiAuthTokens, use: authAPI.create)  // anyone, throttled
    api.delete(SitePath.apiAuthTokensCurrent, use: authAPI.revoke)  // the token's holder
    api.get(SitePath.apiMe, use: authAPI.me)  // the token's holder
    let org = OrganizationAPIController()
    api.get(SitePath.apiAgencies, use: org.agencies)  // admin: all; others: their own
    api.get(SitePath.apiAgenciesUnits, use: org.units)  // managers and unit heads
    api.get(SitePath.apiAgenciesEmployees, use: org.employees)  // scoped like the page list
    api.get(SitePath.apiEmployees, use: org.employee)  // like the profile page
    importAPI.post(SitePath.apiAgenciesImportsEmployees, use: org.importEmployees)  // managers
    let comp = CompetencyAPIController()
    api.get(SitePath.apiAgenciesCompetencies, use: comp.dictionary)  // anyone of the agency
    api.get(SitePath.apiAgenciesPositionsStandard, use: comp.standard)  // anyone of the agency
    api.put(SitePath.apiAgenciesPositionsStandard, use: comp.putStandard)  // managers
    api.post(SitePath.apiEmployeesAssessments, use: comp.assess)  // manager any source; supervisor; self
    api.get(SitePath.apiEmployeesCompetencyProfile, use: comp.profile)  // like the employee
    api.get(SitePath.apiAgenciesCompetencyGaps, use: comp.gaps)  // managers; unit heads: their unit
    api.get(SitePath.apiAgenciesPositionsCandidates, use: placement.candidatesAPI)  // managers
    importAPI.post(SitePath.apiAgenciesImportsAssessments, use: assessmentImport.api)  // managers
    let learning = LearningAPIController()
    api.get(SitePath.apiEmployeesLearningHours, use: learning.hours)  // like the employee
    // managers; unit heads: their unit
    api.get(SitePath.apiAgenciesLearningHoursCompliance, use: learning.compliance)
    let activities = ActivityAPIController()
    api.get(SitePath.apiAgenciesActivities, use: activities.list)  // anyone of the agency
    api.post(SitePath.apiAgenciesActivities, use: activities.create)  // managers
    api.get(SitePath.apiActivities, use: activities.show)
    // managers; sessions only before any attendance  // the agency, its facilitators; participants for those who run it
    api.put(SitePath.apiActivities, use: activities.update)
    api.post(SitePath.apiActivitiesEnrolments, use: activities.enrol)  // self; or a nomination by unit head / manager
    api.post(SitePath.apiActivitiesEnrolmentsByGap, use: activities.enrolByGap)  // managers
    api.post(SitePath.apiEnrolmentsDecision, use: activities.decide)  // the employee's unit head, managers
    api.delete(SitePath.apiEnrolments, use: activities.cancel)  // the employee, their unit head, managers
    let running = ActivityRunAPIController()
    // its facilitators, managers
    api.put(SitePath.apiActivitiesSessionsAttendance, use: running.attendance)
    api.post(SitePath.apiActivitiesCheckIn, use: running.checkIn)  // enrolled participants, with today's code
    api.put(SitePath.apiEnrolmentsPostTest, use: running.score)  // its facilitators, managers
    api.post(SitePath.apiActivitiesComplete, use: running.complete)  // managers
    api.put(SitePath.apiActivitiesStatus, use: running.setStatus)  // managers
    api.get(SitePath.apiCertificates, use: running.verify)  // public
    // enrolled participants
    api.post(SitePath.apiActivitiesTestsAttempts, use: TestController().attemptAPI)

    // Innovation projects (proyek inovasi, aksi perubahan). Access: AccessPolicy
    // (AccessPolicyInnovation.swift): list for the agency; a project for its team and managers; changes by
    // managers, its ketua and its mentor (mentor and coach chosen by managers); completion (JP for the
    // members) by managers and its mentor.
    let innovation = InnovationController()
    let project = InnovationProjectController()
    pages.get(SitePath.instansiInovasi, use: innovation.list)  // anyone of the agency
    // employees of the agency (as ketua), managers
    pages.get(SitePath.instansiInovasiBaru, use: innovation.new)
    pages.post(SitePath.instansiInovasiBaru, use: innovation.create)
    pages.post(SitePath.instansiInovasiPengaturan, use: innovation.saveSetting)  // managers
    pages.get(SitePath.pegawaiInovasi, use: innovation.employee)  // like the employee
    pages.get(SitePath.inovasi, use: project.show)  // the team, managers
    pages.get(SitePath.inovasiUbah, use: innovation.edit)  // ketua, mentor, managers
    pages.post(SitePath.inovasiUbah, use: innovation.update)
    pages.post(SitePath.inovasiAnggota, use: project.addMember)  // ketua, mentor, managers
    pages.post(SitePath.inovasiAnggotaKeluar, use: project.removeMember)  // not the ketua
    pages.post(SitePath.inovasiTahapan, use: project.addMilestone)
    pages.post(SitePath.inovasiTahapanSelesai, use: project.markDone)
    pages.post(SitePath.inovasiStatus, use: project.changeStatus)
    pages.post(SitePath.inovasiSelesai, use: project.complete)  // mentor, managers
    let innovationAPI = InnovationAPIController()
    api.get(SitePath.apiAgenciesInnovationProjects, use: innovationAPI.list)  // anyone of the agency
    api.post(SitePath.apiAgenciesInnovationProjects, use: innovationAPI.create)  // employees (ketua), managers
    api.get(SitePath.apiEmployeesInnovationProjects, use: innovationAPI.employee)  // like the employee
    api.get(SitePath.apiInnovationProjects, use: innovationAPI.show)  // the team, managers
    // ketua, mentor, managers
    api.post(SitePath.apiInnovationProjectsMembers, use: innovationAPI.addMember)
    api.delete(SitePath.apiInnovationProjectsMembersByNip, use: innovationAPI.removeMember)  // not the ketua
    api.post(SitePath.apiInnovationProjectsMilestones, use: innovationAPI.addMilestone)
    api.post(SitePath.apiInnovationProjectsMilestonesDone, use: innovationAPI.markDone)
    api.post(SitePath.apiInnovationProjectsStatus, use: innovationAPI.changeStatus)
    api.post(SitePath.apiInnovationProjectsComplete, use: innovationAPI.complete)  // mentor, managers
    // Mentorships and sessions: the same rules as the mentoring page.
    let mentoringAPI = MentoringAPIController()
    api.get(SitePath.apiEmployeesMentorships, use: mentoringAPI.list)  // like the employee
    api.post(SitePath.apiAgenciesMentorships, use: mentoringAPI.create)  // the mentee's unit head, managers
    api.post(SitePath.apiMentorshipsSessions, use: mentoringAPI.log)  // the mentor or the mentee
    api.post(SitePath.apiMentoringSessionsConfirm, use: mentoringAPI.confirm)  // the side that did not log
    // Komunitas belajar: the host records; a manager or a unit head of the host's unit confirms (JP then) or
    // rejects, never the host (AccessPolicyKnowledgeSharing.swift).
    let sharingAPI = KnowledgeSharingAPIController()
    api.post(SitePath.apiAgenciesKnowledgeSessions, use: sharingAPI.create)  // employees of the agency (as host)
    api.post(SitePath.apiKnowledgeSessionsConfirm, use: sharingAPI.confirm)  // managers, unit head of the host
    api.post(SitePath.apiKnowledgeSessionsReject, use: sharingAPI.reject)  // the same
    // E-learning: courses of ordered modules and lessons, module quizzes, progress and JP.
    // public: the service worker
    app.get(SitePath.serviceWorker) { _ in OfflineScript.serve(OfflineScript.worker, worker: true) }
    app.get(SitePath.offlineScript) { _ in OfflineScript.serve(OfflineScript.script, worker: false) }  // public
    let learn = CourseLearningController()
    let authoring = CourseAuthoringController()
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
    let courses = CourseAPIController()
    api.get(SitePath.apiAgenciesCourses, use: courses.list)  // anyone of the agency (drafts: managers)
    api.get(SitePath.apiCourses, use: courses.show)  // managers; published: anyone of the agency
    api.get(SitePath.apiCoursesProgress, use: courses.progress)  // the signed-in learner, own progress only
    api.post(SitePath.apiCoursesProgress, use: courses.record)  // the signed-in learner; idempotent
    api.post(SitePath.apiCoursesModulesAttempts, use: courses.attempt)  // the signed-in learner
    api.get(SitePath.apiCoursesLearners, use: courses.learners)  // managers
    api.get(SitePath.apiCoursesLessonsFile, use: LessonFileController().downloadAPI)  // like the course
}
