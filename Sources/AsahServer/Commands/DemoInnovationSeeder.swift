import AsahCore
import Fluent
import Foundation

/// Two innovation projects in each demo agency, both written through `InnovationService` like the
/// pages do: "Aplikasi pengaduan warga", running, led by the demo employee with the head of office as
/// mentor; and "Antrean layanan daring", completed three weeks ago, which credited its ketua and anggota
/// the default JP (not the demo employee, who stays below the minimum so the reminder shows).
enum DemoInnovationSeeder {
    static func seed(code: String, today: CivilDate, on db: any Database) async throws {
        guard let head = try await User.query(on: db).filter(\.$username == "kepala.\(code)").first(),
            let staff = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first(),
            let manager = try await User.query(on: db).filter(\.$username == "pengelola.\(code)").first(),
            let mentorID = head.employeeID, let staffID = staff.employeeID, let agencyID = head.agencyID,
            let me = try await Employee.find(staffID, on: db)
        else { return }
        // Colleagues of the demo employee's unit first, then people of other units (coaches come from there).
        let sameUnit = try await Employee.query(on: db).filter(\.$agencyID == agencyID).filter(\.$unitID == me.unitID)
            .filter(\.$id != staffID).filter(\.$id != mentorID).sort(\.$nip).range(0..<5).all().compactMap(\.id)
        let others = try await Employee.query(on: db).filter(\.$agencyID == agencyID).filter(\.$unitID != me.unitID)
            .filter(\.$id != mentorID).sort(\.$nip).range(0..<7).all().compactMap(\.id)
        let pool = sameUnit + others
        guard pool.count >= 7 else { return }
        let colleagues = Array(pool.prefix(5))
        let coaches = Array(pool.suffix(2))

        _ = try await project(
            "Aplikasi pengaduan warga",
            problem:
                "Aduan warga tentang lampu lalu lintas dan angkutan umum datang lewat telepon, surat dan media sosial; banyak yang tercecer dan warga tidak tahu tindak lanjutnya.",
            competencies: "M.04, M.06, M.08", from: today.addingDays(-60), to: today.addingDays(90),
            team: [
                (staffID, .ketua), (colleagues[0], .anggota), (colleagues[1], .anggota), (mentorID, .mentor),
                (coaches[0], .coach),
            ],
            milestones: [
                ("Memetakan alur pengaduan yang berjalan", -45, true), ("Rancangan formulir dan kode lacak", -20, true),
                ("Uji coba di dua kelurahan", 30, false), ("Peluncuran dan sosialisasi", 85, false),
            ],
            agencyID: agencyID, userID: staff.id, today: today, on: db)

        let done = try await project(
            "Antrean layanan daring",
            problem: "Pemohon izin trayek mengantre sejak pagi tanpa kepastian jam dilayani.",
            competencies: "M.02, M.06", from: today.addingDays(-200), to: today.addingDays(-21),
            team: [
                (colleagues[2], .ketua), (colleagues[3], .anggota), (colleagues[4], .anggota), (mentorID, .mentor),
                (coaches[1], .coach),
            ],
            milestones: [
                ("Survei waktu tunggu", -180, true), ("Nomor antrean lewat pesan singkat", -90, true),
                ("Evaluasi tiga bulan", -25, true),
            ],
            agencyID: agencyID, userID: manager.id, today: today, on: db)
        _ = try await InnovationService.complete(
            done,
            outcome: "Waktu tunggu rata-rata turun dari 2 jam menjadi 25 menit; antrean daring dipakai 70% pemohon.",
            userID: head.id, today: today.addingDays(-21), on: db
        ).get()
    }

    private static func project(
        _ title: String, problem: String, competencies: String, from: CivilDate, to: CivilDate,
        team: [(UUID, InnovationRole)], milestones: [(String, Int, Bool)], agencyID: UUID, userID: UUID?,
        today: CivilDate, on db: any Database
    ) async throws -> UUID {
        let input = InnovationInput(
            title: title, problem: problem, competencies: competencies, startsOn: from.iso, endsOn: to.iso)
        let valid = try InnovationRules.validate(
            input, knownCompetencies: Set(CompetencyDictionary.national.map(\.code))
        ).get()
        let p = try await InnovationService.create(
            valid, agencyID: agencyID, ketuaID: team[0].0, userID: userID, on: db)
        let id = try p.requireID()
        for (employeeID, role) in team.dropFirst() {
            guard let e = try await Employee.find(employeeID, on: db) else { continue }
            _ = try await InnovationService.addMember(id, employee: e, role: role.rawValue, userID: userID, on: db)
                .get()
        }
        _ = try await InnovationService.changeStatus(id, to: InnovationStatus.berjalan.rawValue, userID: userID, on: db)
            .get()
        for (name, offset, isDone) in milestones {
            var m = MilestoneInput()
            m.title = name
            m.dueOn = today.addingDays(offset).iso
            _ = try await InnovationService.addMilestone(id, m, userID: userID, on: db).get()
            if isDone,
                let saved = try await InnovationMilestone.query(on: db).filter(\.$projectID == id).filter(
                    \.$title == name
                ).first()
            {
                try await InnovationService.markDone(
                    try saved.requireID(), projectID: id, userID: userID, today: today.addingDays(offset), on: db)
            }
        }
        return id
    }
}
