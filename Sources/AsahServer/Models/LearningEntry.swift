import Fluent
import Foundation

/// One line of the JP ledger (`learning_entries`).
final class LearningEntry: Model, @unchecked Sendable {
    static let schema = "learning_entries"

    /// What was credited: each source posts at most one line per employee and source id.
    enum Source: String, CaseIterable, Codable, Sendable {
        case activity, mentoring
        case knowledgeSharing = "knowledge_sharing"
        case course, innovation, external, manual, study

        var label: String {
            switch self {
            case .activity: return "Kegiatan pengembangan"
            case .mentoring: return "Mentoring dan coaching"
            case .knowledgeSharing: return "Komunitas belajar"
            case .course: return "E-learning"
            case .innovation: return "Proyek inovasi"
            case .external: return "Pelatihan di luar instansi"
            case .manual: return "Dicatat pengelola"
            case .study: return "Tugas/izin belajar"
            }
        }
    }

    @ID var id: UUID?
    @Field(key: "agency_id") var agencyID: UUID
    @Field(key: "employee_id") var employeeID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "learned_on") var learnedOn: String
    @Field(key: "source") var source: String
    @OptionalField(key: "source_id") var sourceID: UUID?
    @Field(key: "jenis_diklat_id") var jenisDiklatID: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "minutes") var minutes: Int?
    @Field(key: "jp_hundredths") var jpHundredths: Int
    @OptionalField(key: "provider") var provider: String?
    @OptionalField(key: "certificate_no") var certificateNo: String?
    @OptionalField(key: "note") var note: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(
        agencyID: UUID, employeeID: UUID, learnedOn: String, year: Int, source: Source, sourceID: UUID?,
        jenisDiklatID: Int, title: String, minutes: Int?, jpHundredths: Int, provider: String? = nil,
        certificateNo: String? = nil, note: String? = nil
    ) {
        self.id = IDs.make()
        self.agencyID = agencyID
        self.employeeID = employeeID
        self.learnedOn = learnedOn
        self.year = year
        self.source = source.rawValue
        self.sourceID = sourceID
        self.jenisDiklatID = jenisDiklatID
        self.title = title
        self.minutes = minutes
        self.jpHundredths = jpHundredths
        self.provider = provider
        self.certificateNo = certificateNo
        self.note = note
    }
}
