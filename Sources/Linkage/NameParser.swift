/// Takes the words of a written name apart into an `IndonesianName`.
struct NameParser {
    var words: [NameWord]
    private typealias V = NameVocabulary

    func parse() -> IndonesianName {
        var name = IndonesianName()
        var own: [NameWord] = []
        var father: [NameWord] = []
        var alias: [NameWord] = []
        var target = 0 // 0 own name, 1 father's name, 2 alias
        for (i, w) in words.enumerated() {
            let t = w.text
            let isLast = i == words.count - 1
            if V.aliasMarkers.contains(t), i > 0 { target = 2; continue }
            if target == 0, i > 0, !isLast, V.sonOf.contains(t) && (t != "B" || w.dotted) {
                target = 1; name.sexHint = .male; continue
            }
            if target == 0, i > 0, !isLast, V.daughterOf.contains(t) {
                target = 1; name.sexHint = .female; continue
            }
            switch target {
            case 1: father.append(w)
            case 2: alias.append(w)
            default: own.append(w)
            }
        }
        name.tokens = ownTokens(own, into: &name)
        name.father = father.compactMap(plainKey)
        name.alias = alias.compactMap(plainKey)
        return name
    }

    /// Keys of a father's or alias name: titles and Muhammad dropped, spelling folded.
    private func plainKey(_ w: NameWord) -> String? {
        let t = w.text
        if V.titles.contains(t) && (w.dotted || !V.ambiguousTitles.contains(t)) { return nil }
        if V.muhammadShort.contains(t) || V.isMuhammad(w.letters) { return nil }
        return SpellingKey.key(V.abbreviations[t] ?? t)
    }

    private func ownTokens(_ words: [NameWord], into name: inout IndonesianName) -> [String] {
        var ws = words
        // Balinese caste titles open the name (Ida Bagus, Anak Agung, I Gusti).
        for caste in V.balineseCaste where ws.count > caste.count && ws.prefix(caste.count).map(\.text) == caste {
            ws.removeFirst(caste.count)
            break
        }
        var keys: [String] = []
        var orderWords: [String] = []
        for (i, w) in ws.enumerated() {
            let t = w.text
            let first = i == 0
            let hasMore = ws.count > 1
            if V.titles.contains(t), !V.ambiguousTitles.contains(t) || w.dotted || (first && t == "H"),
               !(first && t == "ST" && hasMore) {
                if V.femaleTitles.contains(t) { name.sexHint = .female }
                if V.maleTitles.contains(t) { name.sexHint = name.sexHint ?? .male }
                continue
            }
            if V.boru.contains(t), hasMore, !first { name.sexHint = .female; continue }
            if first, hasMore, V.balineseMale.contains(t) { name.sexHint = .male; continue }
            if hasMore, V.balineseFemale.contains(t), first || t == "LUH" || (t == "L" && w.dotted) {
                name.sexHint = .female; continue
            }
            if let order = V.balineseOrder[t], hasMore, t.count > 2 || w.dotted {
                name.birthOrder = name.birthOrder ?? Int(order)
                orderWords.append(SpellingKey.key(t)); continue
            }
            // "M." opens a name as Muhammad, also after a title ("H. M. Syamsuddin").
            if (V.muhammadShort.contains(t) && (keys.isEmpty || t.count > 1)) || V.isMuhammad(w.letters) {
                name.hasMuhammad = true; name.sexHint = name.sexHint ?? .male; continue
            }
            keys.append(SpellingKey.key(V.abbreviations[t] ?? t))
        }
        // A name that is nothing but markers keeps them: they are all there is to compare.
        if keys.isEmpty { keys = orderWords }
        if keys.isEmpty, name.hasMuhammad { keys = ["MUHAMAD"]; name.hasMuhammad = false }
        return keys
    }
}
