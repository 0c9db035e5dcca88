import AsahCore
import Fluent
import Vapor

/// A course, as `Guard.course` loads it; its modules and lessons are looked up inside it only.
struct LoadedCourse {
    var course: Course
    var id: UUID { course.id! }

    func canAuthor(_ actor: AsahCore.Actor) -> Bool { AccessPolicy.canAuthorCourses(agency: course.agencyID, actor) }
    func canLearn(_ actor: AsahCore.Actor) -> Bool {
        AccessPolicy.canLearnCourse(agency: course.agencyID, published: course.published, actor)
    }
}
