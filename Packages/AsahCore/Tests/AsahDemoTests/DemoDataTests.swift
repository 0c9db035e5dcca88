import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

@Suite("Demo data")
struct DemoDataTests {
    let agencies = DemoData.agencies()

    @Test func fourAgenciesOfTheSourceDocuments() {
        #expect(agencies.map(\.code) == ["padangsidempuan", "batanghari", "mamuju", "medan"])
        #expect(agencies.map(\.kind) == [.kota, .kabupaten, .kabupaten, .kota])
        #expect(agencies.map(\.province) == ["Sumatera Utara", "Jambi", "Sulawesi Barat", "Sumatera Utara"])
    }

    @Test func deterministic() {
        let again = DemoData.agencies()
        #expect(agencies.count == again.count)
        for (a, b) in zip(agencies, again) {
            #expect(a.units == b.units)
            #expect(a.positions == b.positions)
            #expect(a.employees == b.employees)
            #expect(a.unitHeadNIP == b.unitHeadNIP && a.sampleEmployeeNIP == b.sampleEmployeeNIP)
        }
        // A fresh generator run (not the cached value) gives the same result too.
        var registry = DemoRegistry()
        for (spec, agency) in zip(DemoAgencySpec.all, agencies) {
            var generator = DemoGenerator(spec: spec, registry: registry)
            let rebuilt = generator.build()
            registry = generator.registry
            #expect(rebuilt.employees == agency.employees)
        }
    }

    @Test func rngIsFixedSplitMix64() {
        // Reference values of SplitMix64 seeded with 0: pins the sequence across platforms.
        var rng = DemoRNG(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func countsInRange() {
        for agency in agencies {
            #expect((120...220).contains(agency.employees.count), "\(agency.code): \(agency.employees.count)")
        }
        let medan = agencies.first { $0.code == "medan" }!
        #expect(agencies.allSatisfy { $0.employees.count <= medan.employees.count })
    }

    @Test func everyNIPIsValidAndUnique() {
        var seen = Set<String>()
        for agency in agencies {
            for e in agency.employees {
                #expect(seen.insert(e.nip).inserted, "duplicate NIP \(e.nip)")
                #expect(e.nip.count == 18 && e.nip.allSatisfy(\.isASCII) && e.nip.allSatisfy(\.isNumber))
                guard case .success(let nip) = NIP.parse(e.nip, status: e.status) else {
                    Issue.record("invalid NIP \(e.nip) (\(e.status))")
                    continue
                }
                #expect(nip.birthDate == e.birthDate)
                #expect(nip.gender == e.gender)
                #expect(Array(e.nip)[14] == e.gender.nipDigit)
                let appointmentYear = Int(e.nip.dropFirst(8).prefix(4))!
                if e.status == .pppk {
                    #expect((2022...2025).contains(appointmentYear))
                    #expect(e.nip.dropFirst(12).prefix(2) == "21")
                } else {
                    let month = Int(e.nip.dropFirst(12).prefix(2))!
                    #expect(appointmentYear * 12 + month <= 2026 * 12 + 10, "appointment in the future: \(e.nip)")
                    #expect(appointmentYear * 12 + month >= (e.birthDate.year + 17) * 12 + e.birthDate.month)
                    if e.status == .cpns { #expect((2024...2025).contains(appointmentYear)) }
                }
                #expect((1968...2000).contains(e.birthDate.year))
            }
        }
    }

    @Test func golonganFitsStatusAndPosition() {
        for agency in agencies {
            let positions = Dictionary(uniqueKeysWithValues: agency.positions.map { ($0.key, $0) })
            for e in agency.employees {
                let golongan = try! #require(e.golongan)
                #expect(GolonganTable.named(golongan, status: e.status) != nil, "\(golongan) for \(e.status)")
                switch e.status {
                case .pppk: #expect(!golongan.contains("/"))
                case .cpns: #expect(["II/a", "III/a"].contains(golongan))
                case .pns: #expect(golongan.contains("/"))
                }
                let kind = positions[e.positionKey]!.kind
                if [.jptPratama, .administrator, .pengawas].contains(kind) {
                    #expect(e.status == .pns)
                    #expect(DemoCareer.pnsGolongan[11...14].contains(golongan), "head \(e.name) is \(golongan)")
                }
            }
        }
    }

    @Test func referencesResolve() {
        for agency in agencies {
            let unitKeys = Set(agency.units.map(\.key))
            #expect(unitKeys.count == agency.units.count, "unit keys unique")
            #expect(Set(agency.positions.map(\.key)).count == agency.positions.count, "position keys unique")
            var earlier = Set<String>()
            for unit in agency.units {
                if let parent = unit.parentKey { #expect(earlier.contains(parent), "\(unit.key) before its parent") }
                earlier.insert(unit.key)
            }
            let positions = Dictionary(uniqueKeysWithValues: agency.positions.map { ($0.key, $0) })
            for p in agency.positions { #expect(unitKeys.contains(p.unitKey)) }
            for e in agency.employees {
                #expect(unitKeys.contains(e.unitKey))
                #expect(positions[e.positionKey]?.unitKey == e.unitKey)
            }
        }
    }

    @Test func supervisorsPrecedeSubordinatesWithoutCycles() {
        for agency in agencies {
            var seen = Set<String>()
            var supervisor: [String: String] = [:]
            var tops = 0
            for e in agency.employees {
                if let s = e.supervisorNIP {
                    #expect(s != e.nip)
                    #expect(seen.contains(s), "\(e.nip)'s supervisor comes later or is elsewhere")
                    supervisor[e.nip] = s
                } else {
                    tops += 1
                }
                seen.insert(e.nip)
            }
            #expect(tops == 1, "only the Sekretaris Daerah has no supervisor")
            for e in agency.employees {
                var current = e.nip
                var steps = 0
                while let next = supervisor[current], steps <= agency.employees.count {
                    current = next
                    steps += 1
                }
                #expect(steps <= agency.employees.count, "cycle from \(e.nip)")
            }
        }
    }

    @Test func everyAgencyHasTheUnitTypes() {
        for agency in agencies {
            let names = agency.units.map(\.name)
            for expected in [
                "Sekretariat Daerah", "Bagian Umum", "Bagian Organisasi",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Bidang Pengembangan Kompetensi",
                "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Perhubungan", "Bidang Lalu Lintas",
                "Bidang Angkutan", "Subbagian Umum dan Kepegawaian", "Dinas Kesehatan", "Dinas Pendidikan",
                "Dinas Komunikasi dan Informatika",
            ] {
                #expect(names.contains(expected), "\(agency.code) lacks \(expected)")
            }
            #expect(names.filter { $0.hasPrefix("Puskesmas ") }.count >= 3)
            #expect(names.filter { $0.hasPrefix("Kecamatan ") }.count >= 4)
            let puskesmas = agency.units.filter { $0.name.hasPrefix("Puskesmas ") }
            #expect(puskesmas.allSatisfy { $0.parentKey == "dinkes" })
        }
        let medan = agencies.first { $0.code == "medan" }!
        #expect(medan.units.contains { $0.name == "Kecamatan Medan Petisah" })
    }

    @Test func positionsOfEveryKindAndJenjang() {
        var jenjang = Set<FungsionalJenjang>()
        for agency in agencies {
            let kinds = Set(agency.positions.map(\.kind))
            for kind in [PositionKind.jptPratama, .administrator, .pengawas, .pelaksana, .fungsional] {
                #expect(kinds.contains(kind), "\(agency.code) lacks \(kind)")
            }
            #expect(!kinds.contains(.jptUtama) && !kinds.contains(.jptMadya))
            for p in agency.positions {
                #expect((p.kind == .fungsional) == (p.jenjang != nil), "\(p.key)")
                if let j = p.jenjang {
                    jenjang.insert(j)
                    #expect(p.name.hasSuffix(j.label) || p.name.hasPrefix("Kepala "), "\(p.name)")
                }
            }
            let sekda = agency.positions.first { $0.name == "Sekretaris Daerah" }
            #expect(sekda?.kind == .jptPratama)
            // Every position kind is actually held by someone.
            let held = Set(agency.employees.map(\.positionKey))
            let heldKinds = Set(agency.positions.filter { held.contains($0.key) }.map(\.kind))
            #expect(heldKinds == kinds)
        }
        #expect(jenjang == Set(FungsionalJenjang.allCases))
    }

    @Test func demoLogins() {
        for agency in agencies {
            let byNIP = Dictionary(uniqueKeysWithValues: agency.employees.map { ($0.nip, $0) })
            let positions = Dictionary(uniqueKeysWithValues: agency.positions.map { ($0.key, $0) })
            let head = try! #require(byNIP[agency.unitHeadNIP])
            #expect(positions[head.positionKey]?.name == "Kepala Dinas Perhubungan")
            #expect(head.unitKey == agency.unitHeadUnitKey)
            #expect(agency.units.first { $0.key == agency.unitHeadUnitKey }?.name == "Dinas Perhubungan")

            let sample = try! #require(byNIP[agency.sampleEmployeeNIP])
            #expect(positions[sample.positionKey]?.kind == .pelaksana)
            var chain: [String] = []
            var current = sample.supervisorNIP
            while let nip = current, chain.count < 10 {
                chain.append(nip)
                current = byNIP[nip]?.supervisorNIP
            }
            #expect(chain.contains(agency.unitHeadNIP))
        }
    }

    @Test func peopleLookPlausible() {
        var emails = Set<String>()
        var all: [DemoEmployee] = []
        for agency in agencies {
            all += agency.employees
            #expect(Set(agency.employees.map(\.name)).count > agency.employees.count * 9 / 10)
            for e in agency.employees {
                #expect(!e.name.isEmpty && e.name.first!.isUppercase)
                if let email = e.email {
                    #expect(emails.insert(email).inserted, "duplicate e-mail \(email)")
                    #expect(email == email.lowercased() && email.contains("@"))
                }
                if let phone = e.phone {
                    #expect(phone.hasPrefix("08") && (11...13).contains(phone.count) && phone.allSatisfy(\.isNumber))
                }
            }
        }
        let pppk = Double(all.filter { $0.status == .pppk }.count) / Double(all.count)
        #expect((0.10...0.22).contains(pppk), "PPPK share \(pppk)")
        #expect(all.contains { $0.status == .cpns })
        let women = Double(all.filter { $0.gender == .female }.count) / Double(all.count)
        #expect((0.35...0.65).contains(women), "female share \(women)")
        #expect(Double(all.filter { $0.email != nil }.count) > Double(all.count) * 0.75)
        #expect(all.contains { $0.phone != nil } && all.contains { $0.phone == nil })
        for gelar in ["dr.", "Ir.", "Dr."] {
            #expect(all.contains { $0.gelarDepan?.hasPrefix(gelar) == true }, "\(gelar)")
        }
        for gelar in ["S.Sos.", "S.Kom.", "M.Si.", "S.E.", "S.H.", "S.Kep., Ners", "M.Kes.", "S.Pd.", "A.Md."] {
            #expect(all.contains { $0.gelarBelakang?.contains(gelar) == true }, "\(gelar)")
        }
        #expect(all.contains { $0.name.hasSuffix(" Siregar") })
        #expect(all.contains { $0.name.hasPrefix("Andi ") })
    }
}
