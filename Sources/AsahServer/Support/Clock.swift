import AsahCore
import Fluent
import Vapor

extension Application {
    /// The one source of "now" (`AppConfig.clock`): the system clock in production, fixed in tests.
    var clock: WallClock { appConfig.clock }
}

extension Request {
    var clock: WallClock { application.clock }
    /// This request's "now", for expiries and throttling windows.
    var now: Date { application.clock.now }
    /// Today for whoever asks: the signed-in user's agency's day (Jakarta's for the administrator and
    /// for anyone not signed in).
    var today: CivilDate { application.clock.today(in: signedIn?.timeZone ?? .wib) }

    /// Today in the zone of the agency a record belongs to, for a handler acting on that record: the
    /// signed-in user's own day when it is their agency (no query), else (the administrator) the
    /// agency's, read.
    func today(for agencyID: UUID) async throws -> CivilDate {
        if let user = signedIn, user.actor.agencyID == agencyID, let zone = user.agencyTimeZone {
            return clock.today(in: zone)
        }
        let zone = try await Agency.find(agencyID, on: db)?.timeZone ?? .wib
        return clock.today(in: zone)
    }
}

extension SignedInUser {
    /// A person's day is their agency's; the administrator, of no agency, keeps Jakarta's.
    var timeZone: IndonesianTimeZone { agencyTimeZone ?? .wib }
}
