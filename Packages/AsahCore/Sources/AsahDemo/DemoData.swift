import AsahCore
import Foundation

// Deterministic demo data: four local governments with a unit tree, positions and employees.
// Everything here is invented (names, NIPs, e-mail addresses, phone numbers); only the agencies,
// kecamatan, puskesmas and the nomenclature of units and positions follow real usage.
// The output is the same on every call and every machine: all randomness comes from `DemoRNG`.

public struct DemoUnit: Sendable, Equatable {
    public let key: String
    public let code: String
    public let name: String
    public let parentKey: String?

    public init(key: String, code: String, name: String, parentKey: String?) {
        self.key = key
        self.code = code
        self.name = name
        self.parentKey = parentKey
    }
}

public struct DemoPosition: Sendable, Equatable {
    public let key: String
    public let name: String
    public let unitKey: String
    public let kind: PositionKind
    public let jenjang: FungsionalJenjang?

    public init(key: String, name: String, unitKey: String, kind: PositionKind, jenjang: FungsionalJenjang?) {
        self.key = key
        self.name = name
        self.unitKey = unitKey
        self.kind = kind
        self.jenjang = jenjang
    }
}

public struct DemoEmployee: Sendable, Equatable {
    /// 18 digits: a PNS NIP for PNS/CPNS, an NI PPPK for PPPK.
    public let nip: String
    public let gelarDepan: String?
    public let name: String
    public let gelarBelakang: String?
    public let status: EmployeeStatus
    /// "III/a" style for PNS/CPNS, roman "IX" style for PPPK.
    public let golongan: String?
    public let positionKey: String
    public let unitKey: String
    /// Another employee of the same agency; nil only for the Sekretaris Daerah.
    public let supervisorNIP: String?
    public let gender: Gender
    public let birthDate: CivilDate
    public let email: String?
    public let phone: String?

    public init(
        nip: String, gelarDepan: String?, name: String, gelarBelakang: String?, status: EmployeeStatus,
        golongan: String?, positionKey: String, unitKey: String, supervisorNIP: String?, gender: Gender,
        birthDate: CivilDate, email: String?, phone: String?
    ) {
        self.nip = nip
        self.gelarDepan = gelarDepan
        self.name = name
        self.gelarBelakang = gelarBelakang
        self.status = status
        self.golongan = golongan
        self.positionKey = positionKey
        self.unitKey = unitKey
        self.supervisorNIP = supervisorNIP
        self.gender = gender
        self.birthDate = birthDate
        self.email = email
        self.phone = phone
    }

    /// "dr. Rina Siregar, M.Kes."
    public var fullName: String {
        var text = name
        if let gelarDepan { text = gelarDepan + " " + text }
        if let gelarBelakang { text += ", " + gelarBelakang }
        return text
    }
}

public struct DemoAgency: Sendable {
    public let code: String
    public let name: String
    public let kind: AgencyKind
    public let province: String
    /// Parents always before children.
    public let units: [DemoUnit]
    public let positions: [DemoPosition]
    /// Supervisors always before their subordinates.
    public let employees: [DemoEmployee]
    /// The Kepala Dinas Perhubungan (gets a demo `unit_head` login).
    public let unitHeadNIP: String
    /// The Dinas Perhubungan unit.
    public let unitHeadUnitKey: String
    /// A pelaksana in Dinas Perhubungan whose supervisor chain reaches `unitHeadNIP` (demo `employee` login).
    public let sampleEmployeeNIP: String
}

public enum DemoData {
    /// The four demo agencies, always the same.
    public static func agencies() -> [DemoAgency] { all }

    private static let all: [DemoAgency] = {
        var registry = DemoRegistry()
        return DemoAgencySpec.all.map { spec in
            var generator = DemoGenerator(spec: spec, registry: registry)
            let agency = generator.build()
            registry = generator.registry
            return agency
        }
    }()
}

/// SplitMix64: small, fast and fully specified, so the sequence never changes between platforms
/// or Swift versions (unlike `SystemRandomNumberGenerator` or `Hasher`).
struct DemoRNG {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator of its own for one agency and one part of the demo: FNV-1a of the agency code (stable
    /// everywhere, unlike `Hasher`) mixed with `salt`.
    init(agencyCode: String, salt: UInt64) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in agencyCode.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        self.init(seed: hash ^ salt)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in the range (modulo bias is negligible for the small ranges used here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Picks by weight; weights need not sum to 1.
    mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var x = unit() * total
        for (item, w) in items {
            if x < w { return item }
            x -= w
        }
        return items[items.count - 1].0
    }
}
