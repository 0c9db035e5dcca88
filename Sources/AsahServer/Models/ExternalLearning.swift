import Fluent
import Foundation

/// One external learning record (see M0019).
final class ExternalLearning: Model, @unchecked Sendable {
    static let schema = "external_learning"

    enum State: String {
        case submitted, accepted, rejected

        var label: String {
            switch self {
            case .submitted: return "Menunggu pemeriksaan"
            case .accepted: return "Diterima"
            case .rejected: return "Ditolak"
            }
        }
    }

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "employee_id") var employeeID: UUID
    @Field(key: "title") var title: String
    @Field(key: "jenis_diklat_id") var jenisDiklatID: Int
    @Field(key: "provider") var provider: String
    @Field(key: "started_on") var startedOn: String
    @Field(key: "finished_on") var finishedOn: String
    @Field(key: "international") var international: Bool
    @OptionalField(key: "certificate_no") var certificateNo: String?
    @Field(key: "jp_hundredths") var jpHundredths: Int
    @Field(key: "proof_filename") var proofFilename: String
    @Field(key: "proof_type") var proofType: String
    @Field(key: "proof") var proof: Data
    @Field(key: "state") var state: String
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
