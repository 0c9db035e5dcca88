import AsahCore
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
}

extension SignedInUser {
    /// A person's day is their agency's; the administrator, of no agency, keeps Jakarta's.
    var timeZone: IndonesianTimeZone { agencyTimeZone ?? .wib }
}
