import AsahCore

/// Status, golongan, birth date and appointment of one demo employee, consistent with each other
/// and with the position (DOMAIN §7.1–7.3).
struct DemoCareer: Sendable {
    let status: EmployeeStatus
    let golongan: String
    let birth: CivilDate
    /// First appointment: TMT CPNS for PNS/CPNS (year and month), the contract year for PPPK.
    let appointmentYear: Int
    let appointmentMonth: Int

    static let pnsGolongan = [
        "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
        "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
    ]
    static let pppkGolongan = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
        "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
    ]

    /// The year the data describes: nobody is appointed after it (NIPs stay ≤ 2026-10).
    static let currentYear = 2026

    /// Golongan index range (0 = I/a … 16 = IV/e) for a PNS in the seat; heads are III/d–IV/c.
    static func pnsRange(_ seat: DemoSeat) -> ClosedRange<Int> {
        switch seat.kind {
        case .jptUtama, .jptMadya: return 14...16
        case .jptPratama: return 13...14
        case .administrator: return 12...13
        case .pengawas: return 11...12
        case .pelaksana: return 4...11
        case .fungsional:
            switch seat.jenjang {
            case .pemula: return 4...4
            case .terampil: return 5...7
            case .mahir: return 8...9
            case .penyelia: return 10...11
            case .ahliPertama: return 8...9
            case .ahliMuda: return 10...11
            case .ahliMadya: return 12...14
            case .ahliUtama: return 15...16
            case nil: return 8...11
            }
        }
    }

    static func make(
        seat: DemoSeat, isHead: Bool, education: DemoEducation, _ rng: inout DemoRNG
    ) -> DemoCareer {
        let status = pickStatus(seat: seat, isHead: isHead, education: education, &rng)
        switch status {
        case .pns: return pns(seat: seat, education: education, &rng)
        case .cpns:
            let year = rng.int(2024...2025)
            let birthYear = min(2000, year - rng.int(education.entryAge))
            return DemoCareer(
                status: .cpns, golongan: pnsGolongan[education.pnsEntry], birth: birthDate(birthYear, &rng),
                appointmentYear: year, appointmentMonth: rng.int(1...12))
        case .pppk:
            let year = rng.int(2022...2025)
            // Many PPPK were long-serving honorary staff, so they are often older.
            let birthYear = max(1968, min(2000, year - rng.int(24...48)))
            var grade = education.pppkGolongan
            if seat.jenjang == .ahliMuda { grade = 11 }
            return DemoCareer(
                status: .pppk, golongan: pppkGolongan[grade - 1], birth: birthDate(birthYear, &rng),
                appointmentYear: year, appointmentMonth: 1)
        }
    }

    /// Heads and senior posts are always PNS; about a third of eligible staff are PPPK and some CPNS.
    private static func pickStatus(
        seat: DemoSeat, isHead: Bool, education: DemoEducation, _ rng: inout DemoRNG
    ) -> EmployeeStatus {
        guard !isHead else { return .pns }
        let pppkOK: Bool
        let cpnsOK: Bool
        switch seat.kind {
        case .pelaksana:
            pppkOK = true
            cpnsOK = education != .d3
        case .fungsional:
            pppkOK = [.ahliPertama, .ahliMuda, .terampil, .mahir].contains(seat.jenjang)
            cpnsOK = seat.jenjang == .ahliPertama || seat.jenjang == .pemula
        default:
            return .pns
        }
        let roll = rng.unit()
        if pppkOK && roll < 0.32 { return .pppk }
        if cpnsOK && roll > 0.88 { return .cpns }
        return .pns
    }

    private static func pns(seat: DemoSeat, education: DemoEducation, _ rng: inout DemoRNG) -> DemoCareer {
        let entry = education.pnsEntry
        let range = pnsRange(seat)
        var grade: Int
        var service: Int
        if seat.kind == .pelaksana {
            // Appointment first; one ruang every four years, capped by education.
            service = rng.int(3...30)
            let cap = education >= .s1 ? 11 : 10
            grade = min(entry + service / 4, cap)
        } else {
            let low = max(range.lowerBound, entry)
            grade = rng.int(low...max(low, range.upperBound))
            let perStep = seat.kind == .fungsional ? 3.5 : 4.0
            service = Int(Double(grade - entry) * perStep) + rng.int(0...3)
        }
        var year = min(currentYear - 3, currentYear - service)
        var birthYear = year - rng.int(education.entryAge)
        if birthYear < 1968 { birthYear = 1968 + rng.int(0...3) }
        if birthYear > 2000 { birthYear = 2000 - rng.int(0...2) }
        year = max(year, birthYear + education.entryAge.lowerBound)
        return DemoCareer(
            status: .pns, golongan: pnsGolongan[grade], birth: birthDate(birthYear, &rng),
            appointmentYear: year, appointmentMonth: rng.weighted([(3, 3), (1, 2), (12, 2), (4, 1), (6, 1), (10, 1)]))
    }

    private static func birthDate(_ year: Int, _ rng: inout DemoRNG) -> CivilDate {
        let month = rng.int(1...12)
        let day = rng.int(1...CivilDate.daysIn(month: month, year: year))
        return CivilDate(year: year, month: month, day: day)!
    }

    /// The NIP (PNS/CPNS) or NI PPPK without its 3-digit sequence.
    func nipPrefix(gender: Gender) -> String {
        let birthPart = String(birth.year) + pad(birth.month, 2) + pad(birth.day, 2)
        if status == .pppk {
            return birthPart + String(appointmentYear) + "21" + String(gender.nipDigit)
        }
        return birthPart + String(appointmentYear) + pad(appointmentMonth, 2) + String(gender.nipDigit)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
