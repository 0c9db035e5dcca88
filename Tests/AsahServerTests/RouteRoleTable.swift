/// Who may use each route, for `RouteRoleTests`: the policy written down once more, by hand, so the
/// handlers can be checked against it. Every route of the app is here (a missing one fails the test).
///
/// Each rule names the record the route acts on (the subject, on fixture records of Medan) and who may
/// act. Who *sees* the subject follows from its kind (`RouteRole.Subject.sees`): anyone who does not see
/// it must get 404, anyone who sees it but may not act 403, and everyone who may act anything else
/// (200, 201, 303, 400, 409, 422) but 401, 403 or 404, and never 5xx.
enum RouteRole {
    enum Who: String, CaseIterable {
        case admin, manager, otherManager, headIn, headOut, supervisor, employee, other, facilitator
    }

    enum Subject {
        /// Medan itself, an activity or a published course of it, a komunitas session: its people.
        case agency
        /// The fixture employee (`pegawai.medan`), an evidence file or certificate of theirs.
        case employee
        /// The employee's place in the running activity: whoever reads them, and those who run it.
        case enrolment
        /// A project led by the employee with their supervisor as mentor: the agency's people know it
        /// exists (its list), so those outside the team get 403.
        case project
        /// The employee mentored by their supervisor: the two sides, and managers (who get 403).
        case mentorship
        /// A record of external learning, decided from the managers' queue: managers only.
        case externalQueue
        /// An account of Medan (not one of the callers'): only those who manage Medan's accounts know it.
        case account
        /// A mutasi request from another agency for one of Medan's employees: Medan's managers.
        case transfer

        var sees: Set<Who> {
            switch self {
            case .agency, .project: return RouteRole.medan
            case .employee: return RouteRole.readers
            case .enrolment: return RouteRole.readers.union([.facilitator])
            case .mentorship: return [.admin, .manager, .supervisor, .employee]
            case .externalQueue, .account, .transfer: return RouteRole.managers
            }
        }
    }

    enum Rule {
        /// Anyone, signed in or not.
        case open
        /// Anyone signed in; names no record.
        case signedIn
        /// On a subject; `missingOK` where the fixtures cannot name the record (an upload, a file, a
        /// quiz), so those who may act get 404 too.
        case on(Subject, may: Set<Who>, missingOK: Bool = false)
    }

    static let medan: Set<Who> = [.admin, .manager, .headIn, .headOut, .supervisor, .employee, .other, .facilitator]
    static let managers: Set<Who> = [.admin, .manager]
    /// Employees of Medan (the demo manager and the facilitator are not employees).
    static let staff: Set<Who> = [.headIn, .headOut, .supervisor, .employee, .other]
    /// Those with an employee list: managers, unit heads, supervisors (everyone with an employee record).
    static let listers: Set<Who> = managers.union(staff)
    static let heads: Set<Who> = managers.union([.headIn, .headOut])
    static let readers: Set<Who> = [.admin, .manager, .headIn, .supervisor, .employee]
    /// Who sees the employee's performance ratings: themself, their supervisors up the chain (in the
    /// fixtures the head of their unit is their supervisor's supervisor), managers.
    static let performanceReaders: Set<Who> = [.admin, .manager, .headIn, .supervisor, .employee]
    /// Who may put the employee forward or decide on their request: their unit head or a manager.
    static let nominators: Set<Who> = [.admin, .manager, .headIn]
    static let runners: Set<Who> = managers.union([.facilitator])

    static func agency(_ may: Set<Who>, missingOK: Bool = false) -> Rule {
        .on(.agency, may: may, missingOK: missingOK)
    }
    static func employee(_ may: Set<Who>, missingOK: Bool = false) -> Rule {
        .on(.employee, may: may, missingOK: missingOK)
    }
    static func project(_ may: Set<Who>) -> Rule { .on(.project, may: may) }

    static let table: [String: Rule] = [
        "GET /healthz": .open, "GET /static/asah-3.css": .open, "GET /api/v1/openapi.json": .open, "GET /sw.js": .open,
        "GET /static/elearning-1.js": .open, "GET /masuk": .open, "POST /masuk": .open, "GET /verifikasi": .open,
        "GET /verifikasi/:code": .open, "POST /api/v1/auth/tokens": .open, "GET /api/v1/certificates/:code": .open,
        "GET /": .signedIn, "POST /keluar": .signedIn, "GET /instansi": .signedIn,
        "GET /persetujuan-kegiatan": .signedIn, "GET /kotak-masuk": .signedIn,
        "GET /api/v1/me": .signedIn, "PUT /api/v1/me/password": .signedIn, "POST /api/v1/auth/activate": .open,
        // Accounts: the agency's managers.
        "POST /api/v1/agencies/:code/users": agency(managers), "GET /api/v1/agencies/:code/users": agency(managers),
        "PATCH /api/v1/users/:username": .on(.account, may: managers),
        "POST /api/v1/users/:username/reset": .on(.account, may: managers),
        "GET /instansi/:code/akun": agency(managers), "POST /instansi/:code/akun/buka": agency(managers),
        "GET /akun/:username": .on(.account, may: managers), "POST /akun/:username": .on(.account, may: managers),
        "POST /akun/:username/reset": .on(.account, may: managers),
        "GET /aktivasi": .open, "POST /aktivasi": .open, "GET /instansi/baru": .signedIn,
        "GET /sistem": .signedIn, "GET /metrics": .open,
        "POST /instansi/baru": .signedIn, "GET /akun-saya": .signedIn, "POST /akun-saya": .signedIn,
        "DELETE /api/v1/auth/tokens/current": .signedIn, "GET /api/v1/agencies": .signedIn,
        // The agency's organisation, competencies and settings.
        "GET /instansi/:code": agency(heads), "GET /instansi/:code/pegawai": agency(listers),
        "GET /instansi/:code/pegawai/baru": agency(managers), "POST /instansi/:code/pegawai/baru": agency(managers),
        "GET /instansi/:code/unit/baru": agency(managers), "POST /instansi/:code/unit/baru": agency(managers),
        "GET /instansi/:code/unit/:id/ubah": agency(managers), "POST /instansi/:code/unit/:id/ubah": agency(managers),
        "GET /instansi/:code/jabatan": agency(managers), "GET /instansi/:code/atasan": agency(managers),
        // Mutasi: the agency's managers ask and decide; a request is seen by its two agencies' managers.
        "GET /instansi/:code/mutasi": agency(managers), "POST /instansi/:code/mutasi": agency(managers),
        "POST /mutasi/:id/keputusan": .on(.transfer, may: managers),
        "POST /api/v1/agencies/:code/transfers": agency(managers),
        "GET /api/v1/agencies/:code/transfers": agency(managers),
        "GET /api/v1/transfers/:id": .on(.transfer, may: managers),
        "POST /api/v1/transfers/:id/decision": .on(.transfer, may: managers),
        "GET /instansi/:code/jabatan/baru": agency(managers),
        "POST /instansi/:code/jabatan/baru": agency(managers), "GET /instansi/:code/jabatan/:id/ubah": agency(managers),
        "POST /instansi/:code/jabatan/:id/ubah": agency(managers),
        "GET /instansi/:code/jabatan/:id/standar": agency(listers),
        "POST /instansi/:code/jabatan/:id/standar": agency(managers),
        "POST /instansi/:code/jabatan/:id/standar/salin": agency(managers),
        "GET /instansi/:code/jabatan/:id/kandidat": agency(managers),
        "GET /instansi/:code/impor": agency(managers), "POST /instansi/:code/impor": agency(managers),
        "POST /instansi/:code/impor/:upload/konfirmasi": agency(managers, missingOK: true),
        "GET /instansi/:code/impor-penilaian": agency(managers),
        "POST /instansi/:code/impor-penilaian": agency(managers),
        "POST /instansi/:code/impor-penilaian/:upload/konfirmasi": agency(managers, missingOK: true),
        "GET /instansi/:code/kompetensi": agency(listers), "POST /instansi/:code/kompetensi": agency(managers),
        "GET /instansi/:code/kompetensi/ekspor": agency(listers),
        "POST /instansi/:code/kompetensi/impor": agency(managers),
        "GET /instansi/:code/pengaturan/kompetensi": agency(managers),
        "POST /instansi/:code/pengaturan/kompetensi": agency(managers),
        "GET /instansi/:code/kesenjangan": agency(heads), "GET /instansi/:code/kesenjangan/peta": agency(heads),
        "POST /instansi/:code/standar/lengkapi": agency(managers),
        "GET /instansi/:code/jp": agency(heads), "GET /instansi/:code/jp/riwayat.csv": agency(managers),
        "GET /instansi/:code/pengaturan": agency(managers), "POST /instansi/:code/pengaturan": agency(managers),
        "GET /instansi/:code/pengaturan/jp": agency(managers), "POST /instansi/:code/pengaturan/jp": agency(managers),
        "GET /instansi/:code/kegiatan": agency(medan), "GET /instansi/:code/kegiatan/baru": agency(managers),
        "POST /instansi/:code/kegiatan/baru": agency(managers),
        "GET /instansi/:code/komunitas-belajar": agency(medan), "POST /instansi/:code/komunitas-belajar": agency(staff),
        "POST /instansi/:code/komunitas-belajar/pengaturan": agency(managers),
        // A session hosted by the employee: a manager or the head of the host's unit, never the host.
        "POST /sesi-komunitas/:id/konfirmasi": agency(nominators), "POST /sesi-komunitas/:id/tolak": agency(nominators),
        "GET /instansi/:code/pelatihan-luar": agency(managers),
        "GET /instansi/:code/elearning": agency(medan), "GET /instansi/:code/elearning/baru": agency(managers),
        "POST /instansi/:code/elearning/baru": agency(managers),
        "GET /instansi/:code/inovasi": agency(medan), "GET /instansi/:code/inovasi/baru": agency(listers),
        "POST /instansi/:code/inovasi/baru": agency(listers),
        "POST /instansi/:code/inovasi/pengaturan": agency(managers),
        // The employee's pages.
        "GET /pegawai/:nip": employee(readers), "GET /pegawai/:nip/ubah": employee(managers),
        "GET /pegawai/:nip/belajar": employee(readers), "POST /pegawai/:nip/belajar": employee(managers),
        "POST /pegawai/:nip/belajar/:id/semester": employee(managers),
        "GET /api/v1/employees/:nip/performance-ratings": employee(performanceReaders),
        "GET /pegawai/:nip/kinerja": employee(performanceReaders),
        "POST /pegawai/:nip/kinerja": employee([.admin, .manager, .supervisor]),
        "POST /api/v1/employees/:nip/performance-ratings": employee([.admin, .manager, .supervisor]),
        "GET /pegawai/:nip/umpan-balik": employee(performanceReaders),
        "GET /api/v1/employees/:nip/feedback": employee(performanceReaders),
        "POST /pegawai/:nip/umpan-balik": employee([.supervisor, .headIn]),
        "POST /api/v1/employees/:nip/feedback": employee([.supervisor, .headIn]),
        "POST /pegawai/:nip/umpan-balik/:id/balas": employee([.supervisor, .headIn, .employee], missingOK: true),
        "POST /api/v1/employees/:nip/feedback/:id/replies": employee(
            [.supervisor, .headIn, .employee], missingOK: true),
        "GET /api/v1/employees/:nip/studies": employee(readers),
        "POST /api/v1/employees/:nip/studies": employee(managers),
        "POST /api/v1/employees/:nip/studies/:id/semesters": employee(managers),
        "GET /pegawai/:nip/kedudukan": employee(managers), "POST /pegawai/:nip/kedudukan": employee(managers),
        "PUT /api/v1/employees/:nip/employment": employee(managers),
        "POST /instansi/:code/pegawai/keluar": agency(managers),
        "POST /pegawai/:nip/ubah": employee(managers), "GET /pegawai/:nip/kompetensi": employee(readers),
        "POST /pegawai/:nip/kompetensi": employee(readers),  // an empty form is refused by field for each of them
        "GET /pegawai/:nip/kompetensi/bukti/:file": employee(readers, missingOK: true),
        "GET /pegawai/:nip/jp": employee(readers), "GET /pegawai/:nip/mentoring": employee(readers),
        "POST /pegawai/:nip/mentoring": employee(nominators),
        "GET /pegawai/:nip/pelatihan-luar": employee(readers),
        "POST /pegawai/:nip/pelatihan-luar": employee([.employee]),
        "GET /pegawai/:nip/inovasi": employee(readers),
        "GET /pelatihan-luar/:id/sertifikat": employee(readers),
        "POST /pelatihan-luar/:id/keputusan": .on(.externalQueue, may: managers),
        "POST /pembimbingan/:id/sesi": .on(.mentorship, may: [.supervisor, .employee]),
        // The session the supervisor logged: only the other side confirms it.
        "POST /sesi-pembimbingan/:id/konfirmasi": .on(.mentorship, may: [.employee]),
        "GET /sertifikat/:code": employee(readers),
        // The running activity (the facilitator runs it; the employee takes part).
        "GET /kegiatan/:id": agency(medan), "GET /kegiatan/:id/ubah": agency(managers),
        "POST /kegiatan/:id/ubah": agency(managers), "POST /kegiatan/:id/status": agency(managers),
        "POST /kegiatan/:id/daftar": agency(staff), "POST /kegiatan/:id/batal": agency(medan),  // one's own place
        // Only those who attended react: nobody in the fixtures has attended the running activity yet
        // (`EvaluationTests` proves who may).
        "POST /kegiatan/:id/reaksi": agency([]), "GET /kegiatan/:id/evaluasi": agency(runners),
        "POST /api/v1/activities/:id/reactions": agency([]),
        "GET /api/v1/activities/:id/evaluation": agency(runners),
        "GET /evaluasi-penerapan": .signedIn, "GET /api/v1/behaviour-surveys": .signedIn,
        "GET /instansi/:code/evaluasi": agency(managers), "GET /api/v1/agencies/:code/evaluation": agency(managers),
        "POST /evaluasi-penerapan/:enrolment": .on(.enrolment, may: [.employee, .supervisor]),
        "POST /api/v1/enrolments/:enrolment/behaviour-survey": .on(.enrolment, may: [.employee, .supervisor]),
        "POST /kegiatan/:id/hadir": agency(staff), "POST /kegiatan/:id/selesai": agency(managers),
        "GET /kegiatan/:id/sesi/:session": agency(runners), "POST /kegiatan/:id/sesi/:session": agency(runners),
        // participants only
        "GET /kegiatan/:id/tes/:kind": agency(medan), "POST /kegiatan/:id/tes/:kind": agency([.employee]),
        "GET /kegiatan/:id/tes/:kind/ubah": agency(runners), "POST /kegiatan/:id/tes/:kind/ubah": agency(runners),
        "POST /pendaftaran/:enrolment/keputusan": .on(.enrolment, may: nominators),
        "POST /pendaftaran/:enrolment/nilai": .on(.enrolment, may: runners),
        "POST /persetujuan-kegiatan/:enrolment": .on(.enrolment, may: nominators),
        // A published course.
        "GET /elearning/:id": agency(medan), "GET /elearning/:id/ubah": agency(managers),
        "POST /elearning/:id/ubah": agency(managers), "GET /elearning/:id/modul/baru": agency(managers),
        "POST /elearning/:id/modul/baru": agency(managers), "GET /elearning/:id/modul/:module/ubah": agency(managers),
        "POST /elearning/:id/modul/:module/ubah": agency(managers),
        "GET /elearning/:id/modul/:module/materi/baru": agency(managers),
        "POST /elearning/:id/modul/:module/materi/baru": agency(managers),
        "GET /elearning/:id/materi/:lesson/ubah": agency(managers),
        "POST /elearning/:id/materi/:lesson/ubah": agency(managers),
        "POST /elearning/:id/materi/:lesson/hapus": agency(managers),
        "POST /elearning/:id/modul/:module/hapus": agency(managers),
        "GET /elearning/:id/materi/:lesson": agency(medan),
        "GET /elearning/:id/materi/:lesson/berkas": agency(medan, missingOK: true),
        "POST /elearning/:id/materi/:lesson/selesai": agency(staff),
        "GET /elearning/:id/modul/:module/kuis": agency(medan, missingOK: true),
        "POST /elearning/:id/modul/:module/kuis": agency(staff, missingOK: true),
        "POST /elearning/:id/progres": agency(staff), "GET /elearning/:id/peserta": agency(managers),
        // The employee's project (ketua) with their supervisor as mentor.
        "GET /inovasi/:id": project(managers.union([.employee, .supervisor])),
        "GET /inovasi/:id/ubah": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/ubah": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/anggota": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/anggota/:nip/keluar": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/status": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/tahapan": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/tahapan/:milestone/selesai": project(managers.union([.employee, .supervisor])),
        "POST /inovasi/:id/selesai": project(managers.union([.supervisor])),  // the mentor, never the ketua
        // API.
        "GET /api/v1/agencies/:code/units": agency(heads),
        "GET /api/v1/agencies/:code/employees": agency(listers), "GET /api/v1/employees/:nip": employee(readers),
        "POST /api/v1/agencies/:code/imports/employees": agency(managers),
        "GET /api/v1/agencies/:code/competencies": agency(listers),
        "GET /api/v1/agencies/:code/positions/:id/standard": agency(listers),
        "PUT /api/v1/agencies/:code/positions/:id/standard": agency(managers),
        "POST /api/v1/employees/:nip/assessments": employee(readers),  // "{}" is refused for each of them
        "GET /api/v1/employees/:nip/competency-profile": employee(readers),
        "GET /api/v1/agencies/:code/competency-gaps": agency(heads),
        "GET /api/v1/agencies/:code/positions/:id/candidates": agency(managers),
        "POST /api/v1/agencies/:code/imports/assessments": agency(managers),
        "POST /api/v1/agencies/:code/imports/performance-ratings": agency(managers),
        "GET /api/v1/agencies/:code/talent-grid": agency(managers),
        "GET /instansi/:code/talenta": agency(managers), "POST /instansi/:code/talenta": agency(managers),
        "GET /api/v1/employees/:nip/learning-hours": employee(readers),
        "GET /api/v1/agencies/:code/learning-hours/compliance": agency(heads),
        "GET /api/v1/agencies/:code/activities": agency(medan),
        "POST /api/v1/agencies/:code/activities": agency(managers), "GET /api/v1/activities/:id": agency(medan),
        "PUT /api/v1/activities/:id": agency(managers), "PUT /api/v1/activities/:id/status": agency(managers),
        "POST /api/v1/activities/:id/enrolments": agency(staff),  // without a NIP: one's own place
        "POST /api/v1/activities/:id/enrolments/by-gap": agency(managers),
        "POST /api/v1/enrolments/:enrolment/decision": .on(.enrolment, may: nominators),
        "DELETE /api/v1/enrolments/:enrolment": .on(.enrolment, may: nominators.union([.employee])),
        "POST /api/v1/activities/:id/check-in": agency(staff),
        "PUT /api/v1/activities/:id/sessions/:session/attendance": agency(runners),
        // Staff pass the door; "{}" carries no answers, refused before whether they take part is asked.
        "POST /api/v1/activities/:id/tests/:kind/attempts": agency(staff),
        "PUT /api/v1/enrolments/:enrolment/post-test": .on(.enrolment, may: runners),
        "POST /api/v1/activities/:id/complete": agency(managers),
        "GET /api/v1/agencies/:code/innovation-projects": agency(medan),
        "POST /api/v1/agencies/:code/innovation-projects": agency(listers),
        "GET /api/v1/innovation-projects/:id": project(managers.union([.employee, .supervisor])),
        "GET /api/v1/employees/:nip/innovation-projects": employee(readers),
        "POST /api/v1/innovation-projects/:id/members": project(managers.union([.employee, .supervisor])),
        "DELETE /api/v1/innovation-projects/:id/members/:nip": project(managers.union([.employee, .supervisor])),
        "POST /api/v1/innovation-projects/:id/milestones": project(managers.union([.employee, .supervisor])),
        "POST /api/v1/innovation-projects/:id/milestones/:milestone/done": project(
            managers.union([.employee, .supervisor])),
        "POST /api/v1/innovation-projects/:id/status": project(managers.union([.employee, .supervisor])),
        "POST /api/v1/innovation-projects/:id/complete": project(managers.union([.supervisor])),
        "GET /api/v1/employees/:nip/mentorships": employee(readers),
        "POST /api/v1/agencies/:code/mentorships": agency(listers),  // "{}" names no mentee: a field error
        "POST /api/v1/mentorships/:id/sessions": .on(.mentorship, may: [.supervisor, .employee]),
        "POST /api/v1/mentoring-sessions/:id/confirm": .on(.mentorship, may: [.employee]),
        "POST /api/v1/agencies/:code/knowledge-sessions": agency(staff),
        "POST /api/v1/knowledge-sessions/:id/confirm": agency(nominators),
        "POST /api/v1/knowledge-sessions/:id/reject": agency(nominators),
        "GET /api/v1/agencies/:code/courses": agency(medan), "GET /api/v1/courses/:id": agency(medan),
        "GET /api/v1/courses/:id/progress": agency(staff), "POST /api/v1/courses/:id/progress": agency(staff),
        "POST /api/v1/courses/:id/modules/:module/attempts": agency(staff, missingOK: true),
        "GET /api/v1/courses/:id/learners": agency(managers),
        "GET /api/v1/courses/:id/lessons/:lesson/file": agency(medan, missingOK: true),
    ]
}
