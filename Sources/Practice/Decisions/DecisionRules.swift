import Law

/// The format's rules that decoding alone does not check (FORMAT.md, "Field rules").
enum DecisionRules {
    static func problems(_ d: CourtDecision, provinceCodes: Set<String>?) -> [DecisionSetError.Problem] {
        var found: [DecisionSetError.Problem] = []
        func check(_ ok: Bool, _ field: String, _ message: String) {
            if !ok { found.append(.init(entry: d.id, field: field, message: message)) }
        }
        check(!d.id.isEmpty && d.id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
              "id", "lowercase letters, digits and hyphens only")
        check(!d.number.isEmpty, "number", "empty")
        check(!d.court.isEmpty, "court", "empty")
        check(d.provinceCode.count == 2 && d.provinceCode.allSatisfy(\.isASCII) && d.provinceCode.allSatisfy(\.isNumber),
              "provinceCode", "two digits")
        if let provinceCodes { check(provinceCodes.contains(d.provinceCode), "provinceCode", "not a province code (\(d.provinceCode))") }
        check((1945...2100).contains(d.year), "year", "not a plausible year (\(d.year))")
        if let day = d.decidedOn { check(CivilDate(iso: day) != nil, "decidedOn", "not a YYYY-MM-DD date (\(day))") }
        for (i, a) in d.charged.enumerated() { check(ArticleCitation.startsWithLaw(a), "charged[\(i)]", "must start with its law, e.g. UU 21/2007 Pasal 2") }
        for (i, a) in d.convictedUnder.enumerated() {
            check(ArticleCitation.startsWithLaw(a), "convictedUnder[\(i)]", "must start with its law, e.g. UU 21/2007 Pasal 2")
        }
        switch d.outcome {
        case .convicted: check(!d.convictedUnder.isEmpty, "convictedUnder", "a conviction names its articles")
        case .acquitted: check(d.convictedUnder.isEmpty, "convictedUnder", "an acquittal convicts under nothing")
        }
        for (field, value) in [("sentenceMonths", d.sentenceMonths.map(Int64.init)), ("fineRupiah", d.fineRupiah),
                               ("restitutionRupiah", d.restitutionRupiah)] {
            if let value { check(value >= 0, field, "negative") }
        }
        check(!d.summary.id.isEmpty && !d.summary.en.isEmpty, "summary", "both languages are needed")
        check(d.source.url.hasPrefix("https://") || d.source.url.hasPrefix("http://"), "source.url", "an http(s) address is needed")
        check(!d.source.title.isEmpty, "source.title", "empty")
        check(CivilDate(iso: d.source.accessed) != nil, "source.accessed", "not a YYYY-MM-DD date")
        return found
    }
}
