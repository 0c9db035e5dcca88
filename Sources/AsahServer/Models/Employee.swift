import Fluent
import Foundation

final class Employee: Model, @unchecked Sendable {
    static let schema = "employees"

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "nip") var nip: String
    @OptionalField(key: "gelar_depan") var gelarDepan: String?
    @Field(key: "name") var name: String
    @OptionalField(key: "gelar_belakang") var gelarBelakang: String?
    @Field(key: "search_name") var searchName: String
    @Field(key: "status") var status: String
    @OptionalField(key: "golongan") var golongan: String?
    @OptionalField(key: "position_id") var positionID: UUID?
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "supervisor_id") var supervisorID: UUID?
    /// Chosen by a manager: derivation from the structure and imports leave this supervisor alone.
    @Field(key: "supervisor_override") var supervisorOverride: Bool
    /// `EmploymentState` raw value; `aktif` unless told otherwise.
    @Field(key: "employment_state") var employmentState: String
    /// ISO date the state began, if known.
    @OptionalField(key: "employment_since") var employmentSince: String?
    /// A PPPK's contract start (ISO date), if known.
    @OptionalField(key: "contract_start") var contractStart: String?
    @Field(key: "gender") var gender: String
    @Field(key: "birth_date") var birthDate: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
