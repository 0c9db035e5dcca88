import Foundation

/// Rules of innovation projects (proyek inovasi, aksi perubahan): the description, the team, the
/// milestones, status changes, completion and the JP it credits. Messages are keyed by the field;
/// the key `state` means the project's current status forbids the change (the API answers 409).
public enum InnovationRules {
    /// The longest a project may run from start to planned end.
    public static let maxDays = 2 * 366

    public static func validate(_ input: InnovationInput, knownCompetencies: Set<String>) -> Result<
        ValidInnovation, FieldErrors
    > {
        var errors: [String: String] = [:]
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.count < 5 { errors["title"] = "Isi judul proyek, paling sedikit 5 karakter." }
        if title.count > 200 { errors["title"] = "Judul proyek paling panjang 200 karakter." }
        let problem = input.problem.trimmingCharacters(in: .whitespacesAndNewlines)
        if problem.isEmpty { errors["problem"] = "Isi masalah yang ingin diselesaikan proyek ini." }
        if problem.count > 4000 { errors["problem"] = "Uraian masalah paling panjang 4.000 karakter." }
        let codes = competencyCodes(input.competencies)
        let unknown = codes.filter { !knownCompetencies.contains($0) }
        if !unknown.isEmpty {
            errors["competencies"] = "Kode kompetensi tidak dikenal: \(unknown.joined(separator: ", "))."
        } else if codes.count > 10 {
            errors["competencies"] = "Paling banyak 10 kompetensi yang dilatih."
        }
        let start = WorkYear.date(
            input.startsOn, field: "starts_on", missing: "Isi tanggal mulai (TTTT-BB-HH).", into: &errors)
        let end = WorkYear.date(
            input.endsOn, field: "ends_on", missing: "Isi target selesai (TTTT-BB-HH).", into: &errors)
        if let start, let end {
            if end < start {
                errors["ends_on"] = "Target selesai tidak boleh sebelum tanggal mulai."
            } else if start.daysThrough(end) > maxDays {
                errors["ends_on"] = "Satu proyek paling lama dua tahun."
            }
        }
        guard errors.isEmpty, let start, let end else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidInnovation(title: title, problem: problem, competencies: codes, startsOn: start, endsOn: end))
    }

    /// Codes in upper case, in the order typed, each once.
    public static func competencyCodes(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map { $0.uppercased() }
            .filter { seen.insert($0).inserted }
    }

    /// Whether a person may join the team in this role: one role per person, one ketua, one mentor and one coach.
    public static func validateMember(
        employeeID: UUID, role text: String, team: [TeamMember], status: InnovationStatus
    ) -> Result<InnovationRole, FieldErrors> {
        guard status.isOpen else {
            return .failure(FieldErrors(["state": "Tim proyek yang \(status.label.lowercased()) tidak dapat diubah."]))
        }
        guard let role = InnovationRole(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            return .failure(FieldErrors(["role": "Pilih peran: ketua, anggota, mentor atau coach."]))
        }
        if let current = team.first(where: { $0.employeeID == employeeID }) {
            return .failure(
                FieldErrors(["nip": "Pegawai ini sudah ada di tim sebagai \(current.role.label.lowercased())."]))
        }
        if role.isSingle, team.contains(where: { $0.role == role }) {
            return .failure(FieldErrors(["role": "Proyek ini sudah punya \(role.label.lowercased())."]))
        }
        if team.count >= 30 { return .failure(FieldErrors(["nip": "Satu tim paling banyak 30 orang."])) }
        return .success(role)
    }

    /// Whether a person may leave the team: while the project is open, anyone but the ketua (a project
    /// always has one; a different ketua means a new proposal).
    public static func validateRemoval(employeeID: UUID, team: [TeamMember], status: InnovationStatus) -> Result<
        InnovationRole, FieldErrors
    > {
        guard status.isOpen else {
            return .failure(FieldErrors(["state": "Tim proyek yang \(status.label.lowercased()) tidak dapat diubah."]))
        }
        guard let member = team.first(where: { $0.employeeID == employeeID }) else {
            return .failure(FieldErrors(["nip": "Pegawai ini tidak ada di tim."]))
        }
        guard member.role != .ketua else {
            return .failure(FieldErrors(["nip": "Ketua tidak dapat dikeluarkan dari tim."]))
        }
        return .success(member.role)
    }

    /// A milestone is due within the project's period.
    public static func validate(_ input: MilestoneInput, period: ClosedRange<CivilDate>) -> Result<
        ValidMilestone, FieldErrors
    > {
        var errors: [String: String] = [:]
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors["title"] = "Isi nama tahapan." }
        if title.count > 200 { errors["title"] = "Nama tahapan paling panjang 200 karakter." }
        let due = CivilDate(iso: input.dueOn.trimmingCharacters(in: .whitespaces))
        if let due {
            if !period.contains(due) {
                errors["due_on"] =
                    "Tenggat di luar masa proyek (\(IndonesianFormat.date(period.lowerBound)) – \(IndonesianFormat.date(period.upperBound)))."
            }
        } else {
            errors["due_on"] = "Isi tenggat tahapan (TTTT-BB-HH)."
        }
        guard errors.isEmpty, let due else { return .failure(FieldErrors(errors)) }
        return .success(ValidMilestone(title: title, dueOn: due))
    }

    /// A status change other than completion (which needs an outcome: `complete`).
    public static func change(from current: InnovationStatus, to target: String) -> Result<
        InnovationStatus, FieldErrors
    > {
        guard let target = InnovationStatus(rawValue: target) else {
            return .failure(FieldErrors(["status": "Status tidak dikenal."]))
        }
        guard target != .selesai else {
            return .failure(FieldErrors(["status": "Proyek diselesaikan dengan mengisi hasilnya."]))
        }
        guard current.next.contains(target) else {
            return .failure(
                FieldErrors([
                    "state":
                        "Proyek yang \(current.label.lowercased()) tidak dapat menjadi \(target.label.lowercased())."
                ]))
        }
        return .success(target)
    }

    /// Completing: only a running project with a ketua, and with its outcome written down.
    public static func complete(status: InnovationStatus, outcome: String, team: [TeamMember]) -> Result<
        String, FieldErrors
    > {
        var errors: [String: String] = [:]
        if status == .selesai {
            errors["state"] = "Proyek ini sudah selesai."
        } else if status != .berjalan {
            errors["state"] = "Hanya proyek yang berjalan yang dapat diselesaikan."
        }
        if !team.contains(where: { $0.role == .ketua }) { errors["members"] = "Tetapkan ketua proyek lebih dahulu." }
        let text = outcome.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count < 20 { errors["outcome"] = "Tuliskan hasil proyek, paling sedikit 20 karakter." }
        if text.count > 4000 { errors["outcome"] = "Hasil proyek paling panjang 4.000 karakter." }
        return errors.isEmpty ? .success(text) : .failure(FieldErrors(errors))
    }

    /// What completion credits: the rule's JP to every member (ketua and anggota), nothing to mentor
    /// and coach, nothing at all when the rule is 0 JP. One line per person.
    public static func credits(team: [TeamMember], rule: InnovationJPRule) -> [(employeeID: UUID, jp: JP)] {
        guard rule.perMember > .zero else { return [] }
        var seen = Set<UUID>()
        return team.filter { $0.role.isMember && seen.insert($0.employeeID).inserted }.map {
            ($0.employeeID, rule.perMember)
        }
    }
}
