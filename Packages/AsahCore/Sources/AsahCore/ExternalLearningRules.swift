import Foundation

/// Learning an employee took outside the agency's own activities (a course at a university, a
/// ministry's bimtek), recorded with its certificate for a manager to accept into the JP ledger.
public struct ExternalLearningInput: Sendable, Equatable {
    public var title = ""
    public var jenisDiklatID = ""
    public var provider = ""
    public var startedOn = ""
    public var finishedOn = ""
    /// The JP printed on the certificate, for forms counted by actual JP ("2,5" or "32").
    public var jp = ""
    public var certificateNo = ""
    public var international = false

    public init() {}
}

public struct ValidExternalLearning: Sendable, Equatable {
    public let title: String
    public let jenis: JenisDiklat
    public let provider: String
    public let startedOn: CivilDate
    public let finishedOn: CivilDate
    public let certificateNo: String?
    public let international: Bool
    /// What it earns by the agency's conversion table (before the ledger caps).
    public let jp: JP
}

public enum ExternalLearningRules {
    public static func validate(
        _ input: ExternalLearningInput, today: CivilDate, table: JPConversionTable = .bpsDefault
    ) -> Result<ValidExternalLearning, FieldErrors> {
        var errors: [String: String] = [:]
        let title = input.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors["title"] = "Isi nama pelatihan seperti tertulis pada sertifikat." }
        if title.count > 200 { errors["title"] = "Nama pelatihan paling panjang 200 karakter." }
        let provider = input.provider.trimmingCharacters(in: .whitespacesAndNewlines)
        if provider.isEmpty { errors["provider"] = "Isi nama penyelenggara." }
        let jenis = Int(input.jenisDiklatID.trimmingCharacters(in: .whitespaces)).flatMap(JenisDiklat.byID)
        if jenis == nil { errors["jenis_diklat_id"] = "Pilih jenis diklat (kode SIASN 1 sampai 25)." }
        let started = WorkYear.date(
            input.startedOn, field: "started_on", missing: "Isi tanggal mulai (TTTT-BB-HH).", into: &errors)
        let finished = WorkYear.date(
            input.finishedOn, field: "finished_on", missing: "Isi tanggal selesai (TTTT-BB-HH).", into: &errors)
        if let s = started, let f = finished {
            if f < s { errors["finished_on"] = "Tanggal selesai tidak boleh sebelum tanggal mulai." }
            if f > today { errors["finished_on"] = "Pelatihan yang belum selesai belum dapat dicatat." }
            if s.daysThrough(f) > 366 { errors["started_on"] = "Satu catatan paling lama satu tahun." }
        }
        var typed: JP?
        let jpText = input.jp.trimmingCharacters(in: .whitespaces)
        if !jpText.isEmpty {
            if let jp = JP(text: jpText), jp > .zero, jp <= JP(whole: 2000) {
                typed = jp
            } else {
                errors["jp"] = "Isi JP seperti tertera pada sertifikat, misalnya 32 atau 2,5."
            }
        }
        let certificate = input.certificateNo.trimmingCharacters(in: .whitespacesAndNewlines)
        guard errors.isEmpty, let jenis, let started, let finished else { return .failure(FieldErrors(errors)) }
        func valid(_ jp: JP) -> ValidExternalLearning {
            ValidExternalLearning(
                title: title, jenis: jenis, provider: provider, startedOn: started, finishedOn: finished,
                certificateNo: certificate.isEmpty ? nil : String(certificate.prefix(100)),
                international: input.international, jp: jp)
        }
        let days = max(1, started.daysThrough(finished))
        let rate = table.rule(code: JPConversionTable.canonicalCode(jenis.conversionCode))?
            .rate(international: input.international)
        if rate?.per == .actualJP, let typed {
            // Counted by actual JP: the certificate's figure as printed (with the international uplift).
            return .success(valid(rate?.upliftPercent.map { typed.uplifted(byPercent: $0) } ?? typed))
        }
        let credit = JPCredit.compute(
            JPCreditInput(
                jenisDiklatID: jenis.id, minutes: typed.map { $0.hundredths * JP.minutesPerJP / 100 } ?? 0, days: days,
                sessions: days, times: 1, international: input.international),
            table: table)
        switch credit {
        case .success(let c):
            return .success(valid(c.jp))
        case .failure(let e):
            // The only measure a person types is the JP on the certificate.
            if e["minutes"] != nil {
                return .failure(FieldErrors(["jp": "Untuk \(jenis.name), isi JP yang tertera pada sertifikat."]))
            }
            return .failure(e)
        }
    }

    /// A manager's decision: accepting needs nothing more; rejecting needs a reason the employee can act
    /// on. Returns the reason to store (nil when accepted).
    public static func decision(accept: Bool, reason: String?) -> Result<String?, FieldErrors> {
        if accept { return .success(nil) }
        let reason = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            return .failure(FieldErrors(["reason": "Isi alasan penolakan agar pegawai dapat memperbaikinya."]))
        }
        return .success(String(reason.prefix(500)))
    }
}

extension ExternalLearningRules {
    /// What accepting a record credits: its JP within the caps of its form, like every other source.
    /// A month-capped form (coaching, mentoring) counts the record as one session in the month it
    /// ended; a day-capped form (e-learning, belajar mandiri, komunitas belajar) spreads the JP evenly
    /// over the days from start to end (at most a year of them) and cuts only what exceeds a day's cap
    /// beside the employee's other entries of that form. Uncapped forms credit their JP as recorded.
    public static func credit(
        jenisDiklatID: Int, startedOn: CivilDate, finishedOn: CivilDate, jp: JP, existing: [LedgerEntryFact],
        table: JPConversionTable
    ) -> JPCapResult {
        guard let row = ActivityCredit.cappedRow(jenisDiklatID: jenisDiklatID, table: table), jp > .zero else {
            return JPCapResult(credited: jp, units: 1, reason: nil)
        }
        if row.rate.maxPerMonth != nil || finishedOn < startedOn {
            let session = ActivityCredit.Session(date: finishedOn, minutes: jp.hundredths * JP.minutesPerJP / 100)
            return ActivityCredit.credit(
                jenisDiklatID: jenisDiklatID, sessions: [session], jp: jp, existing: existing, table: table)
        }
        guard let dayCap = row.rate.maxJP else { return JPCapResult(credited: jp, units: 1, reason: nil) }
        // Day caps: each day of study carries an even share (the remainder on the last day), at most
        // the day's cap, less what the employee already has of this form that day.
        let days = min(366, startedOn.daysThrough(finishedOn))
        let first = finishedOn.addingDays(1 - days)
        var credited = JP.zero
        var reasons: [String] = []
        for d in 0..<days {
            let share = JP(hundredths: jp.hundredths / days + (d == days - 1 ? jp.hundredths % days : 0))
            let result = JPCaps.credit(
                LedgerEntryFact(date: first.addingDays(d), conversionCode: row.code, jp: min(share, dayCap)),
                rate: row.rate, existing: existing)
            credited += result.credited
            if result.credited < share {
                reasons.append(result.reason ?? "Paling banyak \(dayCap.display) sehari untuk bentuk ini.")
            }
        }
        return JPCapResult(
            credited: credited, units: credited > .zero ? 1 : 0,
            reason: reasons.isEmpty ? nil : Array(Set(reasons)).sorted().joined(separator: " "))
    }
}
