/// One pass over a worksheet part's bytes into its non-empty rows (`XLSXSheet.rows`). Tags are
/// compared as bytes and a `String` is made only for a cell's text that is kept (a shared string is
/// taken from the table, not made again). It follows the event reader it replaced step for step (the
/// tests keep that reader as their reference): the same cells, the same errors at the same place.
struct SheetPass {
    let sharedStrings: [String]
    let maxCells: Int

    private var rows: [SheetRow] = []
    private var cells: [SheetCell] = []
    private var rowNumber = 0, column = -1, cellCount = 0
    // Where the pass is, for a fault's message; the words are made only if one happens.
    private var rowReference: Range<Int>?, inCell = false, cellReference: Range<Int>?
    private var kind = CellKind.number, value = GatheredText.empty
    private var inValue = false, inInline = false, inText = false
    private var failure: XLSXError?

    init(sharedStrings: [String], maxCells: Int) {
        self.sharedStrings = sharedStrings
        self.maxCells = maxCells
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [SheetRow] {
        var scanner = XMLByteScanner(bytes)
        do {
            while true {
                let token = try scanner.next()
                if case .endOfInput = token { break }
                // After a failure the rest is still scanned: a part that is not well-formed says so first.
                if failure == nil { take(token, scanner) }
            }
        } catch {
            throw XLSXError.malformedXML(part: "worksheet", after: lastReference(scanner))
        }
        if let failure { throw failure }
        // Excel writes rows top to bottom; a file that repeats a row number keeps the later one.
        if zip(rows, rows.dropFirst()).contains(where: { $0.number >= $1.number }) {
            var byNumber: [Int: SheetRow] = [:]
            for row in rows { byNumber[row.number] = row }
            rows = byNumber.values.sorted { $0.number < $1.number }
        }
        return rows
    }

    private mutating func take(_ token: XMLByteScanner.Token, _ scanner: XMLByteScanner) {
        switch token {
        case .start(let name, let selfClosing):
            switch scanner.bytes[name.lowerBound] {
            case UInt8(ascii: "c") where name.count == 1: startCell(scanner, selfClosing: selfClosing)
            case UInt8(ascii: "v") where name.count == 1: inValue = !selfClosing
            case UInt8(ascii: "t") where name.count == 1: inText = !selfClosing
            case UInt8(ascii: "r"):
                if scanner.equals(name, "row") {
                    startRow(scanner, selfClosing: selfClosing)
                } else if scanner.equals(name, "rPh"), !selfClosing {
                    inInline = false
                }
            case UInt8(ascii: "i") where scanner.equals(name, "is"): inInline = !selfClosing
            default: break
            }
        case .end(let name):
            if name.count == 1 {
                switch scanner.bytes[name.lowerBound] {
                case UInt8(ascii: "c"): endCell(scanner)
                case UInt8(ascii: "v"): inValue = false
                case UInt8(ascii: "t"): inText = false
                default: break
                }
            } else if scanner.equals(name, "row") {
                endRow()
            } else if scanner.equals(name, "is") {
                inInline = false
            }
        case .text(let run):
            if inValue || (inInline && inText) { value.append(run, decode: true, in: scanner) }
        case .cdata(let run):
            if inValue || (inInline && inText) { value.append(run, decode: false, in: scanner) }
        case .endOfInput:
            break
        }
    }

    private mutating func startRow(_ scanner: XMLByteScanner, selfClosing: Bool) {
        cells.removeAll(keepingCapacity: true)
        column = -1
        let ref = scanner.attribute("r")
        rowNumber = ref.map { Int(scanner.decodedText($0)) ?? 0 } ?? rowNumber + 1
        rowReference = ref
        inCell = false
        // Excel's own limits; anything beyond is a damaged or hostile file.
        if !(1...XLSXSheet.maxRows).contains(rowNumber) {
            failure = .outOfRange(reference: "baris \(ref.map { scanner.decodedText($0).prefix(20) } ?? "")")
        }
        if selfClosing { endRow() }
    }

    private mutating func endRow() {
        guard !cells.isEmpty else { return }
        // The row keeps a copy of exactly its size; the working array, grown by doubling (a 70-cell row
        // to room for 128), is used again for the next row.
        var kept: [SheetCell] = []
        kept.reserveCapacity(cells.count)
        kept.append(contentsOf: cells)
        rows.append(SheetRow(number: rowNumber, cells: kept))
        cells.removeAll(keepingCapacity: true)
    }

    private mutating func startCell(_ scanner: XMLByteScanner, selfClosing: Bool) {
        let ref = scanner.attribute("r")
        column = ref.map { columnIndex($0, scanner) ?? -1 } ?? column + 1
        inCell = true
        cellReference = ref
        if !(0..<XLSXSheet.maxColumns).contains(column) {
            failure = .outOfRange(reference: "sel \(ref.map { scanner.decodedText($0).prefix(20) } ?? "")")
        }
        kind = .number
        if !selfClosing, let type = scanner.attribute("t") { kind = cellKind(type, scanner) }
        value = .empty
    }

    private mutating func endCell(_ scanner: XMLByteScanner) {
        let text = XLSXSheet.cellText(kind, value, in: scanner, sharedStrings: sharedStrings)
        if !text.isEmpty, column >= 0, rowNumber > 0 { place(text) }
    }

    private mutating func place(_ text: String) {
        cellCount += 1
        if cellCount > maxCells { failure = .tooManyCells(limit: maxCells) }
        let cell = SheetCell(column: column, text: text)
        guard let last = cells.last, last.column >= column else { return cells.append(cell) }
        // Excel writes cells left to right; a repeated column replaces, an earlier one is put in order.
        let at = cells.firstIndex { $0.column >= column }!
        if cells[at].column == column { cells[at] = cell } else { cells.insert(cell, at: at) }
    }

    /// `XLSXSheet.columnIndex` of the attribute's text, read from its bytes when it has no entity.
    private func columnIndex(_ ref: Range<Int>, _ scanner: XMLByteScanner) -> Int? {
        if scanner.contains(ref, UInt8(ascii: "&")) { return XLSXSheet.columnIndex(scanner.decodedText(ref)) }
        var n = 0
        for k in ref {
            if n > XLSXSheet.maxColumns { return nil }
            switch scanner.bytes[k] {
            case 65...90: n = n * 26 + Int(scanner.bytes[k] - 64)
            case 97...122: n = n * 26 + Int(scanner.bytes[k] - 96)
            default: return n > 0 ? n - 1 : nil
            }
        }
        return n > 0 ? n - 1 : nil
    }

    private func cellKind(_ type: Range<Int>, _ scanner: XMLByteScanner) -> CellKind {
        if scanner.equals(type, "s") { return .shared }
        if scanner.equals(type, "str") || scanner.equals(type, "inlineStr") { return .inline }
        if scanner.equals(type, "b") { return .boolean }
        if scanner.equals(type, "e") { return .error }
        // Entities or anything else: the text decides, as it did in the event reader.
        return scanner.contains(type, UInt8(ascii: "&")) ? CellKind(scanner.decodedText(type)) : .number
    }

    /// The last cell or row read, for the message of a part that is not well-formed.
    private func lastReference(_ scanner: XMLByteScanner) -> String? {
        if inCell {
            if let cellReference { return "sel \(scanner.decodedText(cellReference).prefix(20))" }
            if column >= 0, rowNumber > 0 { return "sel \(XLSXSheet.columnName(column))\(rowNumber)" }
        }
        if let rowReference { return "baris \(scanner.decodedText(rowReference).prefix(20))" }
        return rowNumber > 0 ? "baris \(rowNumber)" : nil
    }
}
