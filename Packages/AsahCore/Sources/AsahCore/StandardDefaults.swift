/// Default required level of the manajerial and sosial kultural competencies by position
/// (DOMAIN §1.6: a widely used mapping, not confirmed by the Lampiran), editable per agency.
public struct StandardDefaults: Sendable, Equatable, Codable {
    /// Structural kinds. `fungsional` is decided by `byJenjang`.
    public var byKind: [PositionKind: Int]
    public var byJenjang: [FungsionalJenjang: Int]

    public init(byKind: [PositionKind: Int], byJenjang: [FungsionalJenjang: Int]) {
        self.byKind = byKind
        self.byJenjang = byJenjang
    }

    public static let standard = StandardDefaults(
        byKind: [
            .jptUtama: 5, .jptMadya: 5, .jptPratama: 4, .administrator: 3, .pengawas: 2, .pelaksana: 1,
        ],
        byJenjang: [
            .ahliUtama: 4, .ahliMadya: 3, .ahliMuda: 2, .ahliPertama: 1,
            .penyelia: 1, .mahir: 1, .terampil: 1, .pemula: 1,
        ])

    /// The required level (1…5) of each national competency for a position. A fungsional position
    /// uses its jenjang (none → 1); a missing entry counts as 1.
    public func level(kind: PositionKind, jenjang: FungsionalJenjang?) -> Int {
        let value: Int?
        if kind == .fungsional {
            value = jenjang.flatMap { byJenjang[$0] }
        } else {
            value = byKind[kind]
        }
        return min(5, max(1, value ?? 1))
    }

    // Coded as JSON objects keyed by raw value ({"jpt_utama": 5, …}); a missing key takes the standard value.
    private enum CodingKeys: String, CodingKey { case byKind, byJenjang }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kinds = try c.decodeIfPresent([String: Int].self, forKey: .byKind) ?? [:]
        let jenjangs = try c.decodeIfPresent([String: Int].self, forKey: .byJenjang) ?? [:]
        var byKind = Self.standard.byKind
        for (key, value) in kinds {
            if let kind = PositionKind(rawValue: key) { byKind[kind] = value }
        }
        var byJenjang = Self.standard.byJenjang
        for (key, value) in jenjangs {
            if let jenjang = FungsionalJenjang(rawValue: key) { byJenjang[jenjang] = value }
        }
        self.init(byKind: byKind, byJenjang: byJenjang)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(
            Dictionary(uniqueKeysWithValues: byKind.map { ($0.key.rawValue, $0.value) }), forKey: .byKind)
        try c.encode(
            Dictionary(uniqueKeysWithValues: byJenjang.map { ($0.key.rawValue, $0.value) }), forKey: .byJenjang)
    }
}
