/// Which law a conviction rests on, read from the articles the court named. A verdict naming
/// several is filed under the first of these that applies, trafficking law first: the question
/// the indicator answers is whether the trafficking law was used at all.
public enum LawCategory: String, Dimension {
    case uu21Pasal2 = "uu21_pasal2"
    case kuhp455 = "kuhp_455"
    case uu21Other = "uu21_other"
    case uu18 = "uu18_2017"
    case kuhpProcuring = "kuhp_296_506"
    case uu35 = "uu35_2014"
    case other

    public init(articles: [String]) {
        let read = articles.map(ArticleReading.init)
        if read.contains(where: { $0.law == .uu21 && $0.article == "2" }) { self = .uu21Pasal2 }
        else if read.contains(where: { $0.law == .kuhp && $0.article == "455" }) { self = .kuhp455 }
        else if read.contains(where: { $0.law == .uu21 }) { self = .uu21Other }
        else if read.contains(where: { $0.law == .uu18 }) { self = .uu18 }
        else if read.contains(where: { $0.law == .kuhp && ["296", "506"].contains($0.article) }) { self = .kuhpProcuring }
        else if read.contains(where: { $0.law == .uu35 }) { self = .uu35 }
        else { self = .other }
    }

    public var label: (id: String, en: String) {
        switch self {
        case .uu21Pasal2: return ("UU 21/2007 Pasal 2", "UU 21/2007 Pasal 2")
        case .kuhp455: return ("KUHP Pasal 455", "KUHP Pasal 455")
        case .uu21Other: return ("UU 21/2007 pasal lain", "Other UU 21/2007 articles")
        case .uu18: return ("UU 18/2017 (Pelindungan PMI)", "UU 18/2017 (migrant workers)")
        case .kuhpProcuring: return ("KUHP Pasal 296/506 (lama)", "Old KUHP Pasal 296/506")
        case .uu35: return ("UU 35/2014 (Perlindungan Anak)", "UU 35/2014 (child protection)")
        case .other: return ("Undang-undang lain", "Other laws")
        }
    }

    /// The special minimum in months for the articles, nil where none applies: UU 21/2007
    /// Pasal 2–6 and UU 35/2014 Pasal 83 carry 3 years (legal-facts §2.3, §3.5). KUHP Pasal 455
    /// is counted with 3 years under the reading of MA 684 K/Pid.Sus/2026; other panels hold that
    /// UU 1/2026 removed it (legal-facts §2.10), so its figure is marked as disputed.
    public static func statutoryMinimumMonths(articles: [String]) -> Int? {
        let read = articles.map(ArticleReading.init)
        let threeYears = read.contains { r in
            (r.law == .uu21 && ["2", "3", "4", "5", "6"].contains(r.article))
                || (r.law == .kuhp && r.article == "455")
                || (r.law == .uu35 && r.mentions("83"))
        }
        return threeYears ? 36 : nil
    }
}

/// "UU 21/2007 Pasal 4", "KUHP Pasal 455 ayat (1)", "UU 35/2014 Pasal 76F jo. Pasal 83": the law
/// and the first article number, read leniently (case, spacing, "UU No. 21 Tahun 2007").
struct ArticleReading {
    enum Law { case uu21, uu18, uu35, kuhp, other }
    let law: Law
    let article: String
    private let words: [String]

    init(_ text: String) {
        let t = text.lowercased().replacingOccurrences(of: ".", with: " ")
        let compact = t.replacingOccurrences(of: " ", with: "")
        if compact.contains("21/2007") || compact.contains("21tahun2007") { law = .uu21 }
        else if compact.contains("18/2017") || compact.contains("18tahun2017") { law = .uu18 }
        else if compact.contains("35/2014") || compact.contains("35tahun2014") || compact.contains("23/2002") { law = .uu35 }
        else if compact.contains("kuhp") { law = .kuhp }
        else { law = .other }
        words = t.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if let i = words.firstIndex(of: "pasal"), i + 1 < words.count {
            article = String(words[i + 1].prefix { $0.isNumber })
        } else {
            article = ""
        }
    }

    /// Whether any "Pasal N" in the text names `number`.
    func mentions(_ number: String) -> Bool {
        words.indices.contains { i in words[i] == "pasal" && i + 1 < words.count && words[i + 1].prefix { $0.isNumber } == number }
    }
}
