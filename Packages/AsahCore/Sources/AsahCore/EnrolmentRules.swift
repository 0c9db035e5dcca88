import Foundation

/// A participant's place in one learning activity.
///
///     request ──(approval required)──▶ requested ──approve──▶ enrolled | waitlisted (when full)
///             └─(no approval)────────▶ enrolled | waitlisted        └─reject──▶ rejected
///     enrolled ──finish──▶ completed | notCompleted
///     requested, waitlisted, enrolled ──cancel──▶ cancelled (a freed seat promotes the waitlist, FIFO)
public enum EnrolmentState: String, CaseIterable, Codable, Sendable {
    /// Awaiting the unit head's approval.
    case requested
    case enrolled
    case waitlisted
    case rejected
    case cancelled
    case completed
    case notCompleted = "not_completed"

    public var label: String {
        switch self {
        case .requested: return "Menunggu persetujuan atasan"
        case .enrolled: return "Terdaftar"
        case .waitlisted: return "Daftar tunggu"
        case .rejected: return "Ditolak"
        case .cancelled: return "Dibatalkan"
        case .completed: return "Selesai"
        case .notCompleted: return "Tidak selesai"
        }
    }

    /// Takes one of the activity's seats. A seat once used stays used: completed and not completed
    /// participants keep theirs.
    public var holdsSeat: Bool { self == .enrolled || self == .completed || self == .notCompleted }

    /// No further change is possible.
    public var isFinal: Bool { self == .rejected || self == .cancelled || self == .completed || self == .notCompleted }
}

public struct EnrolmentParticipant: Sendable, Equatable, Identifiable {
    public var id: String
    public var state: EnrolmentState
    /// When the participant asked (or was put forward); the waitlist is first come, first served.
    public var requestedAt: Date

    public init(id: String, state: EnrolmentState, requestedAt: Date) {
        self.id = id
        self.state = state
        self.requestedAt = requestedAt
    }
}

/// One state change to write.
public struct EnrolmentChange: Sendable, Equatable {
    public let id: String
    public let from: EnrolmentState
    public let to: EnrolmentState

    public init(id: String, from: EnrolmentState, to: EnrolmentState) {
        self.id = id
        self.from = from
        self.to = to
    }
}

public struct EnrolmentError: Error, Sendable, Equatable {
    /// In Bahasa Indonesia, for the person who tried.
    public let message: String

    public init(_ message: String) { self.message = message }
}

/// Pure transitions; the caller loads the activity's participants and writes the changes in one
/// transaction. `capacity` nil = unlimited. Lowering the capacity never evicts anyone: the waitlist
/// simply does not move until seats taken fall below it.
public enum EnrolmentRules {
    /// The state of a new request. Joins the waitlist when full or when others already wait
    /// (nobody jumps the queue).
    public static func request(capacity: Int?, seatsTaken: Int, waitlisted: Int = 0, approvalRequired: Bool)
        -> EnrolmentState
    {
        approvalRequired ? .requested : seatOrWait(capacity: capacity, seatsTaken: seatsTaken, waitlisted: waitlisted)
    }

    /// The unit head approves a request.
    public static func approve(_ state: EnrolmentState, capacity: Int?, seatsTaken: Int, waitlisted: Int = 0)
        -> Result<EnrolmentState, EnrolmentError>
    {
        guard state == .requested else {
            return .failure(
                EnrolmentError(
                    "Hanya permintaan yang menunggu persetujuan yang dapat disetujui (status sekarang: \(state.label))."
                ))
        }
        return .success(seatOrWait(capacity: capacity, seatsTaken: seatsTaken, waitlisted: waitlisted))
    }

    /// The unit head turns a request down.
    public static func reject(_ state: EnrolmentState) -> Result<EnrolmentState, EnrolmentError> {
        guard state == .requested else {
            return .failure(
                EnrolmentError(
                    "Hanya permintaan yang menunggu persetujuan yang dapat ditolak (status sekarang: \(state.label))."))
        }
        return .success(.rejected)
    }

    /// Records the outcome for an enrolled participant.
    public static func finish(_ state: EnrolmentState, result: CompletionResult) -> Result<
        EnrolmentState, EnrolmentError
    > {
        guard state == .enrolled else {
            return .failure(
                EnrolmentError(
                    "Hanya peserta terdaftar yang dapat dinyatakan selesai atau tidak selesai (status sekarang: \(state.label))."
                ))
        }
        return .success(result.enrolmentState)
    }

    /// Cancels one participant (requested, waitlisted or enrolled). When that frees a seat, the
    /// longest-waiting participants are promoted. The cancellation comes first in the changes.
    public static func cancel(_ id: String, in participants: [EnrolmentParticipant], capacity: Int?)
        -> Result<[EnrolmentChange], EnrolmentError>
    {
        guard let index = participants.firstIndex(where: { $0.id == id }) else {
            return .failure(EnrolmentError("Peserta tidak ditemukan pada kegiatan ini."))
        }
        let state = participants[index].state
        guard !state.isFinal else {
            return .failure(EnrolmentError("Peserta berstatus \(state.label) tidak dapat dibatalkan."))
        }
        var after = participants
        after[index].state = .cancelled
        let cancel = EnrolmentChange(id: id, from: state, to: .cancelled)
        return .success([cancel] + promotions(after, capacity: capacity))
    }

    /// Waitlisted participants who now get a seat, oldest request first (ties by id): after a
    /// cancellation or when the capacity is raised.
    public static func promotions(_ participants: [EnrolmentParticipant], capacity: Int?) -> [EnrolmentChange] {
        let waiting = participants.filter { $0.state == .waitlisted }
            .sorted { ($0.requestedAt, $0.id) < ($1.requestedAt, $1.id) }
        let free = capacity.map { max(0, $0 - seatsTaken(participants)) } ?? waiting.count
        return waiting.prefix(free).map { EnrolmentChange(id: $0.id, from: .waitlisted, to: .enrolled) }
    }

    public static func seatsTaken(_ participants: [EnrolmentParticipant]) -> Int {
        participants.filter(\.state.holdsSeat).count
    }

    /// Checks the capacity field: empty (unlimited) or 1 to 100.000.
    public static func capacity(_ value: Int?) -> Result<Int?, FieldErrors> {
        guard let value else { return .success(nil) }
        guard (1...100_000).contains(value) else {
            return .failure(
                FieldErrors(["capacity": "Isi kapasitas 1 sampai 100.000 peserta, atau kosongkan bila tidak dibatasi."])
            )
        }
        return .success(value)
    }

    /// A note for the manager when a new capacity is below the seats already taken; nil otherwise.
    public static func capacityWarning(capacity: Int?, seatsTaken: Int) -> String? {
        guard let capacity, seatsTaken > capacity else { return nil }
        return "Kapasitas \(capacity) lebih kecil dari \(seatsTaken) peserta yang sudah terdaftar. "
            + "Tidak ada peserta yang dikeluarkan; daftar tunggu baru maju bila ada kursi kosong."
    }

    private static func seatOrWait(capacity: Int?, seatsTaken: Int, waitlisted: Int) -> EnrolmentState {
        guard let capacity else { return .enrolled }
        return seatsTaken < capacity && waitlisted == 0 ? .enrolled : .waitlisted
    }
}
