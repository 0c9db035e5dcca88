import AsahCore
import Foundation
import Vapor

/// A mutasi request as the API gives it. The person's name is shown to the sending agency (theirs to
/// see) and to the receiving one once approved; before that the receiver knows what it asked: the NIP.
struct TransferDTO: Content {
    struct AgencyRef: Content {
        var code: String
        var name: String
    }

    var id: UUID
    var nip: String
    var name: String?
    var state: String
    var from: AgencyRef
    var to: AgencyRef
    var requestedAt: Date
    var decidedAt: Date?
    var reason: String?

    init(_ t: TransferQueries.Row, actor: Actor) {
        id = t.id
        nip = t.nip
        name = AccessPolicy.seesTransferredName(from: t.fromAgencyID, state: t.state, actor) ? t.employeeName : nil
        state = t.state.rawValue
        from = .init(code: t.fromCode, name: t.fromName)
        to = .init(code: t.toCode, name: t.toName)
        requestedAt = t.requestedAt
        decidedAt = t.decidedAt
        reason = t.reason
    }

    enum CodingKeys: String, CodingKey {
        case id, nip, name, state, from, to, reason
        case requestedAt = "requested_at"
        case decidedAt = "decided_at"
    }

    /// Absent values are written as null, never left out.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(nip, forKey: .nip)
        try c.encode(name, forKey: .name)
        try c.encode(state, forKey: .state)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(requestedAt, forKey: .requestedAt)
        try c.encode(decidedAt, forKey: .decidedAt)
        try c.encode(reason, forKey: .reason)
    }
}

struct TransferListDTO: Content {
    var items: [TransferDTO]
}
