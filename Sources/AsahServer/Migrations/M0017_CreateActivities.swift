import Fluent

/// Learning activities (kegiatan pengembangan kompetensi): partners who provide them, the activities
/// with their target competencies, sessions and facilitators, the participants' enrolments and their
/// attendance per session.
struct M0017_CreateActivities: AsyncMigration {
    var name: String { "M0017_CreateActivities" }

    func prepare(on db: any Database) async throws {
        try await db.schema("partners")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("contact", .string)
            .unique(on: "agency_id", "name")
            .create()
        try await db.schema("activities")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("description", .string)
            .field("jenis_diklat_id", .int, .required)
            .field("provider_kind", .string, .required)
            .field("partner_id", .uuid, .references("partners", "id"))
            .field("mode", .string, .required)
            .field("place", .string)
            .field("capacity", .int)
            .field("cost_per_participant", .int, .required)
            .field("fixed_cost", .int, .required)
            .field("requires_approval", .bool, .required)
            .field("min_attendance_percent", .int, .required)
            .field("post_test_passing_score", .int)
            .field("jp_hundredths", .int, .required)
            .field("status", .string, .required)
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await db.createIndex("activities_agency_year", on: "activities", columns: ["agency_id", "year"])
        try await db.schema("activity_competencies")
            .id()
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("competency_code", .string, .required)
            .field("level", .int, .required)
            .unique(on: "activity_id", "competency_code")
            .create()
        try await db.schema("activity_sessions")
            .id()
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("date", .string, .required)
            .field("starts_at", .string, .required)
            .field("ends_at", .string, .required)
            .field("checkin_code", .string, .required)
            .create()
        try await db.createIndex(
            "activity_sessions_activity", on: "activity_sessions", columns: ["activity_id", "date"])
        try await db.schema("activity_facilitators")
            .id()
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .unique(on: "activity_id", "user_id")
            .create()
        try await db.schema("enrolments")
            .id()
            .field("agency_id", .uuid, .required, .references("agencies", "id"))
            .field("activity_id", .uuid, .required, .references("activities", "id"))
            .field("employee_id", .uuid, .required, .references("employees", "id"))
            .field("state", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("requested_by", .uuid, .references("users", "id"))
            .field("decided_by", .uuid, .references("users", "id"))
            .field("decided_at", .datetime)
            .field("post_test_score", .int)
            .field("completed_at", .datetime)
            .field("certificate_code", .string)
            .field("outcome_note", .string)
            .unique(on: "activity_id", "employee_id")
            .unique(on: "certificate_code")
            .create()
        try await db.createIndex("enrolments_employee", on: "enrolments", columns: ["employee_id"])
        try await db.schema("attendance")
            .id()
            .field("enrolment_id", .uuid, .required, .references("enrolments", "id"))
            .field("session_id", .uuid, .required, .references("activity_sessions", "id"))
            .field("method", .string, .required)
            .field("marked_by", .uuid, .references("users", "id"))
            .field("marked_at", .datetime, .required)
            .unique(on: "enrolment_id", "session_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in [
            "attendance", "enrolments", "activity_facilitators", "activity_sessions", "activity_competencies",
            "activities", "partners",
        ] {
            try await db.schema(table).delete()
        }
    }
}
