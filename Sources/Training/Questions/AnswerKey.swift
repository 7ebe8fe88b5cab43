import Law

/// The right answers to a case study, read off the law engine's screening of its facts: never
/// written per study. A study whose facts leave any answer open has no key (``AnswerKey/Gap``).
public struct AnswerKey: Sendable, AnswerSheet {
    public let result: ScreeningResult
    public let verdict: NationalVerdict
    public let elements: [PalermoPart: ElementAnswer]
    /// Offence and participation articles, as the engine cites them (`UU 21/2007 Pasal 4`).
    public let articles: Set<String>
    public let aggravations: Set<String>
    public let rights: Set<String>

    /// Why a study cannot be graded: the question its facts leave open.
    public struct Gap: Error, Sendable, CustomStringConvertible {
        public let studyID: String
        public let question: String
        public var description: String { "\(studyID): the engine leaves \(question) open" }
    }

    public init(_ study: CaseStudy, on day: CivilDate) throws(Gap) {
        let result = Screening.screen(study.facts, asOf: day)
        guard result.national.verdict != .undetermined else { throw Gap(studyID: study.id, question: "the verdict") }
        var elements: [PalermoPart: ElementAnswer] = [:]
        for part in PalermoPart.allCases {
            let lines = result.explanation.filter { $0.provisionID.isPalermoDefinition && $0.element == part.rawValue }
            if lines.contains(where: { $0.status == .notRequired }) {
                elements[part] = .notRequired
            } else if lines.contains(where: { $0.status == .unknown }) || lines.isEmpty {
                throw Gap(studyID: study.id, question: "the Palermo element \(part.rawValue)")
            } else {
                elements[part] = lines.contains { $0.status == .met } ? .met : .notMet
            }
        }
        let aggravating = Set(result.national.provisions.filter { $0.role == .aggravation }
            .map { ProvisionCatalogue.provision($0.provisionID).articleCitation })
        self.result = result
        self.verdict = result.national.verdict
        self.elements = elements
        self.aggravations = Set(result.national.articles).intersection(aggravating)
        self.articles = Set(result.national.articles).subtracting(aggravating)
        self.rights = Set(result.victimRights)
    }

    /// The engine's answer as an officer would give it on the form: the model answer.
    public var modelAnswer: OfficerAnswer {
        OfficerAnswer(verdict: verdict, elements: elements, articles: articles, aggravations: aggravations, rights: rights)
    }
}

extension ProvisionID {
    /// Palermo Art. 3(a)–(d), and the 1956 Convention through which adoption reaches it: the lines
    /// that speak to the act, means and purpose elements.
    var isPalermoDefinition: Bool { [.palermo3a, .palermo3b, .palermo3c, .palermo3d, .slavery1956Art1d].contains(self) }
}
