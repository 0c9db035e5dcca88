/// The closed vocabularies of the organisation model. Raw values are what the database and the API store.

public enum AgencyKind: String, CaseIterable, Codable, Sendable {
    case kota, kabupaten, provinsi

    public var label: String {
        switch self {
        case .kota: return "Kota"
        case .kabupaten: return "Kabupaten"
        case .provinsi: return "Provinsi"
        }
    }
}

public enum Gender: String, CaseIterable, Codable, Sendable {
    case male = "M"
    case female = "F"

    /// NIP digit 15: 1 = male, 2 = female.
    public var nipDigit: Character { self == .male ? "1" : "2" }

    public var label: String { self == .male ? "Laki-laki" : "Perempuan" }
}

public enum EmployeeStatus: String, CaseIterable, Codable, Sendable {
    case pns, cpns, pppk

    public var label: String { rawValue.uppercased() }
    /// CPNS and PNS carry a PNS NIP; PPPK carry an NI PPPK.
    public var isPPPK: Bool { self == .pppk }
}

public enum PositionKind: String, CaseIterable, Codable, Sendable {
    case jptUtama = "jpt_utama"
    case jptMadya = "jpt_madya"
    case jptPratama = "jpt_pratama"
    case administrator
    case pengawas
    case pelaksana
    case fungsional

    public var label: String {
        switch self {
        case .jptUtama: return "JPT Utama"
        case .jptMadya: return "JPT Madya"
        case .jptPratama: return "JPT Pratama"
        case .administrator: return "Administrator"
        case .pengawas: return "Pengawas"
        case .pelaksana: return "Pelaksana"
        case .fungsional: return "Fungsional"
        }
    }
}

/// Jenjang of a jabatan fungsional: keahlian (ahli …) and keterampilan.
public enum FungsionalJenjang: String, CaseIterable, Codable, Sendable {
    case ahliUtama = "ahli_utama"
    case ahliMadya = "ahli_madya"
    case ahliMuda = "ahli_muda"
    case ahliPertama = "ahli_pertama"
    case penyelia
    case mahir
    case terampil
    case pemula

    public var label: String {
        switch self {
        case .ahliUtama: return "Ahli Utama"
        case .ahliMadya: return "Ahli Madya"
        case .ahliMuda: return "Ahli Muda"
        case .ahliPertama: return "Ahli Pertama"
        case .penyelia: return "Penyelia"
        case .mahir: return "Mahir"
        case .terampil: return "Terampil"
        case .pemula: return "Pemula"
        }
    }
}

public enum Role: String, CaseIterable, Codable, Sendable {
    case admin
    case manager
    case unitHead = "unit_head"
    case employee
    case facilitator

    public var label: String {
        switch self {
        case .admin: return "Administrator sistem"
        case .manager: return "Pengelola kepegawaian"
        case .unitHead: return "Kepala unit kerja"
        case .employee: return "Pegawai"
        case .facilitator: return "Fasilitator"
        }
    }
}
