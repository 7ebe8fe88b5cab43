/// The victim-identification questionnaire (issue item 4): ILO–EC operational indicators and the
/// ILO forced-labour indicators, asked in plain words. It screens for signs; the legal answer
/// comes from ``Screening`` on the case facts, which ``prefill(_:)`` helps to start.
public enum Questionnaire {
    /// Every question, recruitment first, then work and life at the destination.
    public static let questions: [Question] = QuestionsRecruitment.all + QuestionsDestination.all
    /// The operational indicators the questions cover.
    public static let indicators: [OperationalIndicator] = OperationalIndicators.all

    static let questionByID: [String: Question] = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0) })

    /// What the questionnaire itself cannot vouch for; shown with every result.
    public static let caveats: [Bilingual] = [
        Bilingual(id: "Aturan nilai dimensi (≥2 kuat; 1 kuat + 1 sedang/lemah; 3 sedang; 2 sedang + 1 lemah) berkeyakinan sedang; "
                      + "aturan gabungan dimensi berkeyakinan sedang-rendah: keduanya dari sumber sekunder, karena teks brosur ILO–EC 2009 “Operational indicators of trafficking in human beings” (WCMS_105023) belum terlihat. Periksa dengan brosur itu.",
                  en: "The dimension rule (≥2 strong; 1 strong + 1 medium/weak; 3 medium; 2 medium + 1 weak) has medium confidence; "
                      + "the combination rule medium-low: both come from secondary sources, as the text of the ILO–EC 2009 brochure “Operational indicators of trafficking in human beings” (WCMS_105023) was not seen. Check against that brochure."),
        Bilingual(id: "Bobot daftar anak berbeda dan tidak tercatat; untuk anak dipakai bobot dewasa dengan aturan anak.",
                  en: "The child list's weights differ and are not recorded; for children the adult grades are used with the child rule."),
        Bilingual(id: "Indikator kerja paksa ILO tidak punya ambang resmi: kadang satu indikator cukup, kadang perlu beberapa.",
                  en: "The ILO forced-labour indicators have no formal threshold: sometimes one indicator is enough, sometimes several are needed."),
        Bilingual(id: "Ini penyaringan tanda-tanda, bukan keputusan hukum.", en: "This screens for signs; it is not a legal finding."),
    ]
}

/// The answers given, by question id, and what the person said about themselves.
public struct QuestionnaireAnswers: Sendable, Hashable, Codable {
    public var answers: [String: Answer]
    /// Age at the time of the events.
    public var age: Int?
    /// ISO 3166-1 alpha-2.
    public var citizenship: String?
    public var sex: CaseFacts.Sex?
    /// Where the person was taken from and to (ISO codes).
    public var from: String?
    public var to: String?

    public init(answers: [String: Answer] = [:], age: Int? = nil, citizenship: String? = nil,
                sex: CaseFacts.Sex? = nil, from: String? = nil, to: String? = nil) {
        self.answers = answers
        self.age = age
        self.citizenship = citizenship
        self.sex = sex
        self.from = from
        self.to = to
    }

    /// The questions answered "yes", in questionnaire order.
    var yes: [Question] { Questionnaire.questions.filter { answers[$0.id] == .yes } }
}
