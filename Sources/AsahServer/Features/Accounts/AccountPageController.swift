import AsahCore
import Fluent
import Vapor

/// The managers' account pages: the list, opening accounts (one employee, a unit, or the whole
/// agency) with printable slips, one account's roles and status, and a reset.
struct AccountPageController {
    struct OpenForm: Content {
        var lingkup: String?
        var nip: String?
        var peran: [String]?
        var unit: String?
        var nama: String?
        var nama_pengguna: String?
    }

    struct EditForm: Content {
        var peran: [String]?
        var unit: String?
        var aktif: String?
    }

    func list(req: Request) async throws -> Response {
        let agency = try await req.pageGuard().agency(.manageAccounts)
        return AccountListPage.render(try await listModel(req, agency)).response()
    }

    /// Opens accounts and answers with their slips (200, never cached: the codes are shown once).
    func open(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let agency = try await guarded.agency(.manageAccounts)
        let agencyID = try agency.requireID()
        let form = (try? req.content.decode(OpenForm.self)) ?? OpenForm()
        let units = try await OrganizationQueries.units(agencyID: agencyID, on: req.db)
        let unit = form.unit.flatMap(UUID.init(uuidString:)).flatMap { id in units.first { $0.id == id } }
        let candidates: [AccountService.Candidate]
        var roles: Set<Role> = [.employee]
        if form.lingkup == "nama" { return try await openNamed(req, agency, form, byUser: guarded.user.userID) }
        if form.lingkup == "unit" {
            guard form.unit?.isEmpty ?? true || unit != nil else { throw RecordKind.unit.notFound }
            candidates = try await AccountQueries.candidates(agencyID: agencyID, unitPath: unit?.path, on: req.db)
        } else {
            var shown = AccountListPage.OpenForm(nip: form.nip ?? "", roles: [], unit: form.unit ?? "")
            var errors: [String: String] = [:]
            for raw in form.peran ?? [] {
                if let role = Role(rawValue: raw), AccountRules.agencyRoles.contains(role) {
                    shown.roles.insert(role)
                } else {
                    errors["roles"] = "Peran yang dipilih tidak dikenal."
                }
            }
            roles = shown.roles
            errors.merge(AccountRules.problems(roles: roles, hasEmployee: true, hasUnit: unit != nil)) { a, _ in a }
            let nip = NIP.normalize(form.nip ?? "")
            let found = nip.isEmpty ? [] : try await AccountQueries.candidates(agencyID: agencyID, nip: nip, on: req.db)
            if found.isEmpty {
                errors["nip"] = "Tidak ada pegawai dengan NIP ini di instansi ini."
            } else if !(try await AccountQueries.employeesWithAccounts(found.map(\.id), on: req.db)).isEmpty {
                errors["nip"] = "Pegawai ini sudah memiliki akun. Buka akunnya dari daftar untuk mengatur ulang."
            }
            guard errors.isEmpty else {
                var m = try await listModel(req, agency)
                m.form = shown
                m.errors = errors
                return AccountListPage.render(m).response(status: .unprocessableEntity)
            }
            candidates = found
        }
        let opened: (slips: [AccountService.Slip], skipped: Int)
        do {
            opened = try await AccountService.open(
                candidates, roles: roles, unitID: unit?.id, agencyID: agencyID, byUser: guarded.user.userID,
                now: req.now, on: req.db)
        } catch AccountService.Refusal.usernameTaken {
            throw Abort(
                .conflict,
                reason: "NIP salah satu pegawai sudah dipakai sebagai nama pengguna akun lain; ubah akun itu dahulu.")
        }
        return try slips(
            req, agency: agency, slips: opened.slips, skipped: opened.skipped,
            title: opened.slips.count == 1 ? "Slip aktivasi akun" : "Slip aktivasi")
    }

    /// One account without an employee record (an outside facilitator, an operator).
    private func openNamed(_ req: Request, _ agency: Agency, _ form: OpenForm, byUser: UUID) async throws -> Response {
        let roles = Set((form.peran ?? []).compactMap(Role.init(rawValue:))).intersection([.facilitator, .manager])
        let named = AccountListPage.NamedForm(
            name: String((form.nama ?? "").prefix(120)),
            username: (form.nama_pengguna ?? "").trimmingCharacters(in: .whitespaces).lowercased(), roles: roles)
        do {
            let slip = try await AccountService.openNamed(
                username: named.username, name: named.name, roles: roles, agencyID: try agency.requireID(),
                byUser: byUser, now: req.now, on: req.db)
            return try slips(req, agency: agency, slips: [slip], skipped: 0, title: "Slip aktivasi akun")
        } catch AccountService.Refusal.invalid(let errors) {
            var m = try await listModel(req, agency)
            m.named = named
            m.namedErrors = errors
            return AccountListPage.render(m).response(status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let user = try await guarded.account()
        return AccountPage.render(try await model(req, user, isSelf: user.id == guarded.user.userID)).response()
    }

    func update(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let user = try await guarded.account()
        let isSelf = user.id == guarded.user.userID
        let form = (try? req.content.decode(EditForm.self)) ?? EditForm()
        let roles = Set((form.peran ?? []).compactMap(Role.init(rawValue:)))
        // The administrator role is on this form for administrators only; for anyone else an
        // administrator's account keeps it, and nobody takes it from themselves (no lock-out).
        let grantsAdmin = AccessPolicy.canGrant([.admin], in: user.agencyID, guarded.actor)
        let kept = grantsAdmin && !isSelf ? roles : roles.union(user.roles.intersection([.admin]))
        try guarded.allowGrant(kept.symmetricDifference(user.roles), in: user.agencyID)
        var m = try await model(req, user, isSelf: isSelf)
        m.roles = kept
        m.unit = form.unit ?? ""
        m.active = isSelf || form.aktif == "ya"
        let (unitID, named) = try await AccountQueries.unit(form.unit, of: user.agencyID, on: req.db)
        if named && unitID == nil { m.errors["unit"] = "Unit kerja tidak ditemukan di instansi ini." }
        if m.errors.isEmpty {
            do {
                try await AccountService.update(
                    user, roles: kept, unitID: unitID, active: m.active, byUser: guarded.user.userID,
                    app: req.application, on: req.db)
                return req.redirect(to: SiteURL.account(user.username) + "?pesan=" + FlashMessage.saved.rawValue)
            } catch let refusal as AccountService.Refusal {
                switch refusal {
                case .invalid(let fields): m.errors = fields
                case .lastManager:
                    m.errors["form"] =
                        "Instansi harus memiliki paling sedikit satu pengelola aktif; beri peran pengelola kepada akun lain dahulu."
                    return AccountPage.render(m).response(status: .conflict)
                default: throw refusal
                }
            }
        }
        return AccountPage.render(m).response(status: .unprocessableEntity)
    }

    func reset(req: Request) async throws -> Response {
        let guarded = try req.pageGuard()
        let user = try await guarded.account()
        guard user.id != guarded.user.userID else {
            throw Abort(.conflict, reason: "Ubah kata sandi Anda sendiri dari halaman Akun saya.")
        }
        let slip = try await AccountService.reset(
            user, byUser: guarded.user.userID, now: req.now, app: req.application, on: req.db)
        let agency = try await user.agencyID.asyncMap { try await Agency.find($0, on: req.db) } ?? nil
        return try slips(req, agency: agency, slips: [slip], skipped: 0, title: "Slip aktivasi akun")
    }

    private func slips(
        _ req: Request, agency: Agency?, slips: [AccountService.Slip], skipped: Int, title: String
    ) throws -> Response {
        let response = AccountSlipsPage.render(
            .init(
                chrome: req.chrome(title), agencyCode: agency?.code, agencyName: agency?.name ?? "Asah",
                zone: agency?.timeZone ?? .wib, slips: slips, skipped: skipped,
                activationAddress: req.activationAddress)
        ).response()
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    private func listModel(_ req: Request, _ agency: Agency) async throws -> AccountListPage.Model {
        let agencyID = try agency.requireID()
        let search = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        let paging = Paging(page: req.query[Int.self, at: "page"], per: 50, defaultPer: 50, maxPer: 50)
        let (items, total) = try await AccountQueries.list(
            agencyID: agencyID, search: search, page: paging, on: req.db)
        return .init(
            chrome: req.chrome("Akun pegawai"), agencyCode: agency.code, agencyName: agency.name,
            zone: agency.timeZone, items: items, total: total, page: paging.page, pages: paging.pages(total: total),
            search: search, withoutAccount: try await AccountQueries.withoutAccount(agencyID: agencyID, on: req.db),
            units: OrganizationFormController.unitOptions(
                try await OrganizationQueries.units(agencyID: agencyID, on: req.db)
            ).map { (id: $0.value, name: $0.label) })
    }

    private func model(_ req: Request, _ user: User, isSelf: Bool) async throws -> AccountPage.Model {
        guard let listed = try await AccountQueries.one(username: user.username, on: req.db) else {
            throw RecordKind.account.notFound
        }
        let agency = try await user.agencyID.asyncMap { try await Agency.find($0, on: req.db) } ?? nil
        let units = try await user.agencyID.asyncMap { try await OrganizationQueries.units(agencyID: $0, on: req.db) }
        return .init(
            chrome: req.chrome(user.displayName), account: listed, agencyCode: agency?.code,
            zone: agency?.timeZone ?? .wib,
            units: OrganizationFormController.unitOptions(units ?? []).map { (id: $0.value, name: $0.label) },
            roles: user.roles, unit: user.unitID?.uuidString ?? "", active: user.isActive, isSelf: isSelf,
            grantsAdmin: !isSelf
                && (req.signedIn.map { AccessPolicy.canGrant([.admin], in: user.agencyID, $0.actor) } ?? false))
    }

}
