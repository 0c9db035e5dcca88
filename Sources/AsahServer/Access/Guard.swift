import AsahCore
import Fluent
import Vapor

/// The one access path. Every record a route names (in its path, or as the subject of its body) is
/// loaded through a `Guard`, which asks `AccessPolicy` the route's question and gives the one answer:
/// the record, or 404 when it does not exist for the actor (missing, another agency's, someone
/// else's), or 403 when the actor sees it but the action is not theirs. Handlers never decide access
/// themselves; the loaders live in `Guard+*.swift`, one file per part of the system.
struct Guard {
    let req: Request
    let user: SignedInUser

    init(_ req: Request, _ user: SignedInUser) {
        self.req = req
        self.user = user
    }

    var actor: Actor { user.actor }
    var db: any Database { req.db }

    /// Turns the policy's answer into the response a refused request gets.
    func require(_ access: Access, _ kind: RecordKind, refusal: @autoclosure () -> String) throws {
        switch access {
        case .granted: return
        case .forbidden: throw Abort(.forbidden, reason: refusal())
        case .hidden: throw kind.notFound
        }
    }

    /// A record named by a path parameter inside one the guard already loaded (a unit of an agency, a
    /// lesson of a course): another parent's record is as missing as an unknown one.
    func child<M: Model>(_: M.Type, _ param: String, _ kind: RecordKind, in parent: (M) -> Bool) async throws -> M
    where M.IDValue == UUID {
        guard let found = try await M.find(try id(param, kind), on: db), parent(found) else { throw kind.notFound }
        return found
    }

    /// A UUID path parameter; a malformed one names a record that does not exist.
    func id(_ name: String, _ kind: RecordKind) throws -> UUID {
        guard let id = req.parameters.get(name).flatMap(UUID.init(uuidString:)) else { throw kind.notFound }
        return id
    }
}

extension Request {
    /// For pages: the signed-in user's guard, or a redirect to the login page.
    func pageGuard() throws -> Guard { Guard(self, try requirePageUser()) }

    /// For the API: the bearer token's user's guard, or 401.
    func apiGuard() throws -> Guard { Guard(self, try requireAPIUser()) }
}

/// The kinds of record a route can name, each with the words a 404 uses.
enum RecordKind {
    case agency, unit, position, employee, evidence, upload
    case activity, session, enrolment, test, certificate
    case course, module, lesson, lessonFile, quiz, externalLearning, externalProof
    case mentorship, mentoringSession, project, milestone, knowledgeSession, account, transfer, study, feedback

    var notFound: Abort {
        let what: String
        switch self {
        case .agency: what = "Instansi tidak ditemukan."
        case .unit: what = "Unit kerja tidak ditemukan."
        case .position: what = "Jabatan tidak ditemukan."
        case .employee: what = "Pegawai tidak ditemukan."
        case .evidence: what = "Berkas bukti tidak ditemukan."
        case .upload: what = "Berkas unggahan tidak ditemukan atau sudah diimpor. Unggah kembali."
        case .activity: what = "Kegiatan tidak ditemukan."
        case .session: what = "Sesi tidak ditemukan."
        case .enrolment: what = "Pendaftaran tidak ditemukan."
        case .test: what = "Tes tidak ditemukan."
        case .certificate: what = "Sertifikat tidak ditemukan."
        case .course: what = "Kursus tidak ditemukan."
        case .module: what = "Modul tidak ditemukan."
        case .lesson: what = "Materi tidak ditemukan."
        case .lessonFile: what = "Berkas materi tidak ditemukan."
        case .quiz: what = "Modul ini tidak memiliki kuis."
        case .externalLearning: what = "Catatan tidak ditemukan."
        case .externalProof: what = "Berkas tidak ditemukan."
        case .mentorship: what = "Pembimbingan tidak ditemukan."
        case .mentoringSession: what = "Sesi tidak ditemukan."
        case .project: what = "Proyek inovasi tidak ditemukan."
        case .milestone: what = "Tahapan tidak ditemukan."
        case .knowledgeSession: what = "Sesi komunitas belajar tidak ditemukan."
        case .account: what = "Akun tidak ditemukan."
        case .transfer: what = "Permintaan mutasi tidak ditemukan."
        case .study: what = "Catatan belajar tidak ditemukan."
        case .feedback: what = "Umpan balik tidak ditemukan."
        }
        return Abort(.notFound, reason: what)
    }
}
