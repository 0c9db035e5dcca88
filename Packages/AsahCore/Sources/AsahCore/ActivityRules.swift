import Foundation

/// Who provides a learning activity.
public enum ProviderKind: String, CaseIterable, Codable, Sendable {
    case internalUnit = "internal"
    case bpsdm
    case partner

    public var label: String {
        switch self {
        case .internalUnit: return "Internal instansi"
        case .bpsdm: return "BPSDM"
        case .partner: return "Mitra"
        }
    }
}

/// What kind of partner provides an activity (the Partner record keeps it).
public enum PartnerKind: String, CaseIterable, Codable, Sendable {
    case university = "perguruan_tinggi"
    case ngo = "lsm"
    case trainingInstitution = "lembaga_pelatihan"
    case other = "lainnya"

    public var label: String {
        switch self {
        case .university: return "Perguruan tinggi"
        case .ngo: return "Lembaga swadaya masyarakat"
        case .trainingInstitution: return "Lembaga pelatihan"
        case .other: return "Lainnya"
        }
    }
}

/// How a learning activity is delivered.
public enum LearningMode: String, CaseIterable, Codable, Sendable {
    case tatapMuka = "tatap_muka"
    case daring
    case campuran

    public var label: String {
        switch self {
        case .tatapMuka: return "Tatap muka"
        case .daring: return "Daring"
        case .campuran: return "Campuran"
        }
    }
}

public enum ActivityStatus: String, CaseIterable, Codable, Sendable {
    case planned, open, running, finished, cancelled

    public var label: String {
        switch self {
        case .planned: return "Direncanakan"
        case .open: return "Pendaftaran dibuka"
        case .running: return "Berlangsung"
        case .finished: return "Selesai"
        case .cancelled: return "Dibatalkan"
        }
    }

    /// Participants may ask for a place or be nominated.
    public var acceptsEnrolment: Bool { self == .planned || self == .open }
}

/// One session as typed: a date and a start and end time ("08:00").
public struct SessionInput: Sendable, Equatable {
    public var date: String
    public var startsAt: String
    public var endsAt: String

    public init(date: String, startsAt: String, endsAt: String) {
        self.date = date
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}

/// A learning activity as typed in the form or sent to the API.
public struct ActivityInput: Sendable, Equatable {
    public var title = ""
    public var description = ""
    public var jenisDiklatID = ""
    public var providerKind = ProviderKind.internalUnit.rawValue
    public var partnerName = ""
    public var partnerKind = PartnerKind.trainingInstitution.rawValue
    public var mode = LearningMode.tatapMuka.rawValue
    public var place = ""
    public var capacity = ""
    public var costPerParticipant = "0"
    public var fixedCost = "0"
    public var requiresApproval = false
    public var minAttendancePercent = "80"
    public var postTestPassingScore = ""
    public var sessions: [SessionInput] = []
    /// Target competencies by code with the level the activity develops.
    public var competencies: [(code: String, level: String)] = []

    public init() {}

    public static func == (a: ActivityInput, b: ActivityInput) -> Bool {
        a.title == b.title && a.jenisDiklatID == b.jenisDiklatID && a.sessions == b.sessions
            && a.competencies.map(\.code) == b.competencies.map(\.code)
            && a.competencies.map(\.level) == b.competencies.map(\.level) && a.capacity == b.capacity
    }
}

/// A checked activity, ready to store.
public struct ValidActivity: Sendable, Equatable {
    public struct Session: Sendable, Equatable {
        public let date: CivilDate
        public let startsAt: String
        public let endsAt: String
        public let minutes: Int
    }

    public let title: String
    public let description: String?
    public let jenis: JenisDiklat
    public let providerKind: ProviderKind
    public let partnerName: String?
    public let partnerKind: PartnerKind?
    public let mode: LearningMode
    public let place: String?
    public let capacity: Int?
    public let costPerParticipant: Int
    public let fixedCost: Int
    public let requiresApproval: Bool
    public let completion: CompletionRule
    public let sessions: [Session]
    public let competencies: [(code: String, level: Int)]
    /// What completing the whole activity earns (before the ledger caps).
    public let jp: JP

    public var year: Int { sessions.first?.date.year ?? 0 }
    public var totalMinutes: Int { sessions.map(\.minutes).reduce(0, +) }

    public static func == (a: ValidActivity, b: ValidActivity) -> Bool {
        a.title == b.title && a.sessions == b.sessions && a.jp == b.jp
    }
}

/// Checks an activity; every error names its field (`sessions.2.ends_at` for the second session).
public enum ActivityRules {
    public static func validate(
        _ input: ActivityInput, knownCompetencies: Set<String>, table: JPConversionTable = .bpsDefault
    ) -> Result<ValidActivity, FieldErrors> {
        var errors: [String: String] = [:]
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors["title"] = "Isi judul kegiatan." }
        if title.count > 200 { errors["title"] = "Judul paling panjang 200 karakter." }
        let description = input.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > 4000 { errors["description"] = "Uraian paling panjang 4.000 karakter." }
        let jenis = Int(input.jenisDiklatID.trimmingCharacters(in: .whitespaces)).flatMap(JenisDiklat.byID)
        if jenis == nil { errors["jenis_diklat_id"] = "Pilih jenis diklat (kode SIASN 1 sampai 25)." }
        let provider = ProviderKind(rawValue: input.providerKind)
        if provider == nil { errors["provider_kind"] = "Pilih penyelenggara: internal, BPSDM atau mitra." }
        let partner = input.partnerName.trimmingCharacters(in: .whitespacesAndNewlines)
        if provider == .partner && partner.isEmpty { errors["partner_name"] = "Isi nama mitra penyelenggara." }
        if partner.count > 200 { errors["partner_name"] = "Nama mitra paling panjang 200 karakter." }
        let partnerKind = PartnerKind(rawValue: input.partnerKind)
        if provider == .partner && partnerKind == nil {
            errors["partner_kind"] = "Pilih jenis mitra: perguruan tinggi, LSM, lembaga pelatihan atau lainnya."
        }
        let mode = LearningMode(rawValue: input.mode)
        if mode == nil { errors["mode"] = "Pilih moda: tatap muka, daring atau campuran." }
        let place = input.place.trimmingCharacters(in: .whitespacesAndNewlines)
        if mode != .daring && mode != nil && place.isEmpty { errors["place"] = "Isi tempat kegiatan tatap muka." }

        var capacity: Int?
        let capacityText = input.capacity.trimmingCharacters(in: .whitespaces)
        if !capacityText.isEmpty {
            switch Int(capacityText).map({ EnrolmentRules.capacity($0) }) {
            case .success(let value)?: capacity = value
            case .failure(let e)?: errors["capacity"] = e["capacity"]
            case nil: errors["capacity"] = "Kapasitas harus berupa angka."
            }
        }
        func money(_ text: String, _ key: String) -> Int {
            let digits = text.replacingOccurrences(of: ".", with: "").trimmingCharacters(in: .whitespaces)
            guard let value = Int(digits.isEmpty ? "0" : digits), (0...1_000_000_000_000).contains(value) else {
                errors[key] = "Isi biaya dalam rupiah, tanpa sen (0 bila tanpa biaya)."
                return 0
            }
            return value
        }
        let perParticipant = money(input.costPerParticipant, "cost_per_participant")
        let fixed = money(input.fixedCost, "fixed_cost")
        let passing = input.postTestPassingScore.trimmingCharacters(in: .whitespaces)
        var completion = CompletionRule.standard
        switch CompletionRule.make(
            minAttendancePercent: Int(input.minAttendancePercent.trimmingCharacters(in: .whitespaces)),
            postTestPassingScore: passing.isEmpty ? nil : (Int(passing) ?? -1))
        {
        case .success(let rule): completion = rule
        case .failure(let e): errors.merge(e.messages) { a, _ in a }
        }

        var sessions: [ValidActivity.Session] = []
        if input.sessions.isEmpty {
            errors["sessions"] = "Tambahkan paling sedikit satu sesi (tanggal, jam mulai, jam selesai)."
        }
        if input.sessions.count > 200 { errors["sessions"] = "Paling banyak 200 sesi." }
        for (i, s) in input.sessions.prefix(200).enumerated() {
            let n = i + 1
            guard let date = CivilDate(iso: s.date.trimmingCharacters(in: .whitespaces)) else {
                errors["sessions.\(n).date"] = "Sesi \(n): tanggal harus berbentuk TTTT-BB-HH."
                continue
            }
            guard WorkYear.range.contains(date.year) else {
                errors["sessions.\(n).date"] = "Sesi \(n): " + WorkYear.message.lowercased()
                continue
            }
            guard let start = minutes(s.startsAt), let end = minutes(s.endsAt) else {
                errors["sessions.\(n).starts_at"] = "Sesi \(n): jam harus berbentuk JJ:MM, misalnya 08:00."
                continue
            }
            guard end > start else {
                errors["sessions.\(n).ends_at"] = "Sesi \(n): jam selesai harus setelah jam mulai."
                continue
            }
            sessions.append(.init(date: date, startsAt: clock(start), endsAt: clock(end), minutes: end - start))
        }
        sessions.sort { ($0.date, $0.startsAt) < ($1.date, $1.startsAt) }
        if let first = sessions.first, let last = sessions.last, first.date.year != last.date.year {
            errors["sessions"] = "Semua sesi harus dalam satu tahun anggaran."
        }

        var competencies: [(code: String, level: Int)] = []
        var seen = Set<String>()
        for (i, c) in input.competencies.enumerated() {
            let n = i + 1
            let code = c.code.trimmingCharacters(in: .whitespaces).uppercased()
            if code.isEmpty { continue }
            guard knownCompetencies.contains(code) else {
                errors["competencies.\(n).code"] =
                    "Kompetensi \(n): kode \(code) tidak ada dalam kamus kompetensi instansi."
                continue
            }
            guard seen.insert(code).inserted else {
                errors["competencies.\(n).code"] = "Kompetensi \(n): \(code) sudah disebut."
                continue
            }
            guard let level = Int(c.level.trimmingCharacters(in: .whitespaces)), (1...5).contains(level) else {
                errors["competencies.\(n).level"] = "Kompetensi \(n): level harus 1 sampai 5."
                continue
            }
            competencies.append((code, level))
        }

        var jp = JP.zero
        if let jenis, !sessions.isEmpty, errors.isEmpty {
            let days = Set(sessions.map(\.date)).count
            let input = JPCreditInput(
                jenisDiklatID: jenis.id, minutes: sessions.map(\.minutes).reduce(0, +), days: days,
                sessions: sessions.count, times: 1)
            switch JPCredit.compute(input, table: table) {
            case .success(let credit): jp = credit.jp
            case .failure(let e): errors.merge(e.messages) { a, _ in a }
            }
        }
        guard errors.isEmpty, let jenis, let provider, let mode else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidActivity(
                title: title, description: description.isEmpty ? nil : description, jenis: jenis,
                providerKind: provider, partnerName: provider == .partner ? partner : nil,
                partnerKind: provider == .partner ? partnerKind : nil, mode: mode,
                place: place.isEmpty ? nil : place, capacity: capacity, costPerParticipant: perParticipant,
                fixedCost: fixed, requiresApproval: input.requiresApproval, completion: completion,
                sessions: sessions, competencies: competencies, jp: jp))
    }

    /// "08:00" or "8.00" → minutes after midnight.
    public static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h),
            (0...59).contains(m),
            parts[1].count == 2
        else { return nil }
        return h * 60 + m
    }

    static func clock(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// Minutes of a stored session ("08:00"–"11:30"); nil when either time is unreadable.
    public static func sessionMinutes(startsAt: String, endsAt: String) -> Int? {
        guard let a = minutes(startsAt), let b = minutes(endsAt) else { return nil }
        return b - a
    }

    /// The total cost of an activity for a number of participants.
    public static func cost(perParticipant: Int, fixed: Int, participants: Int) -> Int {
        fixed + perParticipant * participants
    }
}
