import Vapor

extension SiteRoutes {
    /// The routes of competencies, each with who may use it (decided by `Guard`, held to account by `RouteRoleTests`).
    func competencies() {
        let profile = CompetencyProfileController()
        let dictionary = DictionaryController()
        let standards = StandardController()
        let placement = PlacementController()
        let settings = CompetencySettingsController()
        let assessmentImport = AssessmentImportController()
        let gaps = GapReportController()
        let comp = CompetencyAPIController()
        pages.get(SitePath.pegawaiKompetensi, use: profile.show)  // like the profile page
        evidencePages.post(SitePath.pegawaiKompetensi, use: profile.assess)  // manager any source; supervisor; self
        pages.get(SitePath.pegawaiKompetensiBukti, use: profile.evidence)  // like the profile
        pages.get(SitePath.instansiKompetensi, use: dictionary.show)  // anyone of the agency
        pages.post(SitePath.instansiKompetensi, use: dictionary.create)  // managers
        pages.get(SitePath.instansiKompetensiEkspor, use: dictionary.export)  // anyone of the agency
        importPages.post(SitePath.instansiKompetensiImpor, use: dictionary.importCSV)  // managers
        pages.get(SitePath.instansiJabatanStandar, use: standards.show)  // anyone of the agency
        pages.post(SitePath.instansiJabatanStandar, use: standards.save)  // managers
        pages.post(SitePath.instansiJabatanStandarSalin, use: standards.copy)  // managers
        pages.get(SitePath.instansiJabatanKandidat, use: placement.candidates)  // managers
        pages.get(SitePath.instansiKesenjanganPeta, use: placement.heatmap)  // managers; unit heads: their unit
        pages.get(SitePath.instansiPengaturanKompetensi, use: settings.show)  // managers
        pages.post(SitePath.instansiPengaturanKompetensi, use: settings.save)  // managers
        pages.get(SitePath.instansiImporPenilaian, use: assessmentImport.show)  // managers
        importPages.post(SitePath.instansiImporPenilaian, use: assessmentImport.check)
        pages.post(SitePath.instansiImporPenilaianKonfirmasi, use: assessmentImport.confirm)
        pages.get(SitePath.instansiKesenjangan, use: gaps.show)  // managers: agency; unit heads: their unit
        pages.post(SitePath.instansiStandarLengkapi, use: gaps.completeStandards)  // managers
        api.get(SitePath.apiAgenciesCompetencies, use: comp.dictionary)  // anyone of the agency
        api.get(SitePath.apiAgenciesPositionsStandard, use: comp.standard)  // anyone of the agency
        api.put(SitePath.apiAgenciesPositionsStandard, use: comp.putStandard)  // managers
        api.post(SitePath.apiEmployeesAssessments, use: comp.assess)  // manager any source; supervisor; self
        api.get(SitePath.apiEmployeesCompetencyProfile, use: comp.profile)  // like the employee
        api.get(SitePath.apiAgenciesCompetencyGaps, use: comp.gaps)  // managers; unit heads: their unit
        api.get(SitePath.apiAgenciesPositionsCandidates, use: comp.candidates)  // managers
        importAPI.post(SitePath.apiAgenciesImportsAssessments, use: AssessmentImportAPIController().create)  // managers
    }
}
