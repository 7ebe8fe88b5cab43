import Law

/// What an officer is asked about every case study.
public enum StudyQuestion: String, Sendable, Hashable, CaseIterable, Codable {
    /// Is it an offence under Indonesian law? One answer.
    case verdict
    /// Each Palermo element (act, means, purpose): met, not met, or not required. One answer each.
    case element
    /// The offence articles that apply (pasal yang diterapkan). Any number.
    case article
    /// The aggravations (pemberatan). Any number.
    case aggravation
    /// The provisions that protect this victim (hak korban). Any number.
    case right

    /// The form field the answers come in.
    public var field: String { rawValue }

    public var legend: Bilingual {
        switch self {
        case .verdict: Bilingual(id: "Apakah ini tindak pidana menurut hukum Indonesia?", en: "Is this an offence under Indonesian law?")
        case .element: Bilingual(id: "Unsur Protokol Palermo Pasal 3", en: "The elements of Palermo Protocol Art. 3")
        case .article: Bilingual(id: "Pasal pidana yang diterapkan (bila fakta belum menentukan pasalnya: setiap pasal yang mungkin)",
                                 en: "The offence articles that apply (where the facts leave the article open: every one that may)")
        case .aggravation: Bilingual(id: "Pemberatan pidana", en: "Aggravations")
        case .right: Bilingual(id: "Hak dan perlindungan korban", en: "The victim's rights and protections")
        }
    }

    /// Several boxes may be ticked (or none); the others take one answer.
    public var isMultiple: Bool { self == .article || self == .aggravation || self == .right }
}

/// The Palermo elements asked about, each answered with an ``ElementAnswer``.
public enum PalermoPart: String, Sendable, Hashable, CaseIterable, Codable {
    case act, means, purpose

    /// The form field for this element's answer.
    public var field: String { "element.\(rawValue)" }

    public var label: Bilingual {
        switch self {
        case .act: Bilingual(id: "Perbuatan", en: "Act")
        case .means: Bilingual(id: "Cara", en: "Means")
        case .purpose: Bilingual(id: "Tujuan eksploitasi", en: "Purpose of exploitation")
        }
    }
}

/// How an element stands on the facts of a study.
public enum ElementAnswer: String, Sendable, Hashable, CaseIterable, Codable {
    case met
    case notMet = "not_met"
    case notRequired = "not_required"

    public var label: Bilingual {
        switch self {
        case .met: Bilingual(id: "Terpenuhi", en: "Met")
        case .notMet: Bilingual(id: "Tidak terpenuhi", en: "Not met")
        case .notRequired: Bilingual(id: "Tidak diperlukan", en: "Not required")
        }
    }
}

extension NationalVerdict {
    /// The verdicts an officer may give: a study is always decidable, so not `undetermined`.
    public static let answerable: [NationalVerdict] = [.offence, .noOffence]

    public var label: Bilingual {
        switch self {
        case .offence: Bilingual(id: "Ya, tindak pidana", en: "Yes, an offence")
        case .noOffence: Bilingual(id: "Bukan tindak pidana", en: "Not an offence")
        case .undetermined: Bilingual(id: "Belum dapat ditentukan", en: "Cannot be decided yet")
        }
    }
}
