import AsahCore
import Fluent
import Vapor

/// JSON API of accounts: managers open accounts for their agency's employees and change them; anyone
/// activates their own account with the code from the slip and changes their password.
struct AccountAPIController {
    /// `POST /api/v1/agencies/{code}/users`: an account for one employee, with a one-time code.
    func create(req: Request) async throws -> Response {
        let guarded = try req.apiGuard()
        let agency = try await guarded.agency(.manageAccounts)
        let agencyID = try agency.requireID()
        let body = try req.decodeBody(AccountBody.self)
        let roles = try body.roleSet() ?? [.employee]
        try guarded.allowGrant(roles, in: agencyID)
        let unitID = try await unit(body.unit, of: agencyID, on: req.db)
        if let problem = AccountRules.problems(roles: roles, hasEmployee: true, hasUnit: unitID != nil).first {
            throw APIError.field(problem.key, problem.value)
        }
        guard let nip = body.nip.map(NIP.normalize), !nip.isEmpty,
            let candidate = try await AccountQueries.candidates(agencyID: agencyID, nip: nip, on: req.db).first
        else { throw APIError.field("nip", "Tidak ada pegawai dengan NIP ini di instansi ini.") }
        let opened = try await Self.refusals {
            try await AccountService.open(
                [candidate], roles: roles, unitID: unitID, agencyID: agencyID, byUser: guarded.user.userID,
                now: req.now, on: req.db)
        }
        guard let slip = opened.slips.first else {
            throw APIError(.conflict, message: "Pegawai ini sudah memiliki akun.")
        }
        let response = Response(status: .created)
        try response.content.encode(ActivationDTO(slip))
        return response
    }

    /// `GET /api/v1/agencies/{code}/users`: the agency's accounts (`q`, `page`, `per`).
    func list(req: Request) async throws -> AccountListDTO {
        let agency = try await req.apiGuard().agency(.manageAccounts)
        let paging = Paging(
            page: req.query[Int.self, at: "page"], per: req.query[Int.self, at: "per"], defaultPer: 50, maxPer: 200)
        let (items, total) = try await AccountQueries.list(
            agencyID: try agency.requireID(), search: req.query[String.self, at: "q"].map { String($0.prefix(100)) },
            page: paging, on: req.db)
        return AccountListDTO(items: items.map(AccountDTO.init), total: total, page: paging.page, per: paging.per)
    }

    /// `PATCH /api/v1/users/{username}`: roles, the unit a unit head leads, and whether it may sign in.
    func update(req: Request) async throws -> AccountDTO {
        let guarded = try req.apiGuard()
        let user = try await guarded.account()
        let body = try req.decodeBody(AccountBody.self)
        let roles = try body.roleSet() ?? user.roles
        try guarded.allowGrant(roles.symmetricDifference(user.roles), in: user.agencyID)
        if user.id == guarded.user.userID, body.active == false {
            throw APIError.field("active", "Anda tidak dapat menonaktifkan akun Anda sendiri.")
        }
        let unitID: UUID? =
            if body.unit != nil, let agencyID = user.agencyID {
                try await unit(body.unit, of: agencyID, on: req.db)
            } else { user.unitID }
        try await Self.refusals {
            try await AccountService.update(
                user, roles: roles, unitID: unitID, active: body.active ?? user.isActive, byUser: guarded.user.userID,
                app: req.application, on: req.db)
        }
        guard let listed = try await AccountQueries.one(username: user.username, on: req.db) else {
            throw RecordKind.account.notFound
        }
        return AccountDTO(listed)
    }

    /// `POST /api/v1/users/{username}/reset`: a new one-time code; the old password and every session
    /// and token of the account stop working.
    func reset(req: Request) async throws -> ActivationDTO {
        let guarded = try req.apiGuard()
        let user = try await guarded.account()
        if user.id == guarded.user.userID {
            throw APIError(.conflict, message: "Ubah kata sandi Anda sendiri dari halaman akun Anda.")
        }
        return ActivationDTO(
            try await AccountService.reset(
                user, byUser: guarded.user.userID, now: req.now, app: req.application, on: req.db))
    }

    /// `POST /api/v1/auth/activate`: the first password, with the code from the slip.
    func activate(req: Request) async throws -> Response {
        let body = try req.decodeBody(ActivateBody.self)
        switch try await Activation.run(
            username: body.username, code: body.activationCode, password: body.password, confirmation: nil,
            address: req.clientAddress, on: req)
        {
        case .activated(let user):
            let response = Response(status: .ok)
            try response.content.encode(["username": user.username])
            return response
        case .weak(let problem): throw APIError.field("password", problem.message)
        case .invalid:
            throw APIError(
                .unauthorized, code: .unauthorized, message: "Nama pengguna atau kode aktivasi salah.")
        case .expired:
            throw APIError(
                .unauthorized, code: .unauthorized,
                message: "Kode aktivasi sudah tidak berlaku. Minta kode baru kepada pengelola kepegawaian.")
        case .throttled(let until):
            let seconds = max(1, Int(until.timeIntervalSince(req.now).rounded(.up)))
            throw APIError(
                .tooManyRequests, code: .rateLimited,
                message: "Terlalu banyak percobaan yang gagal; coba lagi dalam \(seconds) detik.")
        }
    }

    /// `PUT /api/v1/me/password`: the holder changes their password; their other sessions and tokens end.
    func changePassword(req: Request) async throws -> HTTPStatus {
        let me = try req.requireAPIUser()
        let body = try req.decodeBody(PasswordBody.self)
        guard let user = try await User.find(me.userID, on: req.db) else { throw RecordKind.account.notFound }
        try await PasswordChange.check(body.currentPassword, new: body.password, confirmation: nil, of: user, on: req)
        try await AccountService.setPassword(
            body.password, of: user, keepingSession: me.sessionID, now: req.now, app: req.application, on: req.db)
        return .noContent
    }

    /// A unit of the agency named by id in a body, or nil when none was named.
    func unit(_ raw: String?, of agencyID: UUID, on db: any Database) async throws -> UUID? {
        let found = try await AccountQueries.unit(raw, of: agencyID, on: db)
        if found.named && found.id == nil {
            throw APIError.field("unit", "Unit kerja tidak ditemukan di instansi ini.")
        }
        return found.id
    }

    /// The service's refusals as the API's errors.
    @discardableResult
    static func refusals<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let refusal as AccountService.Refusal {
            switch refusal {
            case .alreadyHasAccount: throw APIError(.conflict, message: "Pegawai ini sudah memiliki akun.")
            case .usernameTaken:
                throw APIError(.conflict, message: "Nama pengguna sama dengan NIP ini sudah dipakai akun lain.")
            case .invalid(let fields):
                throw APIError.fields(FieldErrors(fields), message: "Perubahan akun tidak disimpan.")
            case .lastManager:
                throw APIError(
                    .conflict,
                    message:
                        "Instansi harus memiliki paling sedikit satu pengelola aktif; beri peran pengelola kepada akun lain dahulu."
                )
            case .notAllowed: throw Abort(.forbidden)
            }
        }
    }
}
