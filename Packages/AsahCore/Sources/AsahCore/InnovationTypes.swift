import Foundation

/// Where an innovation project (proyek inovasi, aksi perubahan) stands.
/// usulan → berjalan → selesai; usulan or berjalan → dibatalkan. Selesai and dibatalkan are final.
public enum InnovationStatus: String, CaseIterable, Codable, Sendable {
    case usulan, berjalan, selesai, dibatalkan

    public var label: String {
        switch self {
        case .usulan: return "Usulan"
        case .berjalan: return "Berjalan"
        case .selesai: return "Selesai"
        case .dibatalkan: return "Dibatalkan"
        }
    }

    /// The states this one may move to. Completion (to `selesai`) has its own rule: `InnovationRules.complete`.
    public var next: [InnovationStatus] {
        switch self {
        case .usulan: return [.berjalan, .dibatalkan]
        case .berjalan: return [.selesai, .dibatalkan]
        case .selesai, .dibatalkan: return []
        }
    }

    /// Team, milestones and the description may still change.
    public var isOpen: Bool { self == .usulan || self == .berjalan }

    /// The verb on the button that moves a project into this state.
    public var action: String {
        switch self {
        case .usulan: return "Kembalikan ke usulan"
        case .berjalan: return "Mulai kerjakan"
        case .selesai: return "Tandai selesai"
        case .dibatalkan: return "Batalkan proyek"
        }
    }
}

/// A person's role in a project. Mentor and coach are employees too, but they guide rather than learn.
public enum InnovationRole: String, CaseIterable, Codable, Sendable {
    case ketua, anggota, mentor, coach

    public var label: String {
        switch self {
        case .ketua: return "Ketua"
        case .anggota: return "Anggota"
        case .mentor: return "Mentor"
        case .coach: return "Coach"
        }
    }

    /// Members of the team (ketua and anggota) earn JP when the project is completed.
    public var isMember: Bool { self == .ketua || self == .anggota }

    /// At most one person holds this role in a project.
    public var isSingle: Bool { self != .anggota }
}

/// A project's description as typed in a form or an API body.
public struct InnovationInput: Sendable, Equatable {
    public var title = ""
    public var problem = ""
    /// Competency codes, separated by commas, spaces or new lines.
    public var competencies = ""
    public var startsOn = ""
    public var endsOn = ""

    public init(
        title: String? = nil, problem: String? = nil, competencies: String? = nil, startsOn: String? = nil,
        endsOn: String? = nil
    ) {
        self.title = title ?? ""
        self.problem = problem ?? ""
        self.competencies = competencies ?? ""
        self.startsOn = startsOn ?? ""
        self.endsOn = endsOn ?? ""
    }
}

public struct ValidInnovation: Sendable, Equatable {
    public let title: String
    public let problem: String
    public let competencies: [String]
    public let startsOn: CivilDate
    public let endsOn: CivilDate
}

public struct MilestoneInput: Sendable, Equatable {
    public var title = ""
    public var dueOn = ""
    public init() {}
}

public struct ValidMilestone: Sendable, Equatable {
    public let title: String
    public let dueOn: CivilDate
}

/// One person already in a project, as the team rules see them.
public struct TeamMember: Sendable, Equatable {
    public let employeeID: UUID
    public let role: InnovationRole

    public init(employeeID: UUID, role: InnovationRole) {
        self.employeeID = employeeID
        self.role = role
    }
}

/// The agency's rule for crediting a completed project (agency setting `innovation_jp`).
/// There is no BPS conversion row for innovation projects; the default is a decision
/// (docs/learning-rules.md): 20 JP per member, as one "Magang/Praktik Kerja" (C11), the BPS row
/// closest to months of practice at work; mentor and coach are not credited.
public struct InnovationJPRule: Codable, Sendable, Equatable {
    public var perMember: JP

    public init(perMember: JP) { self.perMember = perMember }

    public static let standard = InnovationJPRule(perMember: JP(whole: 20))
    /// The most an agency may set: one project should not stand for more than two years' minimum.
    public static let maximum = JP(whole: 40)
    /// SIASN form of the ledger line: "Pengembangan Kompetensi dalam Bentuk Pelatihan Nonklasikal Lainnya".
    public static let jenisDiklatID = 25

    enum CodingKeys: String, CodingKey { case perMember = "per_member" }

    /// Parses the setting from a form ("20", "12,5").
    public static func make(perMember text: String) -> Result<InnovationJPRule, FieldErrors> {
        guard let jp = JP(text: text.trimmingCharacters(in: .whitespaces)), jp >= .zero, jp <= maximum else {
            return .failure(FieldErrors(["innovation_jp": "Isi JP per anggota 0 sampai \(maximum.display)."]))
        }
        return .success(InnovationJPRule(perMember: jp))
    }
}
