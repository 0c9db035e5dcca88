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

public enum KnowledgeSharingRules {
    public static let jenisDiklatID = 23

    public static func validate(_ input: KnowledgeSessionInput, hostNIP: String, today: CivilDate)
        -> Result<ValidKnowledgeSession, FieldErrors>
    {
        var errors: [String: String] = [:]
        let topic = input.topic.trimmingCharacters(in: .whitespacesAndNewlines)
        if topic.isEmpty { errors["topic"] = "Isi topik yang dibagikan." }
        if topic.count > 300 { errors["topic"] = "Topik paling panjang 300 karakter." }
        let date = CivilDate(iso: input.heldOn.trimmingCharacters(in: .whitespaces))
        if date == nil { errors["held_on"] = "Isi tanggal (TTTT-BB-HH)." }
        if let date, date > today { errors["held_on"] = "Sesi yang belum berlangsung belum dapat dicatat." }
        let minutes = Int(input.minutes.trimmingCharacters(in: .whitespaces))
        if minutes.map({ !(15...480).contains($0) }) ?? true { errors["minutes"] = "Isi lama sesi 15 sampai 480 menit." }
        let summary = input.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.count > 2000 { errors["summary"] = "Ringkasan paling panjang 2.000 karakter." }
        var nips: [String] = []
        var bad: [String] = []
        for token in input.attendees.split(whereSeparator: { $0 == "," || $0 == "\n" || $0 == ";" }) {
            let raw = token.trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            let nip = NIP.normalize(raw)
            if nip.count != 18 || !nip.allSatisfy(\.isNumber) { bad.append(raw) } else if nip != hostNIP, !nips.contains(nip) {
                nips.append(nip)
            }
        }
        if !bad.isEmpty { errors["attendees"] = "Bukan NIP 18 digit: " + bad.prefix(5).joined(separator: ", ") + "." }
        else if nips.isEmpty { errors["attendees"] = "Isi NIP peserta, satu per baris." }
        if nips.count > 500 { errors["attendees"] = "Paling banyak 500 peserta dalam satu sesi." }
        guard errors.isEmpty, let date, let minutes else { return .failure(FieldErrors(errors)) }
        return .success(ValidKnowledgeSession(
            topic: topic, heldOn: date, minutes: minutes, summary: summary.isEmpty ? nil : summary, attendeeNIPs: nips))
    }

    /// What one person earns from a session, after what they already earned that day in the same form.
    public static func credit(
        on date: CivilDate, minutes: Int, existing: [LedgerEntryFact], table: JPConversionTable = .bpsDefault
    ) -> Result<JPCapResult, FieldErrors> {
        JPCredit.compute(JPCreditInput(jenisDiklatID: jenisDiklatID, minutes: minutes, days: 1, sessions: 1), table: table)
            .map { credit in JPCaps.credit(credit.proposal(on: date), rate: credit.rate, existing: existing) }
    }
}
