import AsahCore
import Fluent
import Foundation

/// The demo head of office mentors the demo employee on writing reports: two sessions last month
/// (confirmed, so they give JP) and one this week waiting for the employee's confirmation.
enum DemoMentoringSeeder {
    static func seed(code: String, today: CivilDate, on db: any Database) async throws {
        guard let head = try await User.query(on: db).filter(\.$username == "kepala.\(code)").first(),
            let staff = try await User.query(on: db).filter(\.$username == "pegawai.\(code)").first(),
            let mentorID = head.employeeID, let menteeID = staff.employeeID, let agencyID = head.agencyID,
            let mentor = try await Employee.find(mentorID, on: db),
            let mentee = try await Employee.find(menteeID, on: db)
        else { return }
        var input = MentorshipInput()
        input.mentorNIP = mentor.nip
        input.goal = "Menulis laporan kegiatan dan nota dinas yang ringkas dan tepat waktu"
        input.startsOn = today.addingDays(-75).iso
        input.endsOn = today.addingDays(60).iso
        let valid = try MentoringRules.validate(input, menteeNIP: mentee.nip).get()
        let pair = try await MentoringService.create(
            valid, agencyID: agencyID, mentorID: mentorID, menteeID: menteeID, userID: head.id, on: db)
        let lastMonth = today.addingDays(-today.day)  // the last day of last month
        let plan: [(CivilDate, String, Bool)] = [
            (CivilDate(year: lastMonth.year, month: lastMonth.month, day: 6)!, "Kerangka laporan kegiatan", true),
            (CivilDate(year: lastMonth.year, month: lastMonth.month, day: 20)!, "Menulis ringkasan eksekutif", true),
            (today.addingDays(-2), "Memeriksa draf laporan triwulan", false),
        ]
        for (date, topic, confirmed) in plan where date >= valid.startsOn {
            var log = SessionLogInput()
            log.heldOn = date.iso
            log.minutes = "90"
            log.topic = topic
            log.actions = "Pegawai memperbaiki draf dan mengirimkannya sebelum sesi berikutnya."
            let v = try MentoringRules.validate(log, period: valid.startsOn...valid.endsOn, today: today).get()
            let s = try await MentoringService.log(pair, v, side: .mentor, userID: head.id, on: db)
            if confirmed {
                _ = try await MentoringService.confirm(try s.requireID(), side: .mentee, userID: staff.id, on: db)
            }
        }
    }
}
