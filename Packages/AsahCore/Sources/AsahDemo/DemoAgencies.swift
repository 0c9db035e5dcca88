import AsahCore

/// The four agencies of the source documents, with the real names of some of their kecamatan,
/// puskesmas and schools. Names of people are drawn from the pools of `region`.
struct DemoAgencySpec: Sendable {
    /// A place-named unit: its display name and a short slug for its key.
    struct Place: Sendable {
        let name: String
        let slug: String
    }

    let code: String
    let name: String
    let kind: AgencyKind
    let province: String
    let region: DemoRegion
    let emailDomain: String
    let seed: UInt64
    /// Multiplies the number of staff per position (Medan is the largest).
    let staffFactor: Double
    let kecamatan: [Place]
    let puskesmas: [Place]
    let schools: [Place]
    /// Adds the rare senior fungsional posts (Ahli Utama) a big city has.
    let hasSeniorExperts: Bool

    static let all: [DemoAgencySpec] = [padangsidempuan, batanghari, mamuju, medan]

    static let padangsidempuan = DemoAgencySpec(
        code: "padangsidempuan", name: "Kota Padangsidempuan", kind: .kota, province: "Sumatera Utara",
        region: .angkola, emailDomain: "padangsidimpuankota.go.id", seed: 0x5053_5031, staffFactor: 0.6,
        kecamatan: [
            Place(name: "Padangsidimpuan Utara", slug: "utara"),
            Place(name: "Padangsidimpuan Selatan", slug: "selatan"),
            Place(name: "Padangsidimpuan Batunadua", slug: "batunadua"),
            Place(name: "Padangsidimpuan Hutaimbaru", slug: "hutaimbaru"),
        ],
        puskesmas: [
            Place(name: "Padangmatinggi", slug: "padangmatinggi"),
            Place(name: "Sadabuan", slug: "sadabuan"),
            Place(name: "Batunadua", slug: "batunadua"),
        ],
        schools: [
            Place(name: "SMP Negeri 1 Padangsidimpuan", slug: "smpn1"),
            Place(name: "SMP Negeri 4 Padangsidimpuan", slug: "smpn4"),
        ],
        hasSeniorExperts: false)

    static let batanghari = DemoAgencySpec(
        code: "batanghari", name: "Kabupaten Batanghari", kind: .kabupaten, province: "Jambi",
        region: .melayuJambi, emailDomain: "batangharikab.go.id", seed: 0x4247_4831, staffFactor: 0.65,
        kecamatan: [
            Place(name: "Muara Bulian", slug: "muara-bulian"),
            Place(name: "Pemayung", slug: "pemayung"),
            Place(name: "Muara Tembesi", slug: "muara-tembesi"),
            Place(name: "Mersam", slug: "mersam"),
        ],
        puskesmas: [
            Place(name: "Muara Bulian", slug: "muara-bulian"),
            Place(name: "Pemayung", slug: "pemayung"),
            Place(name: "Muara Tembesi", slug: "muara-tembesi"),
        ],
        schools: [
            Place(name: "SMP Negeri 1 Batanghari", slug: "smpn1"),
            Place(name: "SMP Negeri 5 Batanghari", slug: "smpn5"),
        ],
        hasSeniorExperts: false)

    static let mamuju = DemoAgencySpec(
        code: "mamuju", name: "Kabupaten Mamuju", kind: .kabupaten, province: "Sulawesi Barat",
        region: .mandar, emailDomain: "mamujukab.go.id", seed: 0x4D4D_4A31, staffFactor: 0.55,
        kecamatan: [
            Place(name: "Mamuju", slug: "mamuju"),
            Place(name: "Simboro", slug: "simboro"),
            Place(name: "Kalukku", slug: "kalukku"),
            Place(name: "Tapalang", slug: "tapalang"),
        ],
        puskesmas: [
            Place(name: "Binanga", slug: "binanga"),
            Place(name: "Rangas", slug: "rangas"),
            Place(name: "Kalukku", slug: "kalukku"),
        ],
        schools: [
            Place(name: "SMP Negeri 1 Mamuju", slug: "smpn1"),
            Place(name: "SMP Negeri 2 Mamuju", slug: "smpn2"),
        ],
        hasSeniorExperts: false)

    static let medan = DemoAgencySpec(
        code: "medan", name: "Kota Medan", kind: .kota, province: "Sumatera Utara",
        region: .medan, emailDomain: "pemkomedan.go.id", seed: 0x4D44_4E31, staffFactor: 0.85,
        kecamatan: [
            Place(name: "Medan Kota", slug: "medan-kota"),
            Place(name: "Medan Baru", slug: "medan-baru"),
            Place(name: "Medan Petisah", slug: "medan-petisah"),
            Place(name: "Medan Polonia", slug: "medan-polonia"),
            Place(name: "Medan Sunggal", slug: "medan-sunggal"),
        ],
        puskesmas: [
            Place(name: "Teladan", slug: "teladan"),
            Place(name: "Padang Bulan", slug: "padang-bulan"),
            Place(name: "Sunggal", slug: "sunggal"),
            Place(name: "Glugur Kota", slug: "glugur-kota"),
        ],
        schools: [
            Place(name: "SMP Negeri 1 Medan", slug: "smpn1"),
            Place(name: "SMP Negeri 7 Medan", slug: "smpn7"),
        ],
        hasSeniorExperts: true)
}
