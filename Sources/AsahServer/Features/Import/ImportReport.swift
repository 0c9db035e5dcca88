import AsahCore

/// What an import did, or would do in a dry run.
struct ImportReport: Sendable, Equatable {
    var rows = 0
    var created = 0
    var updated = 0
    var unchanged = 0
    var unitsCreated = 0
    var positionsCreated = 0
    var errors: [ImportIssue] = []
    var dryRun = true
    /// The agency's people (not already gone) whose NIP the file lacks, by name, at most
    /// `notInFileShown`: if the file is the agency's whole export, they may have left. An import never
    /// removes anyone; a manager confirms each leaver.
    var notInFile: [Absent] = []
    var notInFileTotal = 0

    static let notInFileShown = 500

    struct Absent: Sendable, Equatable, Decodable {
        var nip: String
        var name: String
        var unitName: String?
    }

    var isValid: Bool { errors.isEmpty }
}
