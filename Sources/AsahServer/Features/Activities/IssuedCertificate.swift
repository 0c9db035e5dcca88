import AsahCore
import Fluent
import Foundation

/// What a certificate states, with the NIP masked: the certificate and verification pages' model, and
/// what the API's `CertificateDTO` is mapped from.
struct IssuedCertificate: Sendable {
    var code: String
    var name: String
    var nip: String
    var agency: String
    var activity: String
    var jenisDiklat: String?
    var jp: JP
    var completedOn: String?

    init(_ c: ActivityQueries.Certificate) {
        code = VerificationCode.display(c.certificateCode)
        name = PersonName.full(gelarDepan: c.gelarDepan, name: c.name, gelarBelakang: c.gelarBelakang)
        nip = Masking.nip(c.nip)
        agency = c.agencyName
        activity = c.title
        jenisDiklat = JenisDiklat.byID(c.jenisDiklatID)?.name
        jp = JP(hundredths: c.jpHundredths)
        completedOn = c.lastDay
    }

    /// The certificate behind a code as typed (any case, dashes, O for 0), or nil.
    static func find(typed: String, on db: any Database) async throws -> IssuedCertificate? {
        guard let code = VerificationCode.normalize(typed),
            let c = try await ActivityQueries.certificate(code: code, on: db)
        else { return nil }
        return IssuedCertificate(c)
    }
}
