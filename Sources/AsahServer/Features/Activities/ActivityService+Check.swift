import AsahCore
import Fluent
import Vapor

extension ActivityService {
    /// An activity as typed (the form or the API body) checked against the rules, the agency's dictionary
    /// and JP table, and the user list: one place for creating and changing it, from a page or the API.
    struct Checked {
        var input: ActivityInput
        /// Set only when nothing is wrong.
        var valid: ValidActivity?
        var facilitators: [UUID]
        /// Messages by field, as the form shows them and the API lists them.
        var errors: [String: String]
    }

    static func check(_ input: ActivityInput, facilitatorNames: [String], agencyID: UUID, on db: any Database)
        async throws -> Checked
    {
        var errors: [String: String] = [:]
        let names = facilitatorNames.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let users = names.isEmpty ? [] : try await User.query(on: db).filter(\.$username ~~ names).all()
        let byName = Dictionary(users.map { ($0.username, $0.id!) }, uniquingKeysWith: { a, _ in a })
        let unknown = names.filter { byName[$0] == nil }
        if !unknown.isEmpty {
            errors["facilitators"] = "Tidak ada pengguna bernama \(unknown.joined(separator: ", "))."
        }
        let known = Set(try await CompetencyQueries.dictionary(agencyID: agencyID, on: db).map(\.code))
        let table = try await AgencySettings.jpConversion(agencyID, on: db)
        var valid: ValidActivity?
        switch ActivityRules.validate(input, knownCompetencies: known, table: table) {
        case .failure(let e): errors.merge(e.messages) { a, _ in a }
        case .success(let v): valid = errors.isEmpty ? v : nil
        }
        return Checked(input: input, valid: valid, facilitators: names.compactMap { byName[$0] }, errors: errors)
    }

    /// The API's refusal, naming every bad field.
    static func apiError(_ messages: [String: String], status: HTTPResponseStatus = .unprocessableEntity) -> APIError {
        APIError(
            status, code: status == .conflict ? .conflict : .invalid, message: "Kegiatan tidak disimpan.",
            details: messages.sorted { $0.key < $1.key }.map { .init(field: $0.key, message: $0.value) })
    }
}
