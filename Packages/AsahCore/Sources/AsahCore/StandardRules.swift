/// Rules for the items of a job competency standard (SKJ).
public enum StandardRules {
    public struct Item: Sendable, Equatable, Codable {
        public let code: String
        public let level: Int
        public init(code: String, level: Int) {
            self.code = code
            self.level = level
        }
    }

    /// Problems with a set of items, one message each (empty when the standard is valid):
    /// every code known to the agency, each at most once, levels 1–5, at least one item.
    public static func problems(_ items: [Item], knownCodes: Set<String>) -> [String] {
        var out: [String] = []
        if items.isEmpty { out.append("Standar harus memuat paling sedikit satu kompetensi.") }
        var seen: Set<String> = []
        for item in items {
            if !knownCodes.contains(item.code) { out.append("Kompetensi \(item.code) tidak dikenal di instansi ini.") }
            if !(1...5).contains(item.level) {
                out.append("Level \(item.code) harus 1 sampai 5 (tertulis \(item.level)).")
            }
            if !seen.insert(item.code).inserted { out.append("Kompetensi \(item.code) tercantum lebih dari sekali.") }
        }
        return out
    }

    /// The default standard of a position: the 8 manajerial and the sosial kultural competency at
    /// the agency's default level for the position's kind and jenjang.
    public static func defaults(kind: PositionKind, jenjang: FungsionalJenjang?, _ d: StandardDefaults) -> [Item] {
        let level = d.level(kind: kind, jenjang: jenjang)
        return CompetencyDictionary.national.map { Item(code: $0.code, level: level) }
    }
}
