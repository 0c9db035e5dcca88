import AsahCore
import Fluent
import SQLKit
import Vapor

extension OrganizationFormController {
    struct EmployeeForm: Content {
        var nip: String?
        var gelar_depan: String?
        var name: String?
        var gelar_belakang: String?
        var status: String?
        var golongan: String?
        var gender: String?
        var birth_date: String?
        var unit_id: String?
        var position_id: String?
        var supervisor_nip: String?
        var contract_start: String?
        var email: String?
        var phone: String?

        var input: EmployeeInput {
            EmployeeInput(
                nip: nip ?? "", gelarDepan: gelar_depan ?? "", name: name ?? "", gelarBelakang: gelar_belakang ?? "",
                status: status ?? "", golongan: golongan ?? "", gender: gender ?? "", birthDate: birth_date ?? "",
                email: email ?? "", phone: phone ?? "")
        }
    }

    func newEmployee(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        var model = try await employeeModel(req, agency: agency, title: "Tambah pegawai", nip: nil)
        model.input.status = EmployeeStatus.pns.rawValue
        return EmployeeFormPage.render(model).response()
    }

    func createEmployee(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let agency = try await Guard(req, user).agency(.manage)
        return try await saveEmployee(req: req, user: user, agency: agency, existing: nil)
    }

    func editEmployee(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.change)
        guard let agency = try await Agency.find(e.agencyID, on: req.db) else { throw Abort(.notFound) }
        var model = try await employeeModel(req, agency: agency, title: "Ubah data pegawai", nip: e.nip)
        model.input = EmployeeInput(
            nip: e.nip, gelarDepan: e.gelarDepan ?? "", name: e.name, gelarBelakang: e.gelarBelakang ?? "",
            status: e.status, golongan: e.golongan ?? "", gender: e.gender, birthDate: e.birthDate,
            email: e.email ?? "", phone: e.phone ?? "")
        model.unitID = e.unitID?.uuidString ?? ""
        model.positionID = e.positionID?.uuidString ?? ""
        model.supervisorNIP = e.supervisorOverride ? (e.supervisorNIP ?? "") : ""
        model.contractStart = e.contractStart ?? ""
        if !e.supervisorOverride, let nip = e.supervisorNIP, let name = e.supervisorName {
            model.structureSupervisor = "\(name) (\(NIP.format(nip)))"
        }
        return EmployeeFormPage.render(model).response()
    }

    func updateEmployee(req: Request) async throws -> Response {
        let user = try req.requirePageUser()
        let e = try await Guard(req, user).employee(.change)
        guard let agency = try await Agency.find(e.agencyID, on: req.db),
            let employee = try await Employee.find(e.id, on: req.db)
        else { throw Abort(.notFound) }
        return try await saveEmployee(req: req, user: user, agency: agency, existing: employee)
    }

    /// The form for a new employee (`nip` nil) or for the employee with that NIP.
    private func employeeModel(_ req: Request, agency: Agency, title: String, nip: String?) async throws
        -> EmployeeFormPage.Model
    {
        let agencyID = try agency.requireID()
        let units = try await OrganizationQueries.units(agencyID: agencyID, on: req.db)
        let positions = try await Position.query(on: req.db).filter(\.$agencyID == agencyID).sort(\.$name).all()
        return EmployeeFormPage.Model(
            chrome: req.chrome(title), agencyCode: agency.code,
            action: nip.map(SiteURL.editEmployee) ?? SiteURL.newEmployee(agency.code),
            cancel: nip.map(SiteURL.employee) ?? SiteURL.employees(agency.code),
            isNew: nip == nil, input: EmployeeInput(), units: Self.unitOptions(units),
            positions: positions.map {
                ($0.id!.uuidString, "\($0.name) (\(PositionKind(rawValue: $0.kind)?.label ?? $0.kind))")
            })
    }

    private func saveEmployee(req: Request, user: SignedInUser, agency: Agency, existing: Employee?) async throws
        -> Response
    {
        let agencyID = try agency.requireID()
        let form = try req.content.decode(EmployeeForm.self)
        var input = form.input
        if let existing { input.nip = existing.nip }
        var errors: [String: String] = [:]
        var valid: ValidatedEmployee?
        switch EmployeeInputRules.validate(input) {
        case .valid(let v): valid = v
        case .invalid(let e): errors = e
        }
        if existing == nil, let v = valid,
            try await Employee.query(on: req.db).filter(\.$nip == v.nip.digits).count() > 0
        {
            errors["nip"] = "NIP ini sudah terdaftar. Bila pegawai pindah dari instansi lain, ajukan mutasi."
        }
        let unit = try await Self.optionalRecord(form.unit_id, Unit.self, agencyID: agencyID, on: req.db) {
            $0.agencyID
        }
        if unit == nil, !(form.unit_id ?? "").isEmpty { errors["unit_id"] = "Unit kerja tidak ditemukan." }
        let position = try await Self.optionalRecord(form.position_id, Position.self, agencyID: agencyID, on: req.db) {
            $0.agencyID
        }
        if position == nil, !(form.position_id ?? "").isEmpty { errors["position_id"] = "Jabatan tidak ditemukan." }
        var supervisorID: UUID?
        let supervisorNIP = NIP.normalize(form.supervisor_nip ?? "")
        if !supervisorNIP.isEmpty {
            if let boss = try await Employee.query(on: req.db).filter(\.$nip == supervisorNIP).filter(
                \.$agencyID == agencyID
            ).first() {
                supervisorID = boss.id
                if let existing,
                    try await Self.wouldCycle(
                        employee: try existing.requireID(), boss: try boss.requireID(), on: req.db)
                {
                    errors["supervisor_nip"] = "Atasan tidak boleh pegawai ini sendiri atau bawahannya."
                }
            } else {
                errors["supervisor_nip"] = "Tidak ada pegawai dengan NIP ini di instansi Anda."
            }
        }
        var contractStart: CivilDate?
        switch PPPKContractYear.start(form.contract_start ?? "", today: try await req.today(for: agencyID)) {
        case .success(let day): contractStart = day
        case .failure(let e): errors.merge(e.messages) { a, _ in a }
        }
        guard errors.isEmpty, let v = valid else {
            var model = try await employeeModel(
                req, agency: agency, title: existing == nil ? "Tambah pegawai" : "Ubah data pegawai",
                nip: existing?.nip)
            model.input = input
            model.unitID = form.unit_id ?? ""
            model.positionID = form.position_id ?? ""
            model.supervisorNIP = form.supervisor_nip ?? ""
            model.contractStart = form.contract_start ?? ""
            model.errors = errors
            return EmployeeFormPage.render(model).response(status: .unprocessableEntity)
        }
        let employee = existing ?? Employee()
        // Only a change of place or of a chosen supervisor can change who heads or supervises whom.
        let moves =
            existing == nil || employee.unitID != unit?.id || employee.positionID != position?.id
            || employee.supervisorOverride != (supervisorID != nil) || employee.supervisorID != supervisorID
        employee.agencyID = agencyID
        if existing == nil { employee.employmentState = EmploymentState.aktif.rawValue }
        employee.nip = v.nip.digits
        employee.gelarDepan = v.gelarDepan
        employee.name = v.name
        employee.gelarBelakang = v.gelarBelakang
        employee.searchName = v.name.lowercased()
        employee.status = v.status.rawValue
        employee.golongan = v.golongan?.name
        employee.gender = v.gender.rawValue
        employee.birthDate = v.birthDate.iso
        employee.unitID = unit?.id
        employee.positionID = position?.id
        // An empty field hands the choice back to the structure, which `save` derives at once.
        employee.supervisorID = supervisorID
        employee.supervisorOverride = supervisorID != nil
        employee.contractStart = contractStart?.iso
        employee.email = v.email
        employee.phone = v.phone
        try await OrganizationService.save(
            employee, isNew: existing == nil, structureChanged: moves, userID: user.userID, on: req.db)
        return req.redirect(to: SiteURL.employee(v.nip.digits) + "?pesan=" + FlashMessage.saved.rawValue)
    }

    static func optionalRecord<M: Model>(
        _ raw: String?, _ type: M.Type, agencyID: UUID, on db: any Database, agencyOf: (M) -> UUID
    ) async throws -> M? where M.IDValue == UUID {
        guard let raw, let id = UUID(uuidString: raw), let record = try await M.find(id, on: db),
            agencyOf(record) == agencyID
        else { return nil }
        return record
    }

    /// True when `boss` is the employee or reports (directly or not) to the employee.
    static func wouldCycle(employee: UUID, boss: UUID, on db: any Database) async throws -> Bool {
        var current: UUID? = boss
        var seen: Set<UUID> = []
        while let id = current, !seen.contains(id) {
            if id == employee { return true }
            seen.insert(id)
            current = try await Employee.find(id, on: db)?.supervisorID
        }
        return false
    }
}
