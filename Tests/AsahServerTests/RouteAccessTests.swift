import AsahCore
import Fluent
import SQLKit
import XCTVapor

@testable import AsahServer

/// Every route in the route table, called on one agency's records (Medan) by nobody, by another
/// agency's manager and by the agency's own manager. A route missing from `Self.table` fails the test,
/// so a new route must state who may use it. No call may answer 5xx. Every other role on every route
/// is `RouteRoleTests`'.
final class RouteAccessTests: AppTestCase {
    enum Rule {
        /// Anyone, signed in or not.
        case open
        /// Anyone signed in; names no agency's record (the actor's own list or home).
        case signedIn
        /// Names a Medan record: nobody signed in is sent to sign in, another agency's manager gets 404,
        /// Medan's manager may (`manager: true`) or gets 403 (the action is someone else's: the employee's,
        /// the facilitator's, the other party's).
        case record(manager: Bool)
    }

    static let table: [String: Rule] = [
        "GET /healthz": .open, "GET /static/asah-3.css": .open, "GET /api/v1/openapi.json": .open, "GET /sw.js": .open,
        "GET /static/elearning-1.js": .open, "GET /masuk": .open, "POST /masuk": .open, "GET /verifikasi": .open,
        "GET /verifikasi/:code": .open, "POST /api/v1/auth/tokens": .open,
        "GET /": .signedIn, "POST /keluar": .signedIn, "GET /instansi": .signedIn,
        "GET /persetujuan-kegiatan": .signedIn, "GET /kotak-masuk": .signedIn,
        "GET /api/v1/me": .signedIn, "DELETE /api/v1/auth/tokens/current": .signedIn, "GET /api/v1/agencies": .signedIn,
        "POST /api/v1/auth/activate": .open, "PUT /api/v1/me/password": .signedIn,
        // Accounts of the agency (the subject account is `pegawai.medan`, who is no caller here).
        "POST /api/v1/agencies/:code/users": .record(manager: true),
        "GET /api/v1/agencies/:code/users": .record(manager: true),
        "PATCH /api/v1/users/:username": .record(manager: true),
        "POST /api/v1/users/:username/reset": .record(manager: true),
        "GET /instansi/:code/akun": .record(manager: true), "POST /instansi/:code/akun/buka": .record(manager: true),
        "GET /akun/:username": .record(manager: true), "POST /akun/:username": .record(manager: true),
        "POST /akun/:username/reset": .record(manager: true),
        "GET /aktivasi": .open, "POST /aktivasi": .open, "GET /instansi/baru": .signedIn,
        "GET /sistem": .signedIn, "GET /metrics": .open,
        "POST /instansi/baru": .signedIn, "GET /akun-saya": .signedIn, "POST /akun-saya": .signedIn,
        // Agency pages.
        "GET /instansi/:code": .record(manager: true), "GET /instansi/:code/pegawai": .record(manager: true),
        "GET /instansi/:code/pegawai/baru": .record(manager: true),
        "POST /instansi/:code/pegawai/baru": .record(manager: true),
        "GET /instansi/:code/unit/baru": .record(manager: true),
        "POST /instansi/:code/unit/baru": .record(manager: true),
        "GET /instansi/:code/unit/:id/ubah": .record(manager: true),
        "POST /instansi/:code/unit/:id/ubah": .record(manager: true),
        "GET /instansi/:code/jabatan": .record(manager: true),
        "GET /instansi/:code/atasan": .record(manager: true),
        "GET /pegawai/:nip/belajar": .record(manager: true), "POST /pegawai/:nip/belajar": .record(manager: true),
        "POST /pegawai/:nip/belajar/:id/semester": .record(manager: true),
        "GET /api/v1/employees/:nip/performance-ratings": .record(manager: true),
        "GET /pegawai/:nip/kinerja": .record(manager: true), "POST /pegawai/:nip/kinerja": .record(manager: true),
        "POST /api/v1/employees/:nip/performance-ratings": .record(manager: true),
        "GET /pegawai/:nip/umpan-balik": .record(manager: true),
        "GET /api/v1/employees/:nip/feedback": .record(manager: true),
        // Leaders in the employee's chain write feedback; the employee and the chain reply.
        "POST /pegawai/:nip/umpan-balik": .record(manager: false),
        "POST /api/v1/employees/:nip/feedback": .record(manager: false),
        "POST /pegawai/:nip/umpan-balik/:id/balas": .record(manager: false),
        "POST /api/v1/employees/:nip/feedback/:id/replies": .record(manager: false),
        "GET /api/v1/employees/:nip/studies": .record(manager: true),
        "POST /api/v1/employees/:nip/studies": .record(manager: true),
        "POST /api/v1/employees/:nip/studies/:id/semesters": .record(manager: true),
        "GET /instansi/:code/mutasi": .record(manager: true), "POST /instansi/:code/mutasi": .record(manager: true),
        "POST /mutasi/:id/keputusan": .record(manager: true),
        "POST /api/v1/agencies/:code/transfers": .record(manager: true),
        "GET /api/v1/agencies/:code/transfers": .record(manager: true),
        "GET /api/v1/transfers/:id": .record(manager: true),
        "POST /api/v1/transfers/:id/decision": .record(manager: true),
        "GET /instansi/:code/jabatan/baru": .record(manager: true),
        "POST /instansi/:code/jabatan/baru": .record(manager: true),
        "GET /instansi/:code/jabatan/:id/ubah": .record(manager: true),
        "POST /instansi/:code/jabatan/:id/ubah": .record(manager: true),
        "GET /instansi/:code/jabatan/:id/standar": .record(manager: true),
        "POST /instansi/:code/jabatan/:id/standar": .record(manager: true),
        "POST /instansi/:code/jabatan/:id/standar/salin": .record(manager: true),
        "GET /instansi/:code/jabatan/:id/kandidat": .record(manager: true),
        "GET /instansi/:code/impor": .record(manager: true), "POST /instansi/:code/impor": .record(manager: true),
        "POST /instansi/:code/impor/:upload/konfirmasi": .record(manager: true),
        "GET /instansi/:code/impor-penilaian": .record(manager: true),
        "POST /instansi/:code/impor-penilaian": .record(manager: true),
        "POST /instansi/:code/impor-penilaian/:upload/konfirmasi": .record(manager: true),
        "GET /instansi/:code/kompetensi": .record(manager: true),
        "POST /instansi/:code/kompetensi": .record(manager: true),
        "GET /instansi/:code/kompetensi/ekspor": .record(manager: true),
        "POST /instansi/:code/kompetensi/impor": .record(manager: true),
        "GET /instansi/:code/pengaturan/kompetensi": .record(manager: true),
        "POST /instansi/:code/pengaturan/kompetensi": .record(manager: true),
        "GET /instansi/:code/kesenjangan": .record(manager: true),
        "GET /instansi/:code/kesenjangan/peta": .record(manager: true),
        "POST /instansi/:code/standar/lengkapi": .record(manager: true),
        "GET /instansi/:code/jp": .record(manager: true), "GET /instansi/:code/jp/riwayat.csv": .record(manager: true),
        "GET /instansi/:code/pengaturan": .record(manager: true),
        "POST /instansi/:code/pengaturan": .record(manager: true),
        "GET /instansi/:code/pengaturan/jp": .record(manager: true),
        "POST /instansi/:code/pengaturan/jp": .record(manager: true),
        "GET /instansi/:code/kegiatan": .record(manager: true),
        "GET /instansi/:code/kegiatan/baru": .record(manager: true),
        "POST /instansi/:code/kegiatan/baru": .record(manager: true),
        "GET /instansi/:code/komunitas-belajar": .record(manager: true),
        "POST /instansi/:code/komunitas-belajar": .record(manager: false),  // employees host
        "POST /instansi/:code/komunitas-belajar/pengaturan": .record(manager: true),
        "POST /sesi-komunitas/:id/konfirmasi": .record(manager: true),  // managers, the host's unit head
        "POST /sesi-komunitas/:id/tolak": .record(manager: true),
        "GET /instansi/:code/pelatihan-luar": .record(manager: true),
        "GET /instansi/:code/elearning": .record(manager: true),
        "GET /instansi/:code/elearning/baru": .record(manager: true),
        "POST /instansi/:code/elearning/baru": .record(manager: true),
        "GET /instansi/:code/inovasi": .record(manager: true),
        "GET /instansi/:code/inovasi/baru": .record(manager: true),
        "POST /instansi/:code/inovasi/baru": .record(manager: true),
        "POST /instansi/:code/inovasi/pengaturan": .record(manager: true),
        // An employee's pages.
        "GET /pegawai/:nip": .record(manager: true), "GET /pegawai/:nip/ubah": .record(manager: true),
        "GET /pegawai/:nip/kedudukan": .record(manager: true), "POST /pegawai/:nip/kedudukan": .record(manager: true),
        "POST /instansi/:code/pegawai/keluar": .record(manager: true),
        "POST /pegawai/:nip/ubah": .record(manager: true), "GET /pegawai/:nip/kompetensi": .record(manager: true),
        "POST /pegawai/:nip/kompetensi": .record(manager: true),
        "GET /pegawai/:nip/kompetensi/bukti/:file": .record(manager: true),
        "GET /pegawai/:nip/jp": .record(manager: true), "GET /pegawai/:nip/mentoring": .record(manager: true),
        "POST /pegawai/:nip/mentoring": .record(manager: true),
        "GET /pegawai/:nip/pelatihan-luar": .record(manager: true),
        "POST /pegawai/:nip/pelatihan-luar": .record(manager: false),  // the employee records their own
        "GET /pegawai/:nip/inovasi": .record(manager: true),
        "GET /pelatihan-luar/:id/sertifikat": .record(manager: true),
        "POST /pelatihan-luar/:id/keputusan": .record(manager: true),
        "POST /pembimbingan/:id/sesi": .record(manager: false),  // the mentor or the mentee
        "POST /sesi-pembimbingan/:id/konfirmasi": .record(manager: false),  // the side that did not log
        // Activities.
        "GET /kegiatan/:id": .record(manager: true), "GET /kegiatan/:id/ubah": .record(manager: true),
        "POST /kegiatan/:id/ubah": .record(manager: true), "POST /kegiatan/:id/status": .record(manager: true),
        "POST /kegiatan/:id/daftar": .record(manager: false),  // an employee asks for a place
        "POST /kegiatan/:id/batal": .record(manager: true),
        "POST /kegiatan/:id/hadir": .record(manager: false),  // an enrolled participant
        "POST /kegiatan/:id/reaksi": .record(manager: false),  // a participant who attended
        "POST /api/v1/activities/:id/reactions": .record(manager: false),
        "GET /kegiatan/:id/evaluasi": .record(manager: true),
        "GET /evaluasi-penerapan": .signedIn, "GET /api/v1/behaviour-surveys": .signedIn,
        "GET /instansi/:code/evaluasi": .record(manager: true),
        "GET /instansi/:code/talenta": .record(manager: true), "POST /instansi/:code/talenta": .record(manager: true),
        "GET /api/v1/agencies/:code/evaluation": .record(manager: true),
        // The participant and their supervisor answer the behaviour survey.
        "POST /evaluasi-penerapan/:enrolment": .record(manager: false),
        "POST /api/v1/enrolments/:enrolment/behaviour-survey": .record(manager: false),
        "GET /api/v1/activities/:id/evaluation": .record(manager: true),
        "POST /kegiatan/:id/selesai": .record(manager: true),
        "GET /kegiatan/:id/sesi/:session": .record(manager: true),
        "POST /kegiatan/:id/sesi/:session": .record(manager: true),
        "GET /kegiatan/:id/tes/:kind": .record(manager: true), "POST /kegiatan/:id/tes/:kind": .record(manager: false),
        "GET /kegiatan/:id/tes/:kind/ubah": .record(manager: true),
        "POST /kegiatan/:id/tes/:kind/ubah": .record(manager: true),
        "POST /pendaftaran/:enrolment/keputusan": .record(manager: true),
        "POST /pendaftaran/:enrolment/nilai": .record(manager: true),
        "POST /persetujuan-kegiatan/:enrolment": .record(manager: true),
        "GET /sertifikat/:code": .record(manager: true),
        // E-learning.
        "GET /elearning/:id": .record(manager: true), "GET /elearning/:id/ubah": .record(manager: true),
        "POST /elearning/:id/ubah": .record(manager: true), "GET /elearning/:id/modul/baru": .record(manager: true),
        "POST /elearning/:id/modul/baru": .record(manager: true),
        "GET /elearning/:id/modul/:module/ubah": .record(manager: true),
        "POST /elearning/:id/modul/:module/ubah": .record(manager: true),
        "GET /elearning/:id/modul/:module/materi/baru": .record(manager: true),
        "POST /elearning/:id/modul/:module/materi/baru": .record(manager: true),
        "GET /elearning/:id/materi/:lesson/ubah": .record(manager: true),
        "POST /elearning/:id/materi/:lesson/ubah": .record(manager: true),
        "POST /elearning/:id/materi/:lesson/hapus": .record(manager: true),
        "POST /elearning/:id/modul/:module/hapus": .record(manager: true),
        "GET /elearning/:id/materi/:lesson": .record(manager: true),
        "GET /elearning/:id/materi/:lesson/berkas": .record(manager: true),
        // learners (the demo manager is no employee)
        "POST /elearning/:id/materi/:lesson/selesai": .record(manager: false),
        "GET /elearning/:id/modul/:module/kuis": .record(manager: true),
        "POST /elearning/:id/modul/:module/kuis": .record(manager: false),
        "POST /elearning/:id/progres": .record(manager: false), "GET /elearning/:id/peserta": .record(manager: true),
        // Innovation projects.
        "GET /inovasi/:id": .record(manager: true), "GET /inovasi/:id/ubah": .record(manager: true),
        "POST /inovasi/:id/ubah": .record(manager: true), "POST /inovasi/:id/anggota": .record(manager: true),
        "POST /inovasi/:id/anggota/:nip/keluar": .record(manager: true),
        "POST /inovasi/:id/status": .record(manager: true),
        "POST /inovasi/:id/tahapan": .record(manager: true),
        "POST /inovasi/:id/tahapan/:milestone/selesai": .record(manager: true),
        "POST /inovasi/:id/selesai": .record(manager: true),
        // API.
        "GET /api/v1/agencies/:code/units": .record(manager: true),
        "GET /api/v1/agencies/:code/employees": .record(manager: true),
        "GET /api/v1/employees/:nip": .record(manager: true),
        "PUT /api/v1/employees/:nip/employment": .record(manager: true),
        "POST /api/v1/agencies/:code/imports/employees": .record(manager: true),
        "GET /api/v1/agencies/:code/competencies": .record(manager: true),
        "GET /api/v1/agencies/:code/positions/:id/standard": .record(manager: true),
        "PUT /api/v1/agencies/:code/positions/:id/standard": .record(manager: true),
        "POST /api/v1/employees/:nip/assessments": .record(manager: true),
        "GET /api/v1/employees/:nip/competency-profile": .record(manager: true),
        "GET /api/v1/agencies/:code/competency-gaps": .record(manager: true),
        "GET /api/v1/agencies/:code/positions/:id/candidates": .record(manager: true),
        "POST /api/v1/agencies/:code/imports/assessments": .record(manager: true),
        "POST /api/v1/agencies/:code/imports/performance-ratings": .record(manager: true),
        "GET /api/v1/agencies/:code/talent-grid": .record(manager: true),
        "GET /api/v1/employees/:nip/learning-hours": .record(manager: true),
        "GET /api/v1/agencies/:code/learning-hours/compliance": .record(manager: true),
        "GET /api/v1/agencies/:code/activities": .record(manager: true),
        "POST /api/v1/agencies/:code/activities": .record(manager: true),
        "GET /api/v1/activities/:id": .record(manager: true),
        "PUT /api/v1/activities/:id": .record(manager: true),
        "PUT /api/v1/activities/:id/status": .record(manager: true),
        "POST /api/v1/activities/:id/enrolments": .record(manager: false),  // without a NIP: one's own place
        "POST /api/v1/activities/:id/enrolments/by-gap": .record(manager: true),
        "POST /api/v1/enrolments/:enrolment/decision": .record(manager: true),
        "DELETE /api/v1/enrolments/:enrolment": .record(manager: true),
        "POST /api/v1/activities/:id/check-in": .record(manager: false),
        "PUT /api/v1/activities/:id/sessions/:session/attendance": .record(manager: true),
        "POST /api/v1/activities/:id/tests/:kind/attempts": .record(manager: false),
        "PUT /api/v1/enrolments/:enrolment/post-test": .record(manager: true),
        "POST /api/v1/activities/:id/complete": .record(manager: true),
        "GET /api/v1/certificates/:code": .open,  // the public check of a certificate code
        "GET /api/v1/agencies/:code/innovation-projects": .record(manager: true),
        "POST /api/v1/agencies/:code/innovation-projects": .record(manager: true),
        "GET /api/v1/innovation-projects/:id": .record(manager: true),
        "GET /api/v1/employees/:nip/innovation-projects": .record(manager: true),
        "POST /api/v1/innovation-projects/:id/members": .record(manager: true),
        "DELETE /api/v1/innovation-projects/:id/members/:nip": .record(manager: true),
        "POST /api/v1/innovation-projects/:id/milestones": .record(manager: true),
        "POST /api/v1/innovation-projects/:id/milestones/:milestone/done": .record(manager: true),
        "POST /api/v1/innovation-projects/:id/status": .record(manager: true),
        "POST /api/v1/innovation-projects/:id/complete": .record(manager: true),
        "GET /api/v1/employees/:nip/mentorships": .record(manager: true),
        "POST /api/v1/agencies/:code/mentorships": .record(manager: true),
        "POST /api/v1/mentorships/:id/sessions": .record(manager: false),
        "POST /api/v1/mentoring-sessions/:id/confirm": .record(manager: false),
        "POST /api/v1/agencies/:code/knowledge-sessions": .record(manager: false),  // employees host
        "POST /api/v1/knowledge-sessions/:id/confirm": .record(manager: true),
        "POST /api/v1/knowledge-sessions/:id/reject": .record(manager: true),
        "GET /api/v1/agencies/:code/courses": .record(manager: true), "GET /api/v1/courses/:id": .record(manager: true),
        "GET /api/v1/courses/:id/progress": .record(manager: false),
        "POST /api/v1/courses/:id/progress": .record(manager: false),
        "POST /api/v1/courses/:id/modules/:module/attempts": .record(manager: false),
        "GET /api/v1/courses/:id/learners": .record(manager: true),
        "GET /api/v1/courses/:id/lessons/:lesson/file": .record(manager: true),
    ]

    static func key(_ route: Route) -> String {
        route.method.rawValue + " /"
            + route.path.map { c -> String in
                if case .parameter(let name) = c { return ":" + name }
                return c.description
            }.joined(separator: "/")
    }

    func testEveryRouteIsInTheTable() {
        let keys = Set(app.routes.all.map(Self.key))
        XCTAssertEqual(
            keys.subtracting(Self.table.keys).sorted(), [], "routes without an access rule in RouteAccessTests.table")
        XCTAssertEqual(Set(Self.table.keys).subtracting(keys).sorted(), [], "rules for routes that no longer exist")
    }

    /// Medan's records, one of each kind a route names.
    private func fixtures() async throws -> [String: String] {
        let medan = try await agencyID("medan")
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let employee = try await Employee.find(me.employeeID, on: db)!
        let activity = try await Activity.query(on: db).filter(\.$agencyID == medan)
            .filter(\.$title == "E-Government dan SPBE untuk Pelayanan Perhubungan").first()!.id!
        let course = try await firstID("SELECT id FROM courses WHERE agency_id = \(bind: medan) ORDER BY title")
        let module = try await firstID(
            "SELECT id FROM course_modules WHERE course_id = \(bind: UUID(uuidString: course)!) ORDER BY position")
        let project = try await firstID(
            "SELECT id FROM innovation_projects WHERE agency_id = \(bind: medan) ORDER BY title")
        let mentorship = try await firstID("SELECT id FROM mentorships WHERE agency_id = \(bind: medan)")
        let external = try await submittedExternalLearning(
            agency: medan, employee: employee.id!, today: TestClock.today)
        let knowledge = IDs.make()
        try await sql.raw(
            """
            INSERT INTO knowledge_sessions (id, agency_id, host_id, topic, held_on, minutes, created_at, state)
            VALUES (\(bind: knowledge), \(bind: medan), \(bind: employee.id!), 'Sesi uji akses',
                    \(bind: TestClock.today.iso), 60, \(bind: TestClock.now), 'pending')
            """
        ).run()
        // Batanghari asks Medan for its employee (Mamuju's manager, the other caller, is neither side).
        let transfer = IDs.make()
        try await sql.raw(
            """
            INSERT INTO transfers (id, employee_id, nip, from_agency_id, to_agency_id, state, requested_at)
            VALUES (\(bind: transfer), \(bind: employee.id!), \(bind: employee.nip), \(bind: medan),
                    \(bind: try await agencyID("batanghari")), 'pending', \(bind: TestClock.now))
            """
        ).run()
        let study = IDs.make()
        try await sql.raw(
            """
            INSERT INTO study_records (id, agency_id, employee_id, kind, institution, programme, starts_on, ends_on,
                                       international, created_at)
            VALUES (\(bind: study), \(bind: medan), \(bind: employee.id!), 'izin_belajar', 'Universitas Terbuka',
                    'S1 Administrasi Negara', '2025-09-01', '2029-08-31', \(bind: false), \(bind: TestClock.now))
            """
        ).run()
        return [
            "transfer": transfer.uuidString, "study": study.uuidString,
            "code": "medan", "nip": employee.nip, "activity": activity.uuidString,
            "session": try await firstID(
                "SELECT id FROM activity_sessions WHERE activity_id = \(bind: activity) ORDER BY date"),
            "enrolment": try await firstID(
                "SELECT id FROM enrolments WHERE activity_id = \(bind: activity) ORDER BY id"),
            "certificate": try await Enrolment.query(on: db).filter(\.$agencyID == medan).filter(
                \.$certificateCode != nil
            )
            .first()!.certificateCode!,
            "course": course, "module": module,
            "lesson": try await firstID(
                "SELECT id FROM course_lessons WHERE module_id = \(bind: UUID(uuidString: module)!) ORDER BY position"),
            "project": project,
            "milestone": try await firstID(
                "SELECT id FROM innovation_milestones WHERE project_id = \(bind: UUID(uuidString: project)!)"),
            "position": try await firstID("SELECT id FROM positions WHERE agency_id = \(bind: medan) ORDER BY name"),
            "unit": try await firstID("SELECT id FROM units WHERE agency_id = \(bind: medan) ORDER BY path"),
            "external": external.uuidString, "mentorship": mentorship,
            "mentoring-session": try await firstID(
                "SELECT id FROM mentoring_sessions WHERE mentorship_id = \(bind: UUID(uuidString: mentorship)!)"),
            "knowledge-session": knowledge.uuidString, "missing": UUID().uuidString, "username": "pegawai.medan",
        ]
    }

    /// The concrete path of a route on Medan's records: each parameter by its name and the path before it.
    static func path(_ route: Route, _ f: [String: String]) -> String {
        let parts = route.path.map(\.description)
        var out: [String] = []
        for (i, c) in route.path.enumerated() {
            guard case .parameter(let name) = c else {
                out.append(c.description)
                continue
            }
            let before = i > 0 ? parts[i - 1] : ""
            let value: String?
            switch (name, before) {
            case ("code", "sertifikat"), ("code", "verifikasi"), ("code", "certificates"): value = f["certificate"]
            case ("id", "kegiatan"), ("id", "activities"): value = f["activity"]
            case ("id", "elearning"), ("id", "courses"): value = f["course"]
            case ("id", "inovasi"), ("id", "innovation-projects"): value = f["project"]
            case ("id", "jabatan"), ("id", "positions"): value = f["position"]
            case ("id", "unit"): value = f["unit"]
            case ("id", "mutasi"), ("id", "transfers"): value = f["transfer"]
            case ("id", "belajar"), ("id", "studies"): value = f["study"]
            case ("id", "pelatihan-luar"): value = f["external"]
            case ("id", "pembimbingan"), ("id", "mentorships"): value = f["mentorship"]
            case ("id", "sesi-pembimbingan"), ("id", "mentoring-sessions"): value = f["mentoring-session"]
            case ("id", "sesi-komunitas"), ("id", "knowledge-sessions"): value = f["knowledge-session"]
            case ("kind", _): value = "post"
            case ("upload", _), ("file", _): value = f["missing"]
            default: value = f[name]
            }
            out.append(value ?? "unfilled-\(name)")
        }
        return "/" + out.joined(separator: "/")
    }

    private func call(_ route: Route, _ path: String, browser: inout Browser, api: APIClient?) async throws
        -> XCTHTTPResponse
    {
        if path.hasPrefix("/api/") {
            let client = api ?? APIClient(app: app, token: nil)
            return try await client.send(route.method, path, json: route.method == .GET ? nil : "{}")
        }
        return route.method == .GET ? try await browser.get(path) : try await browser.post(path, form: [:])
    }

    /// Destructive calls (sign out, delete, close, status) run last, so they do not hide the others.
    static func order(_ a: Route, _ b: Route) -> Bool {
        func weight(_ r: Route) -> Int {
            let k = key(r)
            if r.method == .GET { return 0 }
            return ["keluar", "hapus", "selesai", "complete", "status", "DELETE", "batal"].contains { k.contains($0) }
                ? 2 : 1
        }
        return (weight(a), key(a)) < (weight(b), key(b))
    }

    func testNobodyAnotherAgencysManagerAndTheAgencysManagerOnEveryRoute() async throws {
        try await seedDemo()
        let f = try await fixtures()
        let routes = app.routes.all.filter { Self.table[Self.key($0)] != nil }.sorted(by: Self.order)
        var failures: [String] = []
        func check(_ ok: Bool, _ who: String, _ route: Route, _ res: XCTHTTPResponse) {
            if !ok || res.status.code >= 500 {
                failures.append("\(who) \(Self.key(route)) → \(res.status.code) \(String(res.text.prefix(160)))")
            }
        }

        let anonymous = Browser(app)
        var other = Browser(app)
        _ = try await other.login("pengelola.mamuju")
        let otherAPI = try await APIClient.signIn(app, "pengelola.mamuju")
        for route in routes {
            let path = Self.path(route, f)
            let rule = Self.table[Self.key(route)]!
            var fresh = anonymous
            let res = try await call(route, path, browser: &fresh, api: nil)
            switch rule {
            case .open: check(true, "anonymous", route, res)
            case .signedIn, .record:
                if path.hasPrefix("/api/") {
                    check(res.status == .unauthorized, "anonymous", route, res)
                } else if route.method == .GET {
                    let location = res.headers.first(name: .location) ?? ""
                    check(res.status == .seeOther && location.hasPrefix("/masuk"), "anonymous", route, res)
                } else {
                    check([.forbidden, .seeOther].contains(res.status), "anonymous", route, res)
                }
            }
            guard case .record = rule, route.method == .GET || !Self.key(route).contains("keluar") else { continue }
            let cross = try await call(route, path, browser: &other, api: otherAPI)
            check(cross.status == .notFound, "pengelola.mamuju", route, cross)
        }

        var manager = Browser(app)
        _ = try await manager.login("pengelola.medan")
        let managerAPI = try await APIClient.signIn(app, "pengelola.medan")
        for route in routes {
            guard case .record(let allowed) = Self.table[Self.key(route)]! else { continue }
            let path = Self.path(route, f)
            let res = try await call(route, path, browser: &manager, api: managerAPI)
            // Records the fixtures cannot name (an import upload, an evidence file, a lesson's file: the
            // demo lessons are text) may be missing for the manager too.
            let missing = path.contains(f["missing"]!) || path.hasSuffix("/berkas") || path.hasSuffix("/file")
            if allowed {
                check(
                    ![.unauthorized, .forbidden].contains(res.status) && (missing || res.status != .notFound),
                    "pengelola.medan", route, res)
            } else {
                check(res.status == .forbidden, "pengelola.medan", route, res)
            }
        }
        XCTAssertEqual(
            failures, [],
            "\(failures.count) calls did not answer as the policy says:\n" + failures.joined(separator: "\n"))
    }

    /// Every GET route on one employee (`:nip`), by relation: the employee, their supervisor and the head
    /// of their unit read it; another employee and the head of another unit get 404 (the record does not
    /// exist for them). The edit form is the agency's managers' alone: 403 to those who may read it.
    func testAnEmployeesRecordsByRelation() async throws {
        try await world()
        let medan = try await agencyID("medan")
        let me = try await User.query(on: db).filter(\.$username == "pegawai.medan").first()!
        let employee = try await Employee.find(me.employeeID, on: db)!
        let unitPath = try await Unit.find(employee.unitID, on: db)!.path
        let head = try await User.query(on: db).filter(\.$username == "kepala.medan").first()!
        let headPath = try await Unit.find(head.unitID, on: db)!.path
        XCTAssertTrue(unitPath.hasPrefix(headPath), "the head leads the employee's unit")
        let staff = try await Employee.query(on: db).filter(\.$agencyID == medan).all()
        var units: [UUID: String] = [:]
        for u in try await Unit.query(on: db).filter(\.$agencyID == medan).all() { units[u.id!] = u.path }
        // Someone neither above the employee in the structure nor in their chain of supervisors (who
        // see their performance ratings).
        let chain = try await PerformanceQueries.supervisorChain(of: employee.id!, on: db)
        let outsider = try XCTUnwrap(
            staff.first {
                !chain.contains($0.id!) && !(units[$0.unitID ?? UUID()] ?? unitPath).hasPrefix(unitPath)
                    && !unitPath.hasPrefix(units[$0.unitID ?? UUID()] ?? unitPath)
            })
        let otherHead = User(
            username: "kepala.lain", passwordHash: try Bcrypt.hash(Self.employeePassword, cost: 4),
            displayName: "Kepala Lain",
            roles: [.unitHead, .employee], agencyID: medan, employeeID: outsider.id, unitID: outsider.unitID)
        try await otherHead.create(on: db)

        var who: [(String, Bool, Browser, APIClient)] = []
        func add(_ name: String, reads: Bool, username: String, password: String) async throws {
            var b = Browser(app)
            let login = try await b.login(username, password: password)
            XCTAssertEqual(login.status, .seeOther, name)
            who.append((name, reads, b, try await APIClient.signIn(app, username, password: password)))
        }
        try await add("the employee", reads: true, username: "pegawai.medan", password: "asah-demo")
        try await add("the head of their unit", reads: true, username: "kepala.medan", password: "asah-demo")
        if let boss = employee.supervisorID, let supervisor = try await Employee.find(boss, on: db) {
            try await add(
                "their supervisor", reads: true, username: try await createAccount(for: supervisor),
                password: Self.employeePassword)
        }
        try await add(
            "another employee", reads: false, username: try await createAccount(for: outsider),
            password: Self.employeePassword)
        try await add(
            "the head of another unit", reads: false, username: "kepala.lain", password: Self.employeePassword)

        let routes = app.routes.all.filter { r in
            r.method == .GET && r.path.contains { if case .parameter("nip") = $0 { return true } else { return false } }
                && !Self.key(r).contains(":file") && !Self.key(r).contains("innovation")
                && !Self.key(r).contains("inovasi/:id")
        }
        XCTAssertGreaterThanOrEqual(routes.count, 10)
        var failures: [String] = []
        for route in routes {
            let path =
                "/"
                + route.path.map { c -> String in
                    if case .parameter = c { return employee.nip }
                    return c.description
                }.joined(separator: "/")
            let edit = path.hasSuffix("/ubah") || path.hasSuffix("/kedudukan")  // managers only
            for (name, reads, browser, api) in who {
                var b = browser
                let res = path.hasPrefix("/api/") ? try await api.get(path) : try await b.get(path)
                let expected: HTTPStatus = reads ? (edit ? .forbidden : .ok) : .notFound
                if res.status != expected {
                    failures.append("\(name) GET \(path) → \(res.status.code), expected \(expected.code)")
                }
            }
        }
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }
}
