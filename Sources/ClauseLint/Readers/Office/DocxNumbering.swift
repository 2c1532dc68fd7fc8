/// Word's automatic numbering from `word/numbering.xml`: a paragraph's `numId` names a
/// `w:num`, which points at an `w:abstractNum` whose levels give the start value, number
/// format and label text (`%1.`, `(%2)`). Counters run per list and level; a level
/// restarts when a shallower one advances.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    var abstracts: [String: [Int: Level]] = [:]
    var nums: [String: (abstract: String, startOverrides: [Int: Int])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var overridesApplied = Set<String>()

    init() {}

    init(xml: [UInt8]) throws {
        var abstract: String?
        var level: (index: Int, value: Level)?
        var num: (id: String, abstract: String, overrides: [Int: Int])?
        var overrideLevel: Int?
        for event in try SafeXML.events(xml, part: "word/numbering.xml") {
            switch event {
            case .start(let name, let attributes):
                let value = attributes["w:val"]
                switch name {
                case "w:abstractNum": abstract = attributes["w:abstractNumId"]
                case "w:lvl" where abstract != nil: level = (Int(attributes["w:ilvl"] ?? "") ?? 0, Level())
                case "w:start" where level != nil: level?.value.start = Int(value ?? "") ?? 1
                case "w:numFmt" where level != nil: level?.value.format = value ?? "decimal"
                case "w:lvlText" where level != nil: level?.value.text = value ?? ""
                case "w:num": num = (attributes["w:numId"] ?? "", "", [:])
                case "w:abstractNumId" where num != nil: num?.abstract = value ?? ""
                case "w:lvlOverride" where num != nil: overrideLevel = Int(attributes["w:ilvl"] ?? "")
                case "w:startOverride" where num != nil:
                    if let overrideLevel, let start = Int(value ?? "") { num?.overrides[overrideLevel] = start }
                default: break
                }
            case .end(let name):
                switch name {
                case "w:lvl":
                    if let abstract, let level { self.abstracts[abstract, default: [:]][level.index] = level.value }
                    level = nil
                case "w:abstractNum": abstract = nil
                case "w:num":
                    if let num { self.nums[num.id] = (num.abstract, num.overrides) }
                    num = nil
                case "w:lvlOverride": overrideLevel = nil
                default: break
                }
            case .text: break
            }
        }
    }

    /// The label of the next paragraph in list `numId` at level `ilvl`: "3.", "(b)", or
    /// nil for bullets and unnumbered levels. Advances the counters.
    mutating func nextLabel(numId: String, ilvl: Int) -> (label: String?, isList: Bool) {
        guard numId != "0", let num = nums[numId], let levels = abstracts[num.abstract], let level = levels[ilvl] else {
            return (nil, false)
        }
        var list = counters[num.abstract] ?? [:]
        if !overridesApplied.contains(numId), !num.startOverrides.isEmpty {
            overridesApplied.insert(numId)
            for (overridden, start) in num.startOverrides { list[overridden] = start - 1 }
            for deeper in list.keys where num.startOverrides[deeper] == nil && deeper > (num.startOverrides.keys.min() ?? 0) { list[deeper] = nil }
        }
        list[ilvl] = (list[ilvl] ?? (level.start - 1)) + 1
        for deeper in list.keys where deeper > ilvl { list[deeper] = nil }
        counters[num.abstract] = list
        guard ListNumberFormat.render(1, format: level.format) != nil else { return (nil, true) }
        var label = level.text
        for depth in stride(from: 8, through: 0, by: -1) where label.contains("%\(depth + 1)") {
            let format = levels[depth]?.format ?? "decimal"
            let value = list[depth] ?? (levels[depth]?.start ?? 1)
            label = label.replacingOccurrences(of: "%\(depth + 1)", with: ListNumberFormat.render(value, format: format) ?? "")
        }
        return (label.trimmingCharacters(in: " "), true)
    }
}
