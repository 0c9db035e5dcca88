import Vapor

extension SiteRoutes {
    /// The routes of activities, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func activities() {
        let verification = VerificationController()
        let activityPages = ActivityPageController()
        let activityForm = ActivityFormController()
        let approvals = ApprovalController()
        let sheets = AttendanceSheetController()
        let tests = TestController()
        let activities = ActivityAPIController()
        let running = ActivityRunAPIController()
        pages.get(SitePath.verifikasi, use: verification.show)  // public: anyone checks a certificate code
        pages.get(SitePath.verifikasiByCode, use: verification.show)  // public
        pages.get(SitePath.instansiKegiatan, use: activityPages.list)  // anyone of the agency
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
        pages.get(SitePath.persetujuanKegiatan, use: approvals.show)  // unit heads (their units), managers
        // unit head of the employee, managers
        pages.post(SitePath.persetujuanKegiatanByEnrolment, use: approvals.decide)
        pages.post(SitePath.pendaftaranNilai, use: activityPages.score)  // facilitators, managers
        pages.get(SitePath.kegiatanSesi, use: sheets.show)  // facilitators of the activity, managers
        pages.post(SitePath.kegiatanSesi, use: sheets.save)
        pages.get(SitePath.sertifikat, use: sheets.certificate)  // whoever may read the employee
        pages.get(SitePath.kegiatanTes, use: tests.show)  // participants (answers hidden)
        pages.post(SitePath.kegiatanTes, use: tests.submit)  // enrolled participants
        pages.get(SitePath.kegiatanTesUbah, use: tests.edit)  // facilitators of the activity, managers
        pages.post(SitePath.kegiatanTesUbah, use: tests.save)
        api.get(SitePath.apiAgenciesActivities, use: activities.list)  // anyone of the agency
        api.post(SitePath.apiAgenciesActivities, use: activities.create)  // managers
        // the agency, its facilitators; participants for those who run it
        api.get(SitePath.apiActivities, use: activities.show)
        api.put(SitePath.apiActivities, use: activities.update)  // managers; sessions only before any attendance
        // self; or a nomination by unit head / manager
        api.post(SitePath.apiActivitiesEnrolments, use: activities.enrol)
        api.post(SitePath.apiActivitiesEnrolmentsByGap, use: activities.enrolByGap)  // managers
        api.post(SitePath.apiEnrolmentsDecision, use: activities.decide)  // the employee's unit head, managers
        api.delete(SitePath.apiEnrolments, use: activities.cancel)  // the employee, their unit head, managers
        // its facilitators, managers
        api.put(SitePath.apiActivitiesSessionsAttendance, use: running.attendance)
        api.post(SitePath.apiActivitiesCheckIn, use: running.checkIn)  // enrolled participants, with today's code
        api.put(SitePath.apiEnrolmentsPostTest, use: running.score)  // its facilitators, managers
        api.post(SitePath.apiActivitiesComplete, use: running.complete)  // managers
        api.put(SitePath.apiActivitiesStatus, use: running.setStatus)  // managers
        api.get(SitePath.apiCertificates, use: running.verify)  // public
        // enrolled participants
        api.post(SitePath.apiActivitiesTestsAttempts, use: running.attempt)
    }
}
