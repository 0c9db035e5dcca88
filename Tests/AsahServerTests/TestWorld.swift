import AsahCore
import Fluent
import Vapor

@testable import AsahServer

/// Two small agencies under the demo's account names, built in a few dozen rows: enough for a test
/// about who may see or change what, without the demo's seven hundred employees and year of records.
///
/// Each agency (`medan`, a kota in Sumatera Utara on WIB; `mamuju`, a kabupaten in Sulawesi Barat on
/// WITA) has a Sekretariat Daerah, a Dinas Perhubungan with one bidang and a Dinas Kesehatan, and
/// these people:
/// - `secretary`: the Sekretaris Daerah, who supervises the head, without an account;
/// - `head`: kepala Dinas Perhubungan (`kepala.<code>`, unit head and employee);
/// - `staff`: a pelaksana in the bidang whom the head supervises (`pegawai.<code>`);
/// - `colleague`: a fungsional in the same bidang, also supervised by the head, without an account;
/// - `pppk`: a PPPK in the bidang, without an account;
/// - `outsider`: a pelaksana in Dinas Kesehatan, outside the head's unit, without an account;
/// and the accounts `pengelola.<code>` (manager) and `fasilitator.<code>` (facilitator). `admin` is
/// the system administrator. Every password is `TestBuilder.password`. The dictionary holds three
/// teknis competencies of transport (T.HUB.01 to 03), and every position has this year's standard
/// (the national defaults for its kind, as a new year starts); nobody is assessed yet and no JP is
/// recorded.
struct TestWorld {
    struct Place {
        let agency: Agency
        let office: AsahServer.Unit
        let section: AsahServer.Unit
        let otherOffice: AsahServer.Unit
        /// The pelaksana position of `staff` and `pppk`, in the bidang.
        let clerkPosition: Position
        let secretary: Employee
        let head: Employee
        let staff: Employee
        let colleague: Employee
        let pppk: Employee
        let outsider: Employee
        var agencyID: UUID { agency.id! }
        var code: String { agency.code }
    }

    let medan: Place
    let mamuju: Place

    static func build(with b: TestBuilder) async throws -> TestWorld {
        try await b.user("admin", roles: [.admin], agency: nil)
        let medan = try await place(
            "medan", name: "Pemerintah Kota Medan", kind: .kota, province: "Sumatera Utara", nipYear: "1985", with: b)
        let mamuju = try await place(
            "mamuju", name: "Pemerintah Kabupaten Mamuju", kind: .kabupaten, province: "Sulawesi Barat",
            nipYear: "1987", with: b)
        return TestWorld(medan: medan, mamuju: mamuju)
    }

    private static func place(
        _ code: String, name: String, kind: AgencyKind, province: String, nipYear: String, with b: TestBuilder
    ) async throws -> Place {
        let agency = try await b.agency(code, name: name, kind: kind, province: province)
        let secretariat = try await b.unit("Sekretariat Daerah", in: agency)
        let office = try await b.unit("Dinas Perhubungan", in: agency)
        let section = try await b.unit("Bidang Lalu Lintas", in: agency, parent: office)
        let otherOffice = try await b.unit("Dinas Kesehatan", in: agency)
        let secretaryPosition = try await b.position("Sekretaris Daerah", in: secretariat, kind: .jptPratama)
        let headPosition = try await b.position("Kepala Dinas Perhubungan", in: office, kind: .jptPratama)
        let clerk = try await b.position("Pengadministrasi Umum", in: section, kind: .pelaksana)
        let analyst = try await b.position("Analis Transportasi", in: section, kind: .fungsional)
        let nurse = try await b.position("Pengadministrasi Kesehatan", in: otherOffice, kind: .pelaksana)
        func nip(_ n: Int) -> String { "\(nipYear)0101" + "201001" + "1" + String(format: "%03d", n) }
        let secretary = try await b.employee("Hendra Gunawan", nip: nip(9), in: secretaryPosition)
        let head = try await b.employee("Budi Santoso", nip: nip(1), in: headPosition, supervisor: secretary)
        let staff = try await b.employee("Siti Aminah", nip: nip(2), in: clerk, supervisor: head)
        let colleague = try await b.employee("Andi Wijaya", nip: nip(3), in: analyst, supervisor: head)
        let pppk = try await b.employee("Rina Marlina", nip: nip(4), in: clerk, status: .pppk, supervisor: head)
        let outsider = try await b.employee("Yusuf Hasibuan", nip: nip(5), in: nurse)
        for (n, name) in ["Manajemen Lalu Lintas", "Pengujian Kendaraan Bermotor", "Angkutan Umum"].enumerated() {
            try await b.technicalCompetency("T.HUB.0\(n + 1)", name: name, in: agency)
        }
        try await b.standards(for: agency)
        try await b.user("pengelola.\(code)", roles: [.manager], agency: agency)
        try await b.user("kepala.\(code)", roles: [.unitHead, .employee], agency: agency, employee: head, unit: office)
        try await b.user("pegawai.\(code)", roles: [.employee], agency: agency, employee: staff)
        try await b.user("fasilitator.\(code)", roles: [.facilitator], agency: agency)
        return Place(
            agency: agency, office: office, section: section, otherOffice: otherOffice, clerkPosition: clerk,
            secretary: secretary, head: head, staff: staff,
            colleague: colleague, pppk: pppk, outsider: outsider)
    }
}

extension AppTestCase {
    /// Builds `TestWorld`: two small agencies with the demo's account names.
    @discardableResult
    func world() async throws -> TestWorld { try await TestWorld.build(with: build) }
}
