import Fluent

/// Every migration, in order. Names are pinned; a landed migration is never edited.
enum MigrationList {
    static let all: [any Migration] = [
        M0001_CreateAgencies(),
        M0002_CreateUnits(),
        M0003_CreatePositions(),
        M0004_CreateEmployees(),
        M0005_CreateUsers(),
        M0006_CreateSessions(),
        M0007_CreateLoginAttempts(),
        M0008_CreateImportUploads(),
        M0009_CreateAuditLog(),
        M0010_CreateCompetencies(),
        M0011_CreateStandards(),
        M0012_CreateAssessments(),
        M0013_CreateAgencySettings(),
        M0014_CreateAssessmentEvidence(),
        M0015_IndexStandardItemsByPosition(),
        M0016_CreateLearningLedger(),
        M0017_CreateActivities(),
        M0018_CreateActivityTests(),
        M0019_CreateExternalLearning(),
        M0020_CreateMentoring(),
        M0021_CreateKnowledgeSharing(),
        M0022_IndexLedgerTotals(),
        M0023_CreateCourses(),
        M0024_CreateCourseProgress(),
        M0025_CreateInnovation(),
        M0026_CreateDataVersions(),
        M0027_CreateLessonFiles(),
        M0028_AddKnowledgeSessionStates(),
        M0029_AddAgencyTimeZones(),
        M0030_AddAccountActivation(),
        M0031_AddSupervisionFromStructure(),
        M0032_AddEmploymentStates(),
    ]
}
