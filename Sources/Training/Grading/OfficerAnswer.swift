import Law

/// What an officer chose on a case study's form.
public struct OfficerAnswer: Sendable, Hashable, AnswerSheet {
    public var verdict: NationalVerdict
    public var elements: [PalermoPart: ElementAnswer]
    public var articles: Set<String>
    public var aggravations: Set<String>
    public var rights: Set<String>

    public init(verdict: NationalVerdict, elements: [PalermoPart: ElementAnswer], articles: Set<String> = [],
                aggravations: Set<String> = [], rights: Set<String> = []) {
        self.verdict = verdict
        self.elements = elements
        self.articles = articles
        self.aggravations = aggravations
        self.rights = rights
    }
}

/// A form field that is missing or holds a value the question does not offer.
public struct AnswerFieldError: Sendable, Hashable {
    public let field: String
    /// The values the field may hold.
    public let allowed: [String]
}

/// Every bad field of one form.
public struct AnswerFormError: Error, Sendable {
    public let fields: [AnswerFieldError]
}

extension OfficerAnswer {
    /// Reads the form's fields (`verdict`, `element.act` …, and the repeated `article`,
    /// `aggravation`, `right`). Every bad field is reported, each with the values it may hold.
    public static func read(_ field: (String) -> [String], options: OptionSets) -> Result<OfficerAnswer, AnswerFormError> {
        var errors: [AnswerFieldError] = []
        func single<T: RawRepresentable>(_ name: String, _ allowed: [T]) -> T? where T.RawValue == String {
            let values = field(name)
            guard values.count == 1, let v = allowed.first(where: { $0.rawValue == values[0] }) else {
                errors.append(AnswerFieldError(field: name, allowed: allowed.map(\.rawValue)))
                return nil
            }
            return v
        }
        func several(_ q: StudyQuestion) -> Set<String> {
            let allowed = options.options(q)
            let values = field(q.field)
            guard values.allSatisfy(allowed.contains) else {
                errors.append(AnswerFieldError(field: q.field, allowed: allowed))
                return []
            }
            return Set(values)
        }
        let verdict = single(StudyQuestion.verdict.field, NationalVerdict.answerable)
        var elements: [PalermoPart: ElementAnswer] = [:]
        for part in PalermoPart.allCases { elements[part] = single(part.field, ElementAnswer.allCases) }
        let answer = (articles: several(.article), aggravations: several(.aggravation), rights: several(.right))
        guard errors.isEmpty, let verdict else { return .failure(AnswerFormError(fields: errors)) }
        return .success(OfficerAnswer(verdict: verdict, elements: elements, articles: answer.articles,
                                      aggravations: answer.aggravations, rights: answer.rights))
    }
}
