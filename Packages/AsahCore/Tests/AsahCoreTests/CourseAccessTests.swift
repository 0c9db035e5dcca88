import Foundation
import Testing

@testable import AsahCore

@Suite("Course access")
struct CourseAccessTests {
    typealias Who = AccessPolicyTests.Who
    static let medan = AccessPolicyTests.medan

    /// (who, authors, sees a draft, sees a published course, learns it, sees its learners)
    @Test(
        arguments: [
            (Who.admin, true, true, true, false, true),
            (.managerMedan, true, true, true, false, true),
            (.managerMamuju, false, false, false, false, false),
            (.unitHeadDishub, false, false, true, true, false),
            (.supervisor, false, false, true, true, false),
            (.staffSelf, false, false, true, true, false),
        ] as [(Who, Bool, Bool, Bool, Bool, Bool)])
    func decides(who: Who, authors: Bool, seesDraft: Bool, seesPublished: Bool, learns: Bool, seesLearners: Bool) {
        let a = AccessPolicyTests.make(who)
        #expect(AccessPolicy.canAuthorCourses(agency: Self.medan, a) == authors)
        #expect(AccessPolicy.canListCourses(agency: Self.medan, a) == (who != .managerMamuju))
        #expect(AccessPolicy.canSeeCourse(agency: Self.medan, published: false, a) == seesDraft)
        #expect(AccessPolicy.canSeeCourse(agency: Self.medan, published: true, a) == seesPublished)
        #expect(AccessPolicy.canLearnCourse(agency: Self.medan, published: true, a) == learns)
        #expect(!AccessPolicy.canLearnCourse(agency: Self.medan, published: false, a))
        #expect(AccessPolicy.canSeeCourseLearners(agency: Self.medan, a) == seesLearners)
    }
}
