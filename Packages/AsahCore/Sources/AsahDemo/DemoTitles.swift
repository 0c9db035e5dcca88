import AsahCore

/// Highest education of a demo employee: sets the entry golongan and the academic titles.
enum DemoEducation: Int, Sendable, Comparable {
    case sma, d3, s1, s2, s3

    static func < (a: DemoEducation, b: DemoEducation) -> Bool { a.rawValue < b.rawValue }

    /// PNS entry golongan index (0 = I/a … 16 = IV/e): SMA II/a, D3 II/c, S1 and above III/a.
    var pnsEntry: Int {
        switch self {
        case .sma: return 4
        case .d3: return 6
        case .s1, .s2, .s3: return 8
        }
    }

    /// PPPK golongan (1 = I … 17 = XVII) by education: SMA V, D3 VII, S1 IX, S2 X.
    var pppkGolongan: Int {
        switch self {
        case .sma: return 5
        case .d3: return 7
        case .s1: return 9
        case .s2, .s3: return 10
        }
    }

    /// Age at first appointment.
    var entryAge: ClosedRange<Int> {
        switch self {
        case .sma: return 19...25
        case .d3: return 22...27
        case .s1: return 23...29
        case .s2, .s3: return 25...30
        }
    }
}

enum DemoTitles {
    /// The education a holder of the seat typically has.
    static func education(for seat: DemoSeat, _ rng: inout DemoRNG) -> DemoEducation {
        switch seat.kind {
        case .jptUtama, .jptMadya, .jptPratama:
            return rng.weighted([(.s2, 0.8), (.s3, 0.2)])
        case .administrator:
            return rng.weighted([(.s1, 0.3), (.s2, 0.7)])
        case .pengawas:
            return rng.weighted([(.s1, 0.65), (.s2, 0.35)])
        case .pelaksana:
            let n = seat.name
            if n.hasPrefix("Penelaah") || n.hasPrefix("Penata") || n.hasPrefix("Perencana") { return .s1 }
            if n.hasPrefix("Operator") || n.hasPrefix("Pengadministrasi") {
                return rng.weighted([(.sma, 0.55), (.d3, 0.25), (.s1, 0.2)])
            }
            return rng.weighted([(.sma, 0.3), (.d3, 0.3), (.s1, 0.4)])
        case .fungsional:
            switch seat.jenjang {
            case .pemula: return .sma
            case .terampil, .mahir, .penyelia:
                // Nurses and midwives need at least a diploma.
                if seat.field == .nurse || seat.field == .midwife { return .d3 }
                return rng.chance(0.85) ? .d3 : .sma
            case .ahliPertama: return rng.chance(0.1) ? .s2 : .s1
            case .ahliMuda: return rng.chance(0.4) ? .s2 : .s1
            case .ahliMadya: return rng.chance(0.75) ? .s2 : .s1
            case .ahliUtama: return rng.chance(0.5) ? .s3 : .s2
            case nil: return .s1
            }
        }
    }

    /// Gelar depan and gelar belakang for that education in that field.
    static func titles(
        _ field: DemoField, _ education: DemoEducation, birthYear: Int, _ rng: inout DemoRNG
    ) -> (depan: String?, belakang: String?) {
        switch field {
        case .doctor: return ("dr.", education >= .s2 ? "M.Kes." : nil)
        case .dentist: return ("drg.", education >= .s2 ? "M.Kes." : nil)
        case .pharmacist: return ("apt.", education >= .s2 ? "S.Farm., M.Farm." : "S.Farm.")
        default: break
        }
        switch education {
        case .sma: return (nil, nil)
        case .d3: return (nil, diploma(field))
        case .s1, .s2, .s3:
            let bachelor = rng.pick(bachelors(field))
            // Older engineers kept the pre-1993 "Ir." title instead of S.T.
            let engineer = bachelor == "S.T." && birthYear <= 1972
            var depan: String? = engineer ? "Ir." : nil
            var belakang: String? = engineer ? nil : bachelor
            if education >= .s2 {
                let master = rng.pick(masters(field))
                belakang = belakang.map { $0 + ", " + master } ?? master
            }
            if education == .s3 { depan = "Dr." + (depan.map { " " + $0 } ?? "") }
            return (depan, belakang)
        }
    }

    private static func diploma(_ field: DemoField) -> String {
        switch field {
        case .nurse: return "A.Md.Kep."
        case .midwife: return "A.Md.Keb."
        case .publicHealth: return "A.Md.Kes."
        case .informatics: return "A.Md.Kom."
        default: return "A.Md."
        }
    }

    private static func bachelors(_ field: DemoField) -> [String] {
        switch field {
        case .administration: return ["S.Sos.", "S.AP.", "S.E.", "S.IP."]
        case .law: return ["S.H."]
        case .policy: return ["S.IP.", "S.Sos.", "S.AP.", "S.H."]
        case .humanResources: return ["S.Psi.", "S.Sos.", "S.AP.", "S.E."]
        case .finance: return ["S.E.", "S.Ak."]
        case .informatics: return ["S.Kom.", "S.T."]
        case .communication: return ["S.I.Kom.", "S.Sos."]
        case .statistics: return ["S.Si.", "S.Stat."]
        case .transport: return ["S.T.", "S.SiT."]
        case .population: return ["S.Sos.", "S.Kom.", "S.AP."]
        case .publicHealth: return ["S.K.M."]
        case .nurse: return ["S.Kep., Ners"]
        case .midwife: return ["S.Tr.Keb."]
        case .teacher: return ["S.Pd."]
        case .doctor, .dentist, .pharmacist: return ["S.Ked."]
        }
    }

    private static func masters(_ field: DemoField) -> [String] {
        switch field {
        case .administration, .population: return ["M.Si.", "M.AP.", "M.M."]
        case .law: return ["M.H."]
        case .policy: return ["M.Si.", "M.AP."]
        case .humanResources: return ["M.Si.", "M.M.", "M.Psi."]
        case .finance: return ["M.M.", "M.Ak."]
        case .informatics: return ["M.Kom.", "M.T."]
        case .communication: return ["M.I.Kom.", "M.Si."]
        case .statistics: return ["M.Si."]
        case .transport: return ["M.T.", "M.M."]
        case .publicHealth, .doctor, .dentist, .pharmacist: return ["M.Kes.", "M.K.M."]
        case .nurse: return ["M.Kep."]
        case .midwife: return ["M.Keb."]
        case .teacher: return ["M.Pd."]
        }
    }
}
