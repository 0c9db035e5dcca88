import Vapor

extension CompetencyProfileDTO {
    /// The profile as JSON, written by hand for speed (the most requested API response); keys sorted
    /// and snake_case as the app's encoder writes them. `JSONWriterTests` keeps the two equal.
    func json() -> JSONWriter {
        var w = JSONWriter(capacity: 256 + items.count * 160)
        w.object { w in
            w.key("assessed"); w.int(assessed)
            w.key("items")
            w.array { w in
                for item in items {
                    w.object { w in
                        w.key("assessed_on"); w.string(item.assessedOn)
                        w.key("code"); w.string(item.code)
                        w.key("current"); w.int(item.current)
                        w.key("gap"); w.int(item.gap)
                        w.key("group"); w.string(item.group)
                        w.key("name"); w.string(item.name)
                        w.key("required"); w.int(item.required)
                        w.key("source"); w.string(item.source)
                    }
                }
            }
            w.key("jpm"); w.double(jpm)
            w.key("jpm_formula"); w.string(jpmFormula)
            w.key("mapping_category"); w.string(mappingCategory)
            w.key("nip"); w.string(nip)
            w.key("position"); w.string(position)
            w.key("selection_category"); w.string(selectionCategory)
            w.key("total"); w.int(total)
            w.key("year"); w.int(year)
        }
        return w
    }
}
