import Foundation
import Testing

@testable import AsahCore
@testable import AsahDemo

/// The demo writes each person's supervisor as its generator chose it; the structure must give the
/// same people, so the demo shows derivation at work rather than a second truth.
@Suite("Demo supervision")
struct DemoSupervisionTests {
    @Test(arguments: DemoData.agencies().map(\.code))
    func theStructureGivesTheDemosSupervisors(code: String) throws {
        let a = try #require(DemoData.agencies().first { $0.code == code })
        let structure = DemoStructure(a)
        var differing: [String] = []
        for e in a.employees where !structure.topUnitHeads.contains(e.nip) {
            let derived = structure.derived.supervisor(of: structure.id(e.nip), unit: structure.id(e.unitKey))
            if derived != e.supervisorNIP.map(structure.id) { differing.append("\(e.nip) \(e.positionKey)") }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(5))")
        // Heads of top units report to the Sekretaris Daerah by the demo's choice, not by the structure.
        #expect(structure.topUnitHeads.count == a.units.filter { $0.parentKey == nil }.count - 1)
    }
}
