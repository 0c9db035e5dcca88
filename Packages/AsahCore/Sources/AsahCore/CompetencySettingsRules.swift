/// Checks of the settings a manager may change: gap thresholds, the current-level rule and defaults.
public enum CompetencySettingsRules {
    public static func thresholds(
        optimal: Double?, cukupOptimal: Double?, memenuhi: Double?, masihMemenuhi: Double?, formula: String? = nil
    ) -> Result<GapThresholds, FieldErrors> {
        var errors: [String: String] = [:]
        let jpmFormula = formula.map { JPMFormula(rawValue: $0) } ?? .minimum
        if jpmFormula == nil { errors["jpm_formula"] = "Pilih salah satu rumus JPM." }
        func check(_ v: Double?, _ key: String) -> Double {
            guard let v, (0...100).contains(v) else {
                errors[key] = "Isi angka 0 sampai 100."
                return 0
            }
            return v
        }
        let o = check(optimal, "optimal"), co = check(cukupOptimal, "cukup_optimal")
        let ms = check(memenuhi, "memenuhi_syarat"), mms = check(masihMemenuhi, "masih_memenuhi_syarat")
        if errors["optimal"] == nil && errors["cukup_optimal"] == nil && co >= o {
            errors["cukup_optimal"] = "Batas Cukup Optimal harus di bawah batas Optimal."
        }
        if errors["memenuhi_syarat"] == nil && errors["masih_memenuhi_syarat"] == nil && mms >= ms {
            errors["masih_memenuhi_syarat"] = "Batas MMS harus di bawah batas MS."
        }
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success(
            GapThresholds(
                optimal: o, cukupOptimal: co, memenuhiSyarat: ms, masihMemenuhiSyarat: mms,
                formula: jpmFormula ?? .minimum))
    }

    public static func currentLevel(
        mode: String, assessmentCenterYears: Int?, weights: [AssessmentSource: Double?], base: CurrentLevelSettings
    ) -> Result<CurrentLevelSettings, FieldErrors> {
        var errors: [String: String] = [:]
        var settings = base
        if let m = CurrentLevelSettings.Mode(rawValue: mode) {
            settings.mode = m
        } else {
            errors["mode"] = "Pilih cara penentuan level."
        }
        if let years = assessmentCenterYears, (1...10).contains(years) {
            settings.assessmentCenterYears = years
        } else {
            errors["ac_years"] = "Isi 1 sampai 10 tahun."
        }
        var clean: [AssessmentSource: Double] = [:]
        for source in AssessmentSource.allCases {
            guard let w = weights[source] ?? nil, (0...1).contains(w) else {
                errors["weight_" + source.rawValue] = "Isi bobot 0 sampai 1."
                continue
            }
            clean[source] = w
        }
        if errors.isEmpty && settings.mode == .weighted && clean.values.reduce(0, +) <= 0 {
            errors["mode"] = "Rata-rata berbobot memerlukan paling sedikit satu bobot di atas 0."
        }
        settings.weights = clean
        guard errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success(settings)
    }
}
