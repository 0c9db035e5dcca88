/// One pass over `xl/sharedStrings.xml` into its table (`XLSXSheet.sharedStrings`): the text of each
/// `<si>`, its rich-text runs (`<r><t>`) joined and its phonetic runs (`<rPh>`) skipped. Tags are
/// compared as bytes; one `String` is made per item. Step for step the event reader it replaced,
/// which the tests keep as their reference.
enum SharedStringsPass {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [String] {
        var scanner = XMLByteScanner(bytes)
        var strings: [String] = []
        // Not reset at `</si>`: an end tag without its start repeats the last item, as before.
        var current = GatheredText.empty
        var inItem = false, inText = false, phoneticDepth = 0
        do {
            loop: while true {
                switch try scanner.next() {
                case .endOfInput:
                    break loop
                case .start(let name, let selfClosing):
                    if scanner.equals(name, "t") {
                        inText = !selfClosing
                    } else if scanner.equals(name, "si") {
                        if selfClosing { strings.append("") } else { inItem = true; current = .empty }
                    } else if scanner.equals(name, "rPh"), !selfClosing {
                        phoneticDepth += 1
                    }
                case .end(let name):
                    if scanner.equals(name, "t") {
                        inText = false
                    } else if scanner.equals(name, "si") {
                        strings.append(itemText(current, scanner))
                        inItem = false
                    } else if scanner.equals(name, "rPh") {
                        phoneticDepth -= 1
                    }
                case .text(let run):
                    if inItem && inText && phoneticDepth == 0 { current.append(run, decode: true, in: scanner) }
                case .cdata(let run):
                    if inItem && inText && phoneticDepth == 0 { current.append(run, decode: false, in: scanner) }
                }
            }
        } catch {
            throw XLSXError.malformedXML(part: "xl/sharedStrings.xml", after: "teks ke-\(strings.count)")
        }
        return strings
    }

    /// The item's text with `_xHHHH_` escapes resolved.
    private static func itemText(_ gathered: GatheredText, _ scanner: XMLByteScanner) -> String {
        if case .bytes(let run) = gathered, !XLSXSheet.containsEscape(run, in: scanner.bytes) {
            return scanner.string(run)
        }
        return XLSXSheet.unescapeOOXML(gathered.string(in: scanner))
    }
}
