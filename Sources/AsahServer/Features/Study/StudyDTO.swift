import AsahCore
import Foundation
import Vapor

/// A tugas or izin belajar as the API gives it, with its credited semesters.
struct StudyDTO: Content {
    struct SemesterDTO: Content {
        var id: UUID
        var number: Int
        var finishedOn: String
        var jp: JP

        init(_ s: StudyQueries.Semester) {
            id = s.id
            number = s.number
            finishedOn = s.finishedOn
            jp = s.jp
        }

        enum CodingKeys: String, CodingKey {
            case id, number, jp
            case finishedOn = "finished_on"
        }
    }

    var id: UUID
    var kind: String
    var institution: String
    var programme: String
    var startsOn: String
    var endsOn: String
    var international: Bool
    var semesters: [SemesterDTO]

    init(_ s: StudyQueries.Study, semesters: [StudyQueries.Semester]) {
        id = s.id
        kind = s.kind
        institution = s.institution
        programme = s.programme
        startsOn = s.startsOn
        endsOn = s.endsOn
        international = s.international
        self.semesters = semesters.map(SemesterDTO.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, institution, programme, international, semesters
        case startsOn = "starts_on"
        case endsOn = "ends_on"
    }
}

struct StudyListDTO: Content {
    var items: [StudyDTO]
}
