import Vapor

extension SiteRoutes {
    /// The routes of organization, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func organization() {
        let employees = EmployeeController()
        let agencySettings = AgencySettingsController()
        let forms = OrganizationFormController()
        let org = OrganizationAPIController()
        pages.get(SitePath.instansiByCode, use: employees.agency)  // managers and unit heads of the agency
        pages.get(SitePath.instansiPegawai, use: employees.list)  // scoped: agency, unit subtree or subordinates
        pages.get(SitePath.pegawai, use: employees.profile)  // admin, manager, unit head, supervisor, self
        pages.get(SitePath.instansiPengaturan, use: agencySettings.show)  // managers
        pages.post(SitePath.instansiPengaturan, use: agencySettings.save)  // managers
        pages.get(SitePath.instansiUnitBaru, use: forms.newUnit)  // managers
        pages.post(SitePath.instansiUnitBaru, use: forms.createUnit)
        pages.get(SitePath.instansiUnitUbah, use: forms.editUnit)
        pages.post(SitePath.instansiUnitUbah, use: forms.updateUnit)
        pages.get(SitePath.instansiJabatan, use: forms.positions)
        pages.get(SitePath.instansiAtasan, use: SupervisionController().show)  // managers
        pages.get(SitePath.instansiJabatanBaru, use: forms.newPosition)
        pages.post(SitePath.instansiJabatanBaru, use: forms.createPosition)
        pages.get(SitePath.instansiJabatanUbah, use: forms.editPosition)
        pages.post(SitePath.instansiJabatanUbah, use: forms.updatePosition)
        pages.get(SitePath.instansiPegawaiBaru, use: forms.newEmployee)
        pages.post(SitePath.instansiPegawaiBaru, use: forms.createEmployee)
        pages.get(SitePath.pegawaiUbah, use: forms.editEmployee)
        pages.post(SitePath.pegawaiUbah, use: forms.updateEmployee)
        let employment = EmploymentController()
        pages.get(SitePath.pegawaiKedudukan, use: employment.form)  // managers
        pages.post(SitePath.pegawaiKedudukan, use: employment.save)
        api.put(SitePath.apiEmployeesEmployment, use: employment.put)  // managers
        pages.post(SitePath.instansiPegawaiKeluar, use: employment.leave)  // managers
        let study = StudyController()
        pages.get(SitePath.pegawaiBelajar, use: study.show)  // like the profile
        pages.post(SitePath.pegawaiBelajar, use: study.create)  // managers
        pages.post(SitePath.pegawaiBelajarSemester, use: study.addSemester)  // managers
        api.get(SitePath.apiEmployeesStudies, use: study.list)  // like the profile
        api.post(SitePath.apiEmployeesStudies, use: study.post)  // managers
        api.post(SitePath.apiEmployeesStudiesSemesters, use: study.postSemester)  // managers
        let transfers = TransferController()
        pages.get(SitePath.instansiMutasi, use: transfers.show)  // managers of the agency
        pages.post(SitePath.instansiMutasi, use: transfers.request)  // managers of the receiving agency
        pages.post(SitePath.mutasiKeputusan, use: transfers.decide)  // managers of the sending agency, admin
        api.post(SitePath.apiAgenciesTransfers, use: transfers.create)  // managers of the receiving agency
        api.get(SitePath.apiAgenciesTransfers, use: transfers.list)  // managers of the agency
        api.get(SitePath.apiTransfers, use: transfers.get)  // managers of either agency, admin
        api.post(SitePath.apiTransfersDecision, use: transfers.decision)  // managers of the sending agency, admin
        api.get(SitePath.apiAgencies, use: org.agencies)  // admin: all; others: their own
        api.get(SitePath.apiAgenciesUnits, use: org.units)  // managers and unit heads
        api.get(SitePath.apiAgenciesEmployees, use: org.employees)  // scoped like the page list
        api.get(SitePath.apiEmployees, use: org.employee)  // like the profile page
        importAPI.post(SitePath.apiAgenciesImportsEmployees, use: org.importEmployees)  // managers
    }
}
