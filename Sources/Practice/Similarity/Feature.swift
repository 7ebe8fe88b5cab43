import Law

/// A fact on which two cases are compared, with its weight in the similarity score. The weights
/// are a general judgement of what makes two trafficking cases alike for a court, not fitted to
/// any data: the purpose of exploitation counts most, then how control was gained, the victim's
/// age group, the border, and whether the victim was made to offend.
public enum Feature: Int, Sendable, CaseIterable {
    case exploitation, acts, means, child, crossBorder, destination, stage
    case stateOfficial, corporation, organizedGroup, compelledToOffend, harms

    public var weight: Int {
        switch self {
        case .exploitation: 4
        case .means, .child, .crossBorder, .compelledToOffend: 2
        case .acts, .destination, .stage, .stateOfficial, .corporation, .organizedGroup, .harms: 1
        }
    }

    public var label: Bilingual {
        switch self {
        case .exploitation: Bilingual(id: "jenis eksploitasi", en: "exploitation")
        case .acts: Bilingual(id: "perbuatan", en: "acts")
        case .means: Bilingual(id: "cara", en: "means")
        case .child: Bilingual(id: "usia korban", en: "victim's age group")
        case .crossBorder: Bilingual(id: "lintas negara atau dalam negeri", en: "cross-border or domestic")
        case .destination: Bilingual(id: "negara tujuan", en: "destination country")
        case .stage: Bilingual(id: "tahap perbuatan", en: "stage")
        case .stateOfficial: Bilingual(id: "pelaku penyelenggara negara", en: "state official as perpetrator")
        case .corporation: Bilingual(id: "pelaku korporasi", en: "corporation as perpetrator")
        case .organizedGroup: Bilingual(id: "kelompok terorganisasi", en: "organised group")
        case .compelledToOffend: Bilingual(id: "korban dipaksa melakukan tindak pidana", en: "victim compelled to offend")
        case .harms: Bilingual(id: "akibat bagi korban", en: "harm to the victim")
        }
    }

    var bit: UInt16 { 1 << UInt16(rawValue) }
}
