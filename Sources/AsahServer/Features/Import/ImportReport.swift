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

    var isValid: Bool { errors.isEmpty }
}
