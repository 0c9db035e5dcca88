import Foundation

/// What kind of guidance a mentorship is, and the SIASN form its sessions count as.
public enum MentorshipKind: String, CaseIterable, Codable, Sendable {
    case mentoring, coaching
    case bimbingan = "bimbingan_di_tempat_kerja"

    public var label: String {
        switch self {
        case .mentoring: return "Mentoring"
        case .coaching: return "Coaching"
        case .bimbingan: return "Bimbingan di tempat kerja"
        }
    }

    public var jenisDiklatID: Int {
        switch self {
        case .mentoring: return 15
        case .coaching: return 14
        case .bimbingan: return 24
        }
    }
}

/// The two sides of a mentorship: whoever logs a session, the other confirms it.
public enum MentorshipSide: String, Codable, Sendable {
    case mentor, mentee

    public var other: MentorshipSide { self == .mentor ? .mentee : .mentor }
}

public struct MentorshipInput: Sendable, Equatable {
    public var mentorNIP = ""
    public var kind = MentorshipKind.mentoring.rawValue
    public var goal = ""
    public var startsOn = ""
    public var endsOn = ""
    public init() {}
}

public struct ValidMentorship: Sendable, Equatable {
    public let mentorNIP: String
    public let kind: MentorshipKind
    public let goal: String
    public let startsOn: CivilDate
    public let endsOn: CivilDate
}

public struct SessionLogInput: Sendable, Equatable {
    public var heldOn = ""
    public var minutes = ""
    public var topic = ""
    public var actions = ""
    public init() {}
}

public struct ValidSessionLog: Sendable, Equatable {
    public let heldOn: CivilDate
    public let minutes: Int
    public let topic: String
    public let actions: String?
}

public enum MentoringRules {
    public static func validate(_ input: MentorshipInput, menteeNIP: String) -> Result<ValidMentorship, FieldErrors> {
        var errors: [String: String] = [:]
        let mentor = NIP.normalize(input.mentorNIP)
        if mentor.isEmpty { errors["mentor_nip"] = "Isi NIP mentor atau coach." }
        if mentor == menteeNIP { errors["mentor_nip"] = "Mentor dan pegawai yang dibimbing harus orang yang berbeda." }
        let kind = MentorshipKind(rawValue: input.kind)
        if kind == nil { errors["kind"] = "Pilih jenis: mentoring, coaching atau bimbingan di tempat kerja." }
        let goal = input.goal.trimmingCharacters(in: .whitespacesAndNewlines)
        if goal.isEmpty { errors["goal"] = "Isi tujuan pembimbingan, misalnya menulis laporan kegiatan yang ringkas." }
        if goal.count > 1000 { errors["goal"] = "Tujuan paling panjang 1.000 karakter." }
        let start = WorkYear.date(
            input.startsOn, field: "starts_on", missing: "Isi tanggal mulai (TTTT-BB-HH).", into: &errors)
        let end = WorkYear.date(
            input.endsOn, field: "ends_on", missing: "Isi tanggal selesai (TTTT-BB-HH).", into: &errors)
        if let start, let end {
            if end < start {
                errors["ends_on"] = "Tanggal selesai tidak boleh sebelum tanggal mulai."
            } else if start.daysThrough(end) > 366 {
                errors["ends_on"] = "Satu masa pembimbingan paling lama satu tahun."
            }
        }
        guard errors.isEmpty, let kind, let start, let end else { return .failure(FieldErrors(errors)) }
        return .success(ValidMentorship(mentorNIP: mentor, kind: kind, goal: goal, startsOn: start, endsOn: end))
    }

    /// A session must lie within the mentorship's period and not in the future.
    public static func validate(
        _ input: SessionLogInput, period: ClosedRange<CivilDate>, today: CivilDate
    ) -> Result<ValidSessionLog, FieldErrors> {
        var errors: [String: String] = [:]
        let date = CivilDate(iso: input.heldOn.trimmingCharacters(in: .whitespaces))
        if let date {
            if date > today {
                errors["held_on"] = "Sesi yang belum berlangsung belum dapat dicatat."
            } else if !period.contains(date) {
                errors["held_on"] =
                    "Tanggal sesi di luar masa pembimbingan (\(IndonesianFormat.date(period.lowerBound)) – \(IndonesianFormat.date(period.upperBound)))."
            }
        } else {
            errors["held_on"] = "Isi tanggal sesi (TTTT-BB-HH)."
        }
        let minutes = Int(input.minutes.trimmingCharacters(in: .whitespaces))
        if minutes.map({ !(15...480).contains($0) }) ?? true {
            errors["minutes"] = "Isi lama sesi 15 sampai 480 menit."
        }
        let topic = input.topic.trimmingCharacters(in: .whitespacesAndNewlines)
        if topic.isEmpty { errors["topic"] = "Isi topik yang dibahas." }
        if topic.count > 300 { errors["topic"] = "Topik paling panjang 300 karakter." }
        let actions = input.actions.trimmingCharacters(in: .whitespacesAndNewlines)
        if actions.count > 2000 { errors["actions"] = "Tindak lanjut paling panjang 2.000 karakter." }
        guard errors.isEmpty, let date, let minutes else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidSessionLog(heldOn: date, minutes: minutes, topic: topic, actions: actions.isEmpty ? nil : actions))
    }

    /// What a confirmed session credits the mentee, after the month's cap: by default 2 JP a session
    /// and at most 2 sessions a month (the agency's conversion table decides). `existing` are the
    /// mentee's earlier credited sessions of the same form (one unit each).
    public static func credit(
        kind: MentorshipKind, on date: CivilDate, minutes: Int, existing: [LedgerEntryFact],
        table: JPConversionTable = .bpsDefault
    ) -> Result<JPCapResult, FieldErrors> {
        JPCredit.compute(
            JPCreditInput(jenisDiklatID: kind.jenisDiklatID, minutes: minutes, days: 1, sessions: 1, times: 1),
            table: table
        ).map { credit in JPCaps.credit(credit.proposal(on: date), rate: credit.rate, existing: existing) }
    }
}
