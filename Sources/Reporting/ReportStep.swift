/// The public questionnaire, one question per page. Answers travel forward in the form itself
/// (hidden fields), so nothing is stored and no cookie is set until the report is sent.
public enum ReportStep: String, Sendable, CaseIterable {
    case danger, what, who, place, contact, callback, send

    /// The page after this one; the call-back page only for those who asked for a call.
    public func next(_ answers: ReportAnswers) -> ReportStep {
        switch self {
        case .danger: return .what
        case .what: return .who
        case .who: return .place
        case .place: return .contact
        case .contact: return answers.contact == .callback ? .callback : .send
        case .callback, .send: return .send
        }
    }

    /// The page before this one, for the "back" link.
    public func previous(_ answers: ReportAnswers) -> ReportStep? {
        switch self {
        case .danger: return nil
        case .what: return .danger
        case .who: return .what
        case .place: return .who
        case .contact: return .place
        case .callback: return .contact
        case .send: return answers.contact == .callback ? .callback : .contact
        }
    }

    /// The steps whose answers must be valid before this page is shown.
    public var before: [ReportStep] {
        Array(Self.allCases.prefix { $0 != self })
    }

    /// The page's question, used as its heading.
    public var question: (id: String, en: String) {
        switch self {
        case .danger: return ("Apakah ada orang dalam bahaya sekarang?", "Is anyone in danger right now?")
        case .what: return ("Apa yang terjadi?", "What happened?")
        case .who: return ("Siapa yang mengalaminya?", "Who did it happen to?")
        case .place: return ("Di mana kejadiannya?", "Where did it happen?")
        case .contact: return ("Bolehkah kami menghubungi Anda?", "May we contact you?")
        case .callback: return ("Kapan aman untuk menelepon Anda?", "When is it safe to call you?")
        case .send: return ("Periksa dan kirim laporan", "Check and send your report")
        }
    }

    /// The question as the hotline operator asks it of a caller: about the caller, not "you".
    public var operatorQuestion: (id: String, en: String) {
        switch self {
        case .contact: return ("Bolehkah petugas menghubungi penelepon lagi?", "May officers contact the caller again?")
        case .callback: return ("Kapan aman menelepon penelepon?", "When is it safe to call the caller?")
        case .send: return ("Periksa dan simpan laporan", "Check and save the report")
        default: return question
        }
    }

    /// Position for "Langkah 2 dari 6": the call-back page counts only when it is shown.
    public func position(_ answers: ReportAnswers) -> (index: Int, count: Int) {
        let shown = Self.allCases.filter { $0 != .callback || answers.contact == .callback }
        return ((shown.firstIndex(of: self) ?? 0) + 1, shown.count)
    }
}
