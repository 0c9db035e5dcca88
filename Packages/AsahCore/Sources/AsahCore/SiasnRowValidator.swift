/// Turns the raw cells of one SIASN row into a record, or into issues. Collects every issue of
/// every row, including NIPs repeated within the file.
public struct SiasnRowValidator: Sendable {
    public let header: SiasnHeader
    private var records: [SiasnEmployeeRecord] = []
    private var issues: [ImportIssue] = []
    private var firstRowOfNIP: [String: Int] = [:]
    /// Exports repeat the same few hundred unit paths and position names in every row: parse each once.
    private var unitPaths: [String: [String]] = [:]
    private var positions: [String: SiasnPosition.Classified] = [:]

    public init(header: SiasnHeader) { self.header = header }

    /// Issues found so far (a reader stops a hostile file after many).
    public var issueCount: Int { issues.count }

    public mutating func addIssue(row: Int, column: String, _ message: String) {
        issues.append(ImportIssue(row: row, column: column, message: message))
    }

    public func result(delimiter: Character?) -> SiasnParseResult {
        var result = SiasnParseResult(records: records, issues: issues, delimiter: delimiter)
        result.presentColumns = Set(SiasnColumn.allCases.filter { header.index(of: $0) != nil }.map(\.rawValue))
        return result
    }

    /// `cell(i)` gives the raw text at column index i (nil past the end of the row).
    public mutating func validate(row: Int, cell: (Int) -> String?) {
        func value(_ c: SiasnColumn) -> String? {
            guard let i = header.index(of: c), let raw = cell(i) else { return nil }
            return SiasnValues.clean(raw)
        }
        let issueCountBefore = issues.count
        func issue(_ c: SiasnColumn, _ message: String) { addIssue(row: row, column: c.rawValue, message) }

        // Status: PPPK by kedudukan hukum 71–73, CPNS by STATUS CPNS PNS = C, otherwise PNS.
        let status: EmployeeStatus
        if let k = value(.kedudukanHukumId).flatMap({ Int($0) }), (71...73).contains(k) {
            status = .pppk
        } else if let k = value(.kedudukanHukumNama), k.uppercased().contains("PPPK") {
            status = .pppk
        } else if let s = value(.statusCpnsPns)?.uppercased(), s == "C" || s == "CPNS" {
            status = .cpns
        } else {
            status = .pns
        }

        var nip: NIP?
        let nipText = value(.nip) ?? ""
        switch NIP.parse(nipText, status: status) {
        case .success(let parsed):
            nip = parsed
            if let first = firstRowOfNIP[parsed.digits] {
                issue(
                    .nip,
                    "NIP \(parsed.formatted) sudah ada di baris \(first); setiap pegawai hanya boleh muncul sekali.")
            } else {
                firstRowOfNIP[parsed.digits] = row
            }
        case .failure(let error):
            // A PPPK number read as a PNS NIP fails on digits 9–14; say how to mark the row as PPPK.
            let looksPPPK = !status.isPPPK && (try? NIP.parse(nipText, status: .pppk).get()) != nil
            issue(
                .nip,
                error.message
                    + (looksPPPK
                        ? ". Jika pegawai ini PPPK, isi KEDUDUKAN HUKUM ID dengan 71, 72, atau 73." : ""))
        }

        let name = value(.name).map(SiasnValues.collapsed)
        if name == nil { issue(.name, "Nama wajib diisi.") }

        // Birth date and gender come from the NIP; the columns, when present, must agree with it.
        if let text = value(.birthDate) {
            if let date = SiasnValues.date(text) {
                if let nipDate = nip?.birthDate, nipDate != date {
                    issue(
                        .birthDate,
                        """
                        Tanggal lahir \(IndonesianFormat.date(date)) tidak sama dengan tanggal lahir \
                        pada NIP (\(IndonesianFormat.date(nipDate))).
                        """)
                }
            } else {
                issue(
                    .birthDate,
                    "Tanggal lahir \"\(text)\" tidak dapat dibaca; gunakan format HH-BB-TTTT, misalnya 01-08-1966.")
            }
        }

        if let text = value(.gender) {
            if let g = SiasnValues.gender(text) {
                if let nipGender = nip?.gender, nipGender != g {
                    issue(
                        .gender,
                        """
                        Jenis kelamin \(g.label) tidak sesuai dengan digit ke-15 NIP \
                        (\(nipGender.nipDigit) = \(nipGender.label)).
                        """)
                }
            } else {
                issue(.gender, "Jenis kelamin \"\(text)\" tidak dikenal; gunakan M atau F (atau L/P).")
            }
        }

        var golongan: Golongan?
        if let text = value(.golAkhirNama) {
            golongan =
                status.isPPPK
                ? GolonganTable.pppk(named: text)
                    ?? GolonganTable.pns(named: text).flatMap { GolonganTable.pppk(pairedWithPNSId: $0.id) }
                : GolonganTable.pns(named: text)
            if golongan == nil { issue(.golAkhirNama, unknownGolongan(text, status: status)) }
        } else if let text = value(.golAkhirId) {
            let id = Int(text)
            golongan =
                status.isPPPK
                ? id.flatMap { GolonganTable.pppk(pairedWithPNSId: $0) ?? GolonganTable.pppk(id: $0) }
                : id.flatMap { GolonganTable.pns(id: $0) }
            if golongan == nil { issue(.golAkhirId, unknownGolongan(text, status: status)) }
        }

        // Kedudukan hukum: PPPK's own names are active service; other names must be known.
        var employmentState: EmploymentState?
        if let k = value(.kedudukanHukumNama) {
            employmentState = k.uppercased().contains("PPPK") ? .aktif : EmploymentState.siasn(k)
            if employmentState == nil {
                issue(
                    .kedudukanHukumNama,
                    "Kedudukan hukum \"\(k)\" tidak dikenal; gunakan Aktif, Tugas Belajar, Pemberhentian Sementara, "
                        + "CLTN, Pensiun, Berhenti, Meninggal atau Pindah Instansi.")
            }
        }

        guard issues.count == issueCountBefore, let nip, let name else { return }

        let positionName = value(.jabatanNama).map(SiasnValues.collapsed)
        let (jenisName, jenisId, eselonName, eselonId) =
            (value(.jenisJabatanNama), value(.jenisJabatanId), value(.eselonNama), value(.eselonId))
        let positionKey = [jenisName, jenisId, eselonName, eselonId, positionName].map { $0 ?? "\u{0}" }
            .joined(separator: "\u{1}")
        let position: SiasnPosition.Classified
        if let known = positions[positionKey] {
            position = known
        } else {
            position = SiasnPosition.classify(
                jenisName: jenisName, jenisId: jenisId, eselonName: eselonName, eselonId: eselonId,
                jabatanName: positionName)
            positions[positionKey] = position
        }
        var unitPath: [String] = []
        if let unor = value(.unorNama) {
            if let known = unitPaths[unor] {
                unitPath = known
            } else {
                unitPath = SiasnValues.unitPath(unor)
                unitPaths[unor] = unitPath
            }
        }

        records.append(
            SiasnEmployeeRecord(
                row: row, nip: nip, name: name,
                gelarDepan: value(.gelarDepan).map(SiasnValues.collapsed),
                gelarBelakang: value(.gelarBelakang).flatMap(SiasnValues.gelarBelakang),
                birthDate: nip.birthDate, gender: nip.gender, status: status, golongan: golongan,
                positionName: positionName, positionKind: position.kind, jenjang: position.jenjang,
                unitPath: unitPath,
                email: value(.email).flatMap(SiasnValues.email) ?? value(.emailGov).flatMap(SiasnValues.email),
                phone: value(.phone).flatMap(SiasnValues.phone), employmentState: employmentState))
    }

    private func unknownGolongan(_ text: String, status: EmployeeStatus) -> String {
        status.isPPPK
            ? "Golongan PPPK \"\(text)\" tidak dikenal; gunakan I sampai XVII."
            : "Golongan \"\(text)\" tidak dikenal; gunakan format seperti III/a (I/a sampai IV/e)."
    }
}
