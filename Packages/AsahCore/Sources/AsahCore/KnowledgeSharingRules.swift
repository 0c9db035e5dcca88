import Foundation

/// A knowledge-sharing session (komunitas belajar): a host shares what they know with colleagues.
/// It counts as SIASN form 23, by default actual minutes at most 2 JP a day for each person.
public struct KnowledgeSessionInput: Sendable, Equatable {
    public var topic = ""
    public var heldOn = ""
    public var minutes = ""
    public var summary = ""
    /// NIPs, one per line or separated by commas or spaces.
    public var attendees = ""
    public init() {}
}

public struct ValidKnowledgeSession: Sendable, Equatable {
    public let topic: String
    public let heldOn: CivilDate
    public let minutes: Int
    public let summary: String?
    public let attendeeNIPs: [String]
}

/// Where a session stands: recorded by its host it is `pending` and credits nobody; a unit head of
/// the host's unit or a manager `confirmed` it (JP credited then) or `rejected` it (nothing credited).
public enum KnowledgeSessionState: String, Sendable, CaseIterable, Codable {
    case pending, confirmed, rejected

    public var label: String {
        switch self {
        case .pending: return "Menunggu konfirmasi"
        case .confirmed: return "Dikonfirmasi"
        case .rejected: return "Ditolak"
        }
    }
}

public enum KnowledgeSharingRules {
    public static let jenisDiklatID = 23
    /// How many days after it was held a session may still be recorded (agency setting
    /// `knowledge_window_days`).
    public static let defaultWindowDays = 30
    public static let windowDaysRange = 1...365

    public static func validate(
        _ input: KnowledgeSessionInput, hostNIP: String, today: CivilDate, windowDays: Int = defaultWindowDays
    ) -> Result<ValidKnowledgeSession, FieldErrors> {
        var errors: [String: String] = [:]
        let topic = input.topic.trimmingCharacters(in: .whitespacesAndNewlines)
        if topic.isEmpty { errors["topic"] = "Isi topik yang dibagikan." }
        if topic.count > 300 { errors["topic"] = "Topik paling panjang 300 karakter." }
        let date = CivilDate(iso: input.heldOn.trimmingCharacters(in: .whitespaces))
        if date == nil { errors["held_on"] = "Isi tanggal (TTTT-BB-HH)." }
        if let date, let problem = dateProblem(date, today: today, windowDays: windowDays) {
            errors["held_on"] = problem
        }
        let minutes = Int(input.minutes.trimmingCharacters(in: .whitespaces))
        if minutes.map({ !(15...480).contains($0) }) ?? true {
            errors["minutes"] = "Isi lama sesi 15 sampai 480 menit."
        }
        let summary = input.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.count > 2000 { errors["summary"] = "Ringkasan paling panjang 2.000 karakter." }
        var nips: [String] = []
        var bad: [String] = []
        for token in input.attendees.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" }) {
            let raw = token.trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            let nip = NIP.normalize(raw)
            if nip.count != 18 || !nip.allSatisfy(\.isNumber) {
                bad.append(raw)
            } else if nip != hostNIP, !nips.contains(nip) {
                nips.append(nip)
            }
        }
        if !bad.isEmpty {
            errors["attendees"] = "Bukan NIP 18 digit: " + bad.prefix(5).joined(separator: ", ") + "."
        } else if nips.isEmpty {
            errors["attendees"] = "Isi NIP peserta, satu per baris."
        }
        if nips.count > 500 { errors["attendees"] = "Paling banyak 500 peserta dalam satu sesi." }
        guard errors.isEmpty, let date, let minutes else { return .failure(FieldErrors(errors)) }
        return .success(
            ValidKnowledgeSession(
                topic: topic, heldOn: date, minutes: minutes, summary: summary.isEmpty ? nil : summary,
                attendeeNIPs: nips))
    }

    /// Why a session held on `date` may not be recorded today, or nil: not in the future, not in a
    /// closed year (any year before the current one), and at most `windowDays` days ago.
    public static func dateProblem(_ date: CivilDate, today: CivilDate, windowDays: Int) -> String? {
        if date > today { return "Sesi yang belum berlangsung belum dapat dicatat." }
        if isClosedYear(date, today: today) {
            return "Tahun \(date.year) sudah ditutup: sesi tahun itu tidak dapat dicatat lagi."
        }
        let earliest = today.addingDays(-windowDays)
        if date < earliest {
            return "Sesi dicatat paling lambat \(windowDays) hari setelah berlangsung (paling awal tanggal "
                + IndonesianFormat.date(earliest) + ")."
        }
        return nil
    }

    /// A year before the current one is closed: its JP are final, nothing more is credited to it.
    public static func isClosedYear(_ date: CivilDate, today: CivilDate) -> Bool { date.year < today.year }

    /// Why a session in this state, held on `heldOn`, cannot be confirmed (or rejected) today, keyed by
    /// field: `state` once decided; `held_on` when confirming into a closed year. Nil when it can.
    public static func decisionProblem(
        state: KnowledgeSessionState, heldOn: CivilDate, confirm: Bool, today: CivilDate
    ) -> FieldErrors? {
        switch state {
        case .confirmed: return FieldErrors(["state": "Sesi ini sudah dikonfirmasi."])
        case .rejected: return FieldErrors(["state": "Sesi ini sudah ditolak."])
        case .pending: break
        }
        if confirm, isClosedYear(heldOn, today: today) {
            return FieldErrors([
                "held_on": "Tahun \(heldOn.year) sudah ditutup: sesi ini tidak dapat lagi dikonfirmasi."
            ])
        }
        return nil
    }

    /// The optional note of a decision (why a session was rejected), at most 500 characters.
    public static func decisionNote(_ text: String?) -> Result<String?, FieldErrors> {
        let note = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > 500 { return .failure(FieldErrors(["note": "Catatan paling panjang 500 karakter."])) }
        return .success(note.isEmpty ? nil : note)
    }

    /// The agency's window in days, from the settings form.
    public static func windowDays(_ text: String) -> Result<Int, FieldErrors> {
        guard let days = Int(text.trimmingCharacters(in: .whitespaces)), windowDaysRange.contains(days) else {
            return .failure(
                FieldErrors([
                    "window_days": "Isi \(windowDaysRange.lowerBound) sampai \(windowDaysRange.upperBound) hari."
                ]))
        }
        return .success(days)
    }

    /// What one person earns from a session, after what they already earned that day in the same form.
    public static func credit(
        on date: CivilDate, minutes: Int, existing: [LedgerEntryFact], table: JPConversionTable = .bpsDefault
    ) -> Result<JPCapResult, FieldErrors> {
        JPCredit.compute(
            JPCreditInput(jenisDiklatID: jenisDiklatID, minutes: minutes, days: 1, sessions: 1), table: table
        )
        .map { credit in JPCaps.credit(credit.proposal(on: date), rate: credit.rate, existing: existing) }
    }
}
