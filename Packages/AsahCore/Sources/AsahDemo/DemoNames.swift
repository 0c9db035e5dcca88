import AsahCore

/// Where an agency's people come from, for the flavour of their names.
enum DemoRegion: Sendable {
    /// Padangsidimpuan: Angkola/Mandailing, mostly Muslim given names plus marga.
    case angkola
    /// Medan: Batak Toba, Karo and Mandailing marga, plus Melayu and Javanese names.
    case medan
    /// Batanghari: Melayu Jambi plus Javanese transmigrant names.
    case melayuJambi
    /// Mamuju: Mandar and Bugis names.
    case mandar
}

enum DemoNames {
    // MARK: Pools

    static let muslimMale = [
        "Ahmad", "Muhammad", "Rahmat", "Hendra", "Irwan", "Fauzi", "Syahrul", "Zulkifli", "Ridwan", "Rizky",
        "Arif", "Fadli", "Iqbal", "Hasan", "Taufik", "Yusuf", "Ilham", "Darwin", "Khairul", "Amri", "Faisal",
        "Hamdan", "Nasrul", "Ikhwan", "Bayu", "Dedi", "Agus", "Budi", "Mukhlis", "Rudi",
    ]
    static let muslimMaleSecond = [
        "Fauzi", "Hidayat", "Saputra", "Syahputra", "Rivai", "Efendi", "Ramadhan", "Syahrial", "Habibi",
        "Maulana", "Kurniawan", "Arifin", "Hakim", "Pratama", "Halim", "Rasyid", "Amin", "Sofyan", "Wahyudi",
    ]
    static let muslimFemale = [
        "Nur", "Siti", "Rini", "Dewi", "Fitri", "Sri", "Yusnita", "Nurhayati", "Rahmawati", "Lestari", "Aisyah",
        "Fatimah", "Desi", "Rina", "Wulan", "Indah", "Putri", "Ratna", "Nurul", "Novita", "Yuliana", "Erni",
        "Rosmawati", "Nurhasanah", "Halimah", "Khairunnisa",
    ]
    static let muslimFemaleSecond = [
        "Aisyah", "Hasanah", "Wahyuni", "Lestari", "Fitriani", "Handayani", "Rahmadani", "Amalia", "Safitri",
        "Yanti", "Marlina", "Sari", "Anggraini", "Susanti", "Kartika", "Maharani", "Puspita", "Ramadhani",
    ]
    static let tobaMale = [
        "Hotman", "Parulian", "Sahat", "Bonar", "Poltak", "Marihot", "Tumpal", "Daniel", "Samuel", "Roy",
        "Freddy", "Benny", "Robert", "Hendrik", "Martua", "Togar", "Binsar", "Maruli", "Jonner", "Ronald",
    ]
    static let tobaMaleSecond = [
        "Halomoan", "Parlindungan", "Hamonangan", "Pardamean", "Sahala", "Hasudungan", "Manaek", "Marudut",
        "Tua", "Mangatas",
    ]
    static let tobaFemale = [
        "Tiurma", "Rosdiana", "Masniari", "Lenny", "Romauli", "Sondang", "Rumondang", "Ruth", "Maria", "Ester",
        "Debora", "Lasmaria", "Nova", "Yohana", "Dameria", "Friska", "Melva", "Elisabet",
    ]
    static let angkolaMarga = [
        "Siregar", "Harahap", "Nasution", "Lubis", "Hasibuan", "Pulungan", "Rangkuti", "Daulay", "Ritonga",
        "Dalimunthe", "Pohan", "Batubara", "Siagian", "Hutasuhut", "Tanjung", "Pane", "Matondang", "Parinduri",
    ]
    static let tobaKaroMarga = [
        "Simatupang", "Hutagalung", "Sitompul", "Panjaitan", "Simanjuntak", "Sinaga", "Pardede", "Hutapea",
        "Manurung", "Situmorang", "Sihombing", "Tambunan", "Nainggolan", "Ginting", "Tarigan", "Sembiring",
        "Purba", "Saragih", "Damanik", "Sitorus",
    ]
    static let melayuMale = [
        "Muhammad", "Ahmad", "Syafrizal", "Zulkarnain", "Azhar", "Rusli", "Hasan", "Junaidi", "Herman",
        "Syamsul", "Abdul", "Sutrisno", "Suparman", "Slamet", "Agus", "Eko", "Bambang", "Joko", "Dedy",
        "Firdaus", "Hendri", "Andika", "Rizal", "Yusran", "Azwar",
    ]
    static let melayuMaleSecond = [
        "Basri", "Yusuf", "Effendi", "Saputra", "Hidayat", "Syahputra", "Rahman", "Hakim", "Santoso", "Wibowo",
        "Setiawan", "Ramadhan", "Kurniawan", "Mulyadi", "Fahmi", "Zulfikar", "Arifin", "Rasyid", "Prasetyo",
    ]
    static let melayuFemale = [
        "Siti", "Nur", "Rahmawati", "Desmawati", "Yulia", "Rina", "Sri", "Dewi", "Fitri", "Eka", "Lili",
        "Yusnaini", "Nurul", "Indah", "Ratna", "Mega", "Ayu", "Elvi", "Herlina", "Zuraida", "Maisarah",
    ]
    static let melayuFemaleSecond = [
        "Aisyah", "Marlina", "Sari", "Rahayu", "Wahyuni", "Handayani", "Safitri", "Puspitasari", "Anggraini",
        "Susanti", "Novita", "Rahmadani", "Ningsih", "Yanti", "Fitriani", "Maharani", "Oktaviani",
    ]
    static let mandarMale = [
        "Muhammad", "Abdul", "Syamsul", "Hasrul", "Jamaluddin", "Nurdin", "Asriadi", "Irwan", "Hamzah",
        "Sudirman", "Baharuddin", "Kamaruddin", "Rahmat", "Ilham", "Arifuddin", "Muhlis", "Syahrir", "Zainal",
        "Ashar", "Mursalim", "Akbar", "Haeruddin",
    ]
    static let mandarMaleSecond = [
        "Arsyad", "Bahri", "Rahman", "Idris", "Hidayat", "Tamrin", "Hasanuddin", "Said", "Saleh", "Ramli",
        "Amir", "Jafar", "Anwar", "Mansyur", "Yunus", "Rauf", "Nasir", "Syukur", "Haris",
    ]
    static let mandarFemale = [
        "Sitti", "Nurhaedah", "Hasnah", "Rosmiati", "Hasniati", "Sukmawati", "Nurwahidah", "Mardiana",
        "Rahmawati", "Nurjannah", "Hajrah", "Asmawati", "Nurlina", "Masita", "Hasmiah", "Darmawati",
        "Nurfadillah", "Suriani", "Rismawati",
    ]
    static let mandarFemaleSecond = [
        "Aminah", "Rahmatia", "Nurbaya", "Hasnawati", "Ramlah", "Maryam", "Halijah", "Nurhayati", "Salmiah",
    ]

    // MARK: Composition

    /// A full name (without academic titles) for someone of that region and gender.
    static func make(_ region: DemoRegion, _ gender: Gender, _ rng: inout DemoRNG) -> String {
        let male = gender == .male
        switch region {
        case .angkola:
            // Given name(s) plus an Angkola/Mandailing marga; a few Toba families.
            if rng.chance(0.15) { return batakToba(male, &rng) }
            return muslimGiven(male, &rng) + " " + rng.pick(angkolaMarga)
        case .medan:
            let roll = rng.unit()
            if roll < 0.35 { return batakToba(male, &rng) }
            if roll < 0.65 { return muslimGiven(male, &rng) + " " + rng.pick(angkolaMarga) }
            return twoPart(male, melayuMale, melayuMaleSecond, melayuFemale, melayuFemaleSecond, &rng)
        case .melayuJambi:
            return twoPart(male, melayuMale, melayuMaleSecond, melayuFemale, melayuFemaleSecond, &rng)
        case .mandar:
            let name = twoPart(male, mandarMale, mandarMaleSecond, mandarFemale, mandarFemaleSecond, &rng)
            // Bugis and Mandar noble families carry "Andi".
            return rng.chance(0.1) ? "Andi " + name : name
        }
    }

    private static func muslimGiven(_ male: Bool, _ rng: inout DemoRNG) -> String {
        let first = rng.pick(male ? muslimMale : muslimFemale)
        guard rng.chance(0.55) else { return first }
        let second = rng.pick(male ? muslimMaleSecond : muslimFemaleSecond)
        return second == first ? first : first + " " + second
    }

    private static func batakToba(_ male: Bool, _ rng: inout DemoRNG) -> String {
        var given = rng.pick(male ? tobaMale : tobaFemale)
        if male && rng.chance(0.35) { given += " " + rng.pick(tobaMaleSecond) }
        return given + " " + rng.pick(tobaKaroMarga)
    }

    private static func twoPart(
        _ male: Bool, _ mFirst: [String], _ mSecond: [String], _ fFirst: [String], _ fSecond: [String],
        _ rng: inout DemoRNG
    ) -> String {
        let first = rng.pick(male ? mFirst : fFirst)
        // Women often carry their father's name as the second part.
        let secondPool = male ? mSecond : (rng.chance(0.3) ? mSecond : fSecond)
        let second = rng.pick(secondPool)
        if second == first || (rng.chance(0.12) && first.count > 6) { return first }
        return first + " " + second
    }
}
