import Law

/// One case study of the officers' training (pelatihan): a story, the facts the law engine reads,
/// and where the story comes from. It holds no answers: those are the engine's (``AnswerKey``).
public struct CaseStudy: Sendable, Identifiable {
    /// Short and stable (`t07`): attempts in the store refer to it.
    public let id: String
    public let course: Course
    public let title: Bilingual
    public let narrative: Bilingual
    /// "Ditulis untuk pelatihan" unless drawn from a published decision, which it then names.
    public let source: Bilingual
    /// In the case-facts contract's form (`shared/spec/case-facts.md`).
    public let facts: CaseFacts
}

/// A level of the training. A certificate is earned per course.
public enum Course: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dasar: the elements, the core articles, the victim's rights.
    case basic = "dasar"
    /// Lanjutan: aggravations, participation, corporations, officials, forks in the law.
    case advanced = "lanjutan"

    public var title: Bilingual {
        switch self {
        case .basic: Bilingual(id: "Kursus dasar", en: "Basic course")
        case .advanced: Bilingual(id: "Kursus lanjutan", en: "Advanced course")
        }
    }
}
