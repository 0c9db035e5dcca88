import Foundation

// MARK: E-learning courses

extension AccessPolicy {
    /// Courses, their modules, lessons and quizzes are written by the agency's managers.
    public static func canAuthorCourses(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }

    /// The agency's course list: everyone of the agency, and administrators (drafts only for authors).
    public static func canListCourses(agency agencyID: UUID, _ actor: Actor) -> Bool {
        actor.isAdmin || actor.agencyID == agencyID
    }

    /// A course is seen by its agency's managers (drafts too) and, once published, by everyone of
    /// the agency; by nobody of another agency.
    public static func canSeeCourse(agency agencyID: UUID, published: Bool, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor) || (published && actor.agencyID == agencyID)
    }

    /// Any employee of the agency may learn a published course (their own progress only).
    public static func canLearnCourse(agency agencyID: UUID, published: Bool, _ actor: Actor) -> Bool {
        published && actor.agencyID == agencyID && actor.employeeID != nil
    }

    /// Who learns a course and how far they are: the agency's managers.
    public static func canSeeCourseLearners(agency agencyID: UUID, _ actor: Actor) -> Bool {
        isManager(of: agencyID, actor)
    }
}
