import AsahCore

/// What must stay unique across all agencies: NIPs and e-mail addresses.
struct DemoRegistry: Sendable {
    var nips = Set<String>()
    var emails = Set<String>()
}

/// Builds one agency: walks the unit plan (parents first), creates each unit's head, then its staff,
/// so every supervisor is emitted before the people who report to them.
struct DemoGenerator {
    let spec: DemoAgencySpec
    private(set) var registry: DemoRegistry
    private var rng: DemoRNG
    private var names = Set<String>()

    init(spec: DemoAgencySpec, registry: DemoRegistry) {
        self.spec = spec
        self.registry = registry
        self.rng = DemoRNG(seed: spec.seed)
    }

    mutating func build() -> DemoAgency {
        let plan = DemoUnitTree.plan(for: spec)
        var units: [DemoUnit] = []
        var positions: [DemoPosition] = []
        var employees: [DemoEmployee] = []
        var headNIP: [String: String] = [:]
        var sekdaNIP: String?

        for unit in plan {
            units.append(DemoUnit(key: unit.key, code: unit.key, name: unit.name, parentKey: unit.parentKey))
            let headPosition = position(unit, unit.head)
            positions.append(headPosition)
            // Heads report to the head of the parent unit; heads of top units to the Sekretaris Daerah.
            let supervisor = unit.parentKey.flatMap { headNIP[$0] } ?? sekdaNIP
            let head = employee(unit.head, headPosition, supervisor: supervisor, isHead: true)
            employees.append(head)
            headNIP[unit.key] = head.nip
            if unit.key == DemoUnitTree.setdaKey { sekdaNIP = head.nip }

            for (index, seat) in unit.staff.enumerated() {
                let staffPosition = position(unit, seat)
                positions.append(staffPosition)
                // Scaled with random rounding, so some posts stay vacant. Kept filled: the first post
                // of a unit (every unit has staff) and the rarest jenjang (every jenjang appears).
                var count = Int(Double(rng.int(seat.count)) * spec.staffFactor + rng.unit())
                if index == 0 || seat.jenjang == .ahliUtama || seat.jenjang == .pemula { count = max(count, 1) }
                for _ in 0..<count {
                    employees.append(employee(seat, staffPosition, supervisor: head.nip, isHead: false))
                }
            }
        }

        let dishub = DemoUnitTree.dishubKey
        guard let unitHead = headNIP[dishub],
            let sample = employees.first(where: { e in
                e.status == .pns && e.unitKey.hasPrefix(dishub + "-")
                    && positions.contains { $0.key == e.positionKey && $0.kind == .pelaksana }
            })
        else { preconditionFailure("demo plan lacks Dinas Perhubungan staff") }

        return DemoAgency(
            code: spec.code, name: spec.name, kind: spec.kind, province: spec.province, units: units,
            positions: positions, employees: employees, unitHeadNIP: unitHead, unitHeadUnitKey: dishub,
            sampleEmployeeNIP: sample.nip)
    }

    private func position(_ unit: DemoUnitPlan, _ seat: DemoSeat) -> DemoPosition {
        DemoPosition(
            key: unit.key + "." + seat.slug, name: seat.name, unitKey: unit.key, kind: seat.kind,
            jenjang: seat.jenjang)
    }

    private mutating func employee(
        _ seat: DemoSeat, _ position: DemoPosition, supervisor: String?, isHead: Bool
    ) -> DemoEmployee {
        let gender: Gender = rng.chance(seat.female) ? .female : .male
        let education = DemoTitles.education(for: seat, &rng)
        let career = DemoCareer.make(seat: seat, isHead: isHead, education: education, &rng)
        let nip = uniqueNIP(career.nipPrefix(gender: gender), status: career.status)
        let name = uniqueName(gender)
        let titles = DemoTitles.titles(seat.field, education, birthYear: career.birth.year, &rng)
        return DemoEmployee(
            nip: nip, gelarDepan: titles.depan, name: name, gelarBelakang: titles.belakang, status: career.status,
            golongan: career.golongan, positionKey: position.key, unitKey: position.unitKey,
            supervisorNIP: supervisor, gender: gender, birthDate: career.birth,
            email: rng.chance(0.85) ? email(name, birthYear: career.birth.year) : nil,
            phone: rng.chance(0.6) ? phone() : nil)
    }

    /// Appends a 3-digit sequence; sequences are low numbers, as on real NIPs.
    private mutating func uniqueNIP(_ prefix: String, status: EmployeeStatus) -> String {
        var seq = status == .pppk ? rng.int(1...300) : rng.int(1...40)
        while true {
            let s = String(seq)
            let nip = prefix + String(repeating: "0", count: 3 - s.count) + s
            if registry.nips.insert(nip).inserted { return nip }
            seq = seq % 999 + 1
        }
    }

    private mutating func uniqueName(_ gender: Gender) -> String {
        var name = DemoNames.make(spec.region, gender, &rng)
        var tries = 0
        while names.contains(name) && tries < 20 {
            name = DemoNames.make(spec.region, gender, &rng)
            tries += 1
        }
        names.insert(name)
        return name
    }

    /// "rina.siregar@medan…" on the agency's domain, or a personal address for some.
    private mutating func email(_ name: String, birthYear: Int) -> String {
        let words = name.lowercased().split(separator: " ").map { word in
            String(word.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init))
        }.filter { !$0.isEmpty }
        let local = words.count > 1 ? words[0] + "." + words[words.count - 1] : words[0]
        let personal = rng.chance(0.25)
        let domain = personal ? rng.pick(["gmail.com", "gmail.com", "yahoo.co.id"]) : spec.emailDomain
        var candidate = personal ? local + String(birthYear % 100) : local
        var n = 2
        while registry.emails.contains(candidate + "@" + domain) {
            candidate = local + String(n)
            n += 1
        }
        let address = candidate + "@" + domain
        registry.emails.insert(address)
        return address
    }

    /// A mobile number: 08xx prefix plus 7–9 digits (11–13 digits in all).
    private mutating func phone() -> String {
        var number = rng.pick(["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0878", "0896"])
        for _ in 0..<rng.int(7...9) { number += String(rng.int(0...9)) }
        return number
    }
}
