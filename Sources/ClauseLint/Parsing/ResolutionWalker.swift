/// Walks the paragraphs of one resolution and builds its clause tree.
struct ResolutionWalker {
    let blocks: [TextBlock]
    let analyses: [BlockAnalysis]
    let range: Range<Int>
    let factory: ClauseFactory
    let resolutionIndex: Int

    private enum Phase { case header, preamble, operative, annex }

    /// A clause under construction: an entry of `nodes`, its children linked by index
    /// (no object and no array per clause). Plain values only, so nodes copy without
    /// reference counting: the label stays in the block's analysis.
    private struct Node {
        let kind: Clause.Kind
        let blockIndex: Int
        /// The label's family as the walk resolved it (`i`: letter or roman?), when it differs from the analysis's.
        var family: LabelFamily?
        var firstChild = -1, lastChild = -1, nextSibling = -1
        var childCount = 0
        init(kind: Clause.Kind, blockIndex: Int) {
            self.kind = kind
            self.blockIndex = blockIndex
        }
    }

    private var nodes: [Node] = []
    private var prose: [ProseParagraph] = []

    init(blocks: [TextBlock], analyses: [BlockAnalysis], range: Range<Int>, factory: ClauseFactory, resolutionIndex: Int) {
        self.blocks = blocks
        self.analyses = analyses
        self.range = range
        self.factory = factory
        self.resolutionIndex = resolutionIndex
    }

    mutating func walk() -> (Resolution, [ProseParagraph]) {
        let startOffset = blocks[range.lowerBound].sourceRange.lowerBound
        var resolution = Resolution.Fields(startOffset: startOffset, bodyOffset: startOffset)
        let numbered = range.contains { analyses[$0].role == .clauseCandidate && analyses[$0].isDecimalLabelled }
        let boundary = numbered ? nil : unnumberedBoundary()

        var phase = Phase.header
        var preamble: [Int] = []
        var operative: [Int] = []
        var annexes: [(title: String, offset: Int, clauses: [Int])] = []
        var stack: [Int] = []   // the open clause and its open sub-clauses, as indices in `nodes`
        // Room for every paragraph at once: growing each list step by step costs more.
        nodes.reserveCapacity(range.count)
        prose.reserveCapacity(range.count)
        preamble.reserveCapacity(range.count)
        operative.reserveCapacity(range.count)

        func add(_ node: Node) -> Int {
            nodes.append(node)
            return nodes.count - 1
        }

        func addTop(_ node: Node) {
            let index = add(node)
            switch node.kind {
            case .preambular: preamble.append(index)
            default:
                if phase == .annex, !annexes.isEmpty { annexes[annexes.count - 1].clauses.append(index) }
                else { operative.append(index) }
            }
            stack.removeAll(keepingCapacity: true)
            stack.append(index)
        }

        /// An unlabelled clause before the operative part: preambular, unless an unnumbered
        /// resolution's operative part starts here.
        func addUnnumberedBeforeOperative(_ index: Int) {
            if let boundary, index >= boundary {
                phase = .operative
                addTop(Node(kind: .operative, blockIndex: index))
            } else {
                phase = .preamble
                addTop(Node(kind: .preambular, blockIndex: index))
            }
        }

        var sawBody = false
        // Each block read where it is used: most paragraphs are clauses, which need none here.
        for index in range {
            switch analyses[index].role {
            case .metadata(let key, let value):
                switch key {
                case "code": if resolution.code == nil { resolution.code = value }
                case "committee": if resolution.committee == nil { resolution.committee = value }
                case "topic": if resolution.topic == nil { resolution.topic = value }
                case "sponsors": if resolution.sponsors == nil { resolution.sponsors = value }
                case "signatories": if resolution.signatories == nil { resolution.signatories = value }
                default: break
                }
            case .authoringBody(let body) where !sawBody && phase == .header:
                resolution.body = body
                resolution.bodyOffset = blocks[index].sourceRange.lowerBound
                sawBody = true
                phase = .preamble
            case .operativeIntroduction where phase == .header || phase == .preamble:
                phase = .operative
                stack = []
                prose.append(ProseParagraph(block: blocks[index], resolutionIndex: resolutionIndex))
            case .annex(let title):
                annexes.append((title, blocks[index].sourceRange.lowerBound, []))
                phase = .annex
                stack = []
                prose.append(ProseParagraph(block: blocks[index], resolutionIndex: resolutionIndex))
            case .sponsorLine(let sponsors) where phase == .header:
                resolution.sponsors = sponsors
            case .documentSymbol(let symbol) where phase == .header:
                if resolution.code == nil { resolution.code = symbol }
            case .resolutionTitle(let symbol, let title) where phase == .header:
                if resolution.code == nil { resolution.code = symbol }
                if resolution.topic == nil { resolution.topic = title }
            case .clauseCandidate:
                let labelled = analyses[index].labelFamily != nil
                if labelled, analyses[index].labelFamily == .decimal {
                    if phase == .header || phase == .preamble { phase = .operative }
                    addTop(Node(kind: .operative, blockIndex: index))
                } else if labelled, !stack.isEmpty {
                    attachSubclause(add(Node(kind: .subclause, blockIndex: index)), to: &stack)
                } else if !labelled, let openingKind = analyses[index].opening?.kind {
                    switch phase {
                    case .header, .preamble:
                        addUnnumberedBeforeOperative(index)
                    case .operative, .annex:
                        if openingKind == .operative || !numbered {
                            addTop(Node(kind: .operative, blockIndex: index))
                        } else {
                            prose.append(ProseParagraph(block: blocks[index], resolutionIndex: resolutionIndex))
                        }
                    }
                } else {
                    prose.append(ProseParagraph(block: blocks[index], resolutionIndex: resolutionIndex))
                }
            default:
                let block = blocks[index]
                // A clause whose opening is in no list and has no phrase shape, but reads as a clause.
                if case .other = analyses[index].role, block.kind == .paragraph || block.kind == .listItem,
                   block.text.utf8.count >= 40, looksLikeClauseText(block, finalPunctuation: analyses[index].finalPunctuation) {
                    if phase == .preamble || (phase == .header && sawBody) {
                        addUnnumberedBeforeOperative(index)
                        continue
                    }
                    let punctuation = analyses[index].finalPunctuation
                    if phase == .operative, !numbered, punctuation == 0x3B || punctuation == 0x2E || punctuation == 0x2C {
                        addTop(Node(kind: .operative, blockIndex: index))
                        continue
                    }
                }
                prose.append(ProseParagraph(block: block, resolutionIndex: resolutionIndex))
            }
        }

        // Loops, not closures: a closure in this mutating method would need a copy of the walker.
        resolution.preamble = clauses(preamble, prefix: "")
        resolution.operative = clauses(operative, prefix: "")
        resolution.annexes.reserveCapacity(annexes.count)
        for (number, annex) in annexes.enumerated() {
            resolution.annexes.append(Annex(title: annex.title, offset: annex.offset,
                                            operative: clauses(annex.clauses, prefix: "annex \(number + 1) ")))
        }
        resolution.unnumberedOperatives = !numbered && !operative.isEmpty
        return (Resolution(resolution), prose)
    }

    /// Where the operative part starts in a resolution printed without numbers: the
    /// first operative verb that is followed by operative verbs only, or the line
    /// after `… hereby:`.
    private func unnumberedBoundary() -> Int? {
        if let intro = range.first(where: { analyses[$0].role == .operativeIntroduction }) { return intro + 1 }
        let candidates = range.filter { analyses[$0].role == .clauseCandidate && analyses[$0].labelFamily == nil }
        for (position, index) in candidates.enumerated() where analyses[index].opening?.kind == .operative {
            let rest = candidates[(position + 1)...]
            let operativeCount = rest.filter { analyses[$0].opening?.kind == .operative }.count
            if operativeCount * 2 >= rest.count { return index }
        }
        return nil
    }

    /// A capital first and clause punctuation last (`finalPunctuation` as the analysis found it).
    private func looksLikeClauseText(_ block: TextBlock, finalPunctuation last: UInt8) -> Bool {
        guard let first = block.text.unicodeScalars.first, first.properties.isUppercase else { return false }
        return last == 0x2C || last == 0x3B || last == 0x2E || last == 0x3A
    }

    /// The family of a node's label: as the walk resolved it, or as the analysis read it.
    private func family(_ node: Int) -> LabelFamily? {
        nodes[node].family ?? analyses[nodes[node].blockIndex].labelFamily
    }

    /// The value of a node's label (`b`, `iv`, `3`).
    private func labelValue(_ node: Int) -> String? {
        analyses[nodes[node].blockIndex].labelValue
    }

    /// A node's label, with its family as the walk resolved it.
    private func label(_ node: Int) -> ClauseLabel? {
        guard var label = analyses[nodes[node].blockIndex].label else { return nil }
        if let family = nodes[node].family { label.family = family }
        return label
    }

    /// Places a sub-clause: a sibling of the open sub-clause of its label family, or a
    /// child of the innermost open clause. Resolves `i`, `v`, `x`, `c` … (letter or roman?).
    private mutating func attachSubclause(_ node: Int, to stack: inout [Int]) {
        guard let value = labelValue(node), let read = family(node) else { return }
        let resolved = resolveFamily(value, read, stack: stack)
        nodes[node].family = resolved
        if let level = stack.indices.dropFirst().last(where: { family(stack[$0]) == resolved }) {
            stack.removeSubrange(level...)
        }
        let parent = stack[stack.count - 1]
        if nodes[parent].lastChild >= 0 { nodes[nodes[parent].lastChild].nextSibling = node } else { nodes[parent].firstChild = node }
        nodes[parent].lastChild = node
        nodes[parent].childCount += 1
        stack.append(node)
    }

    private func resolveFamily(_ value: String, _ family: LabelFamily, stack: [Int]) -> LabelFamily {
        let upper = family == .upperLetter || family == .upperRoman
        let letterFamily: LabelFamily = upper ? .upperLetter : .lowerLetter
        let romanFamily: LabelFamily = upper ? .upperRoman : .lowerRoman
        let asLetter = LabelSequence.ordinal(of: value, family: letterFamily)
        let asRoman = LabelSequence.ordinal(of: value, family: romanFamily)
        guard let asLetter, let asRoman else { return asRoman != nil ? romanFamily : letterFamily }
        func lastOrdinal(_ family: LabelFamily) -> Int? {
            guard let node = stack.dropFirst().last(where: { self.family($0) == family }),
                  let value = labelValue(node) else { return nil }
            return LabelSequence.ordinal(of: value, family: family)
        }
        if let last = lastOrdinal(letterFamily), asLetter == last + 1 { return letterFamily }
        if let last = lastOrdinal(romanFamily), asRoman == last + 1 { return romanFamily }
        if asRoman == 1 { return romanFamily }
        if value.count == 1 { return letterFamily }
        return romanFamily
    }

    /// The clauses of `nodes`, numbered from their position.
    private func clauses(_ nodes: [Int], prefix: String) -> [Clause] {
        var result: [Clause] = []
        result.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() { result.append(clause(node, index: index, prefix: prefix)) }
        return result
    }

    private func clause(_ node: Int, index: Int, prefix: String) -> Clause {
        var path: String
        switch nodes[node].kind {
        case .preambular:
            path = index < Self.preambularPaths.count ? Self.preambularPaths[index] : "preambular " + String(index + 1)
        case .operative: path = operativePath(node, index: index, prefix: prefix)
        case .subclause: path = prefix
        }
        return build(node, index: index, path: path)
    }

    /// `preambular 1` to `preambular 99` and `operative 1` to `operative 99`: the paths of
    /// nearly all clauses, made once. Each is a small string (fifteen bytes at most), so it
    /// is copied as a plain value: no number to format and no strings to join per clause.
    private static let preambularPaths = (1...99).map { "preambular " + String($0) }
    private static let operativePaths = (1...99).map { "operative " + String($0) }

    /// `operative 3`, by the clause's number as written (`index + 1` when it has none), after `prefix`.
    private func operativePath(_ node: Int, index: Int, prefix: String) -> String {
        let value = labelValue(node)
        if prefix.isEmpty {
            if let value {
                if let number = Self.plainNumber(value), number <= Self.operativePaths.count { return Self.operativePaths[number - 1] }
            } else if index < Self.operativePaths.count {
                return Self.operativePaths[index]
            }
        }
        // Joined, not interpolated: a path of up to fifteen bytes then stays a small string, with no allocation.
        return prefix + "operative " + (value ?? String(index + 1))
    }

    /// The number `value` spells as `String(number)` would (no sign, no leading zero), if it has one or two digits.
    private static func plainNumber(_ value: String) -> Int? {
        let utf8 = value.utf8
        guard let first = utf8.first, first >= 0x31, first <= 0x39, utf8.count <= 2 else { return nil }
        guard utf8.count == 2 else { return Int(first - 0x30) }
        let second = utf8[utf8.index(after: utf8.startIndex)]
        guard second >= 0x30, second <= 0x39 else { return nil }
        return Int(first - 0x30) * 10 + Int(second - 0x30)
    }

    private func build(_ node: Int, index: Int, path: String) -> Clause {
        let block = blocks[nodes[node].blockIndex]
        let contentStart = analyses[nodes[node].blockIndex].contentStart
        let (opening, end, endRange) = factory.parts(of: block, contentStart: contentStart, match: analyses[nodes[node].blockIndex].opening)
        var children: [Clause] = []
        if nodes[node].childCount > 0 { children.reserveCapacity(nodes[node].childCount) }
        var child = nodes[node].firstChild
        while child >= 0 {
            let childIndex = children.count
            children.append(build(child, index: childIndex,
                                  path: path + "(" + (labelValue(child) ?? String(childIndex + 1)) + ")"))
            child = nodes[child].nextSibling
        }
        return Clause(kind: nodes[node].kind, block: block, label: label(node), contentStart: contentStart,
                      opening: opening, end: end, endRange: endRange, children: children, index: index, path: path)
    }
}
