import Foundation

/// A mutasi between two agencies of one Asah: the receiving agency asks for a NIP, the sending agency's
/// manager (or an administrator) decides, and on approval the person moves with their history.
public enum TransferState: String, CaseIterable, Codable, Sendable {
    case pending
    case approved
    case rejected

    public var label: String {
        switch self {
        case .pending: return "Menunggu keputusan"
        case .approved: return "Disetujui"
        case .rejected: return "Ditolak"
        }
    }
}

/// Why a transfer request or decision is refused: the words people read, and whether the request itself
/// is wrong (422) or the records stand in its way (409).
public struct TransferRefusal: Error, Equatable, Sendable {
    public enum Kind: Sendable { case invalid, conflict }
    public let kind: Kind
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

public enum TransferRules {
    /// What the request needs to know about the NIP asked for.
    public struct Holder: Sendable, Equatable {
        /// The agency the person is in now.
        public let agencyID: UUID
        public let state: EmploymentState

        public init(agencyID: UUID, state: EmploymentState) {
            self.agencyID = agencyID
            self.state = state
        }
    }

    /// A receiving agency's request for `nip`: the NIP normalized, or why it cannot be asked for.
    /// `holder` is who has the NIP now (nil: nobody in this Asah), `pending` whether this agency already
    /// waits for a decision on it. The words never say more about the person than the request did.
    public static func request(
        nip raw: String, receiving: UUID, holder: Holder?, pending: Bool
    ) -> Result<String, TransferRefusal> {
        let nip = NIP.normalize(raw)
        guard case .success = NIP.parse(nip, status: .pppk) else {
            return .failure(.init(.invalid, "NIP harus 18 angka yang sah."))
        }
        guard let holder else {
            return .failure(
                .init(
                    .invalid,
                    "NIP ini tidak terdaftar di instansi lain pada Asah. Tambahkan pegawai ini sebagai pegawai baru."))
        }
        if holder.agencyID == receiving {
            return .failure(.init(.conflict, "Pegawai dengan NIP ini sudah tercatat di instansi Anda."))
        }
        if pending { return .failure(.init(.conflict, "Permintaan mutasi untuk NIP ini masih menunggu keputusan.")) }
        return .success(nip)
    }

    /// The sending side's decision on a request in `state`, with the person now in `holderAgency`
    /// (the request's sending agency, unless they moved since) and in employment `holderState`.
    public static func decide(
        _ state: TransferState, approve: Bool, sending: UUID, holderAgency: UUID, holderState: EmploymentState
    ) -> Result<TransferState, TransferRefusal> {
        guard state == .pending else {
            return .failure(.init(.conflict, "Permintaan ini sudah diputuskan (\(state.label.lowercased()))."))
        }
        guard approve else { return .success(.rejected) }
        guard holderAgency == sending else {
            return .failure(.init(.conflict, "Pegawai ini sudah tidak tercatat di instansi pengirim."))
        }
        guard arrival(holderState) != nil else {
            return .failure(
                .init(
                    .conflict, "Pegawai ini tercatat \(holderState.label.lowercased()); mutasi tidak dapat disetujui."))
        }
        return .success(.approved)
    }

    /// A decision's reason as stored: trimmed, nil when empty; refused past 500 characters (or 1,000
    /// code points, so combining marks cannot stretch it).
    public static func reason(_ raw: String?) -> Result<String?, TransferRefusal> {
        let text = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= 500, text.unicodeScalars.count <= 1_000 else {
            return .failure(.init(.invalid, "Alasan paling banyak 500 karakter."))
        }
        return .success(text.isEmpty ? nil : text)
    }

    /// The employment state a person arrives with: their service goes on, so it is kept; one the sending
    /// agency had already marked as moved to another agency is active again. Nil: whoever has retired,
    /// stopped or died cannot move.
    public static func arrival(_ state: EmploymentState) -> EmploymentState? {
        switch state {
        case .pindah: return .aktif
        case .pensiun, .berhenti, .meninggal: return nil
        default: return state
        }
    }

    /// Where a line of someone's history was earned once it moves to `receiving`: the agency it names
    /// already (`origin`), else the one that held it; nil when that is the receiving agency itself (a
    /// person who comes back).
    public static func origin(_ origin: UUID?, holder: UUID, receiving: UUID) -> UUID? {
        let earned = origin ?? holder
        return earned == receiving ? nil : earned
    }
}

extension AccessPolicy {
    /// A request for someone of another agency is made by the receiving agency's managers.
    public static func canRequestTransfer(into agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }

    /// Whom a request names: the sending agency's managers see their own employee's name; the receiving
    /// agency learns it only once the person is theirs.
    public static func seesTransferredName(from: UUID, state: TransferState, _ actor: Actor) -> Bool {
        state == .approved || isManager(of: from, actor)
    }

    /// A request is seen by the managers of the two agencies (and administrators); to anyone else it
    /// does not exist. It is decided by the sending agency's managers or an administrator.
    public static func transfer(from: UUID, to: UUID, decide: Bool, _ actor: Actor) -> Access {
        let sees = isManager(of: from, actor) || isManager(of: to, actor)
        return Access(sees: sees, may: !decide || isManager(of: from, actor))
    }
}
