/// The result of scoring a questionnaire.
public struct IndicatorScreening: Sendable, Encodable {
    public enum Outcome: String, Sendable, Encodable {
        /// The combination rule is met: treat the person as a presumed victim and screen the facts.
        case traffickingIndicated = "trafficking_indicated"
        case someDimensionsPositive = "some_dimensions_positive"
        case noDimensionPositive = "no_dimension_positive"
    }

    /// `child` when the person was under 18: the child combination rule was used.
    public let child: Bool
    public let dimensions: [DimensionScore]
    public let outcome: Outcome
    public let forcedLabour: [ForcedLabourFinding]
    /// Answer keys that match no question; they were not counted.
    public let ignoredAnswers: [String]
    public let caveats: [Bilingual]
}

/// One dimension: its count of indicators by grade, whether it is positive, and the answers behind it.
public struct DimensionScore: Sendable, Encodable {
    public let dimension: IndicatorDimension
    public let title: Bilingual
    public let positive: Bool
    public let strong: Int
    public let medium: Int
    public let weak: Int
    public let ledBy: [AnswerTrace]
}

/// A "yes" answer and the indicator it showed.
public struct AnswerTrace: Sendable, Encodable, Hashable {
    public let questionID: String
    public let question: Bilingual
    public let indicatorID: String
    public let indicator: Bilingual
    public let strength: IndicatorStrength
}

/// An ILO forced-labour indicator present, and the answers that showed it.
public struct ForcedLabourFinding: Sendable, Encodable {
    public let indicator: ForcedLabourIndicator
    public let title: Bilingual
    public let questionIDs: [String]
}

extension Questionnaire {
    /// Scores each dimension and combines them (legal-facts §4.1): adults need a recruitment
    /// dimension, exploitative conditions, and coercion or abuse of vulnerability at destination;
    /// children need recruitment of any kind and exploitative conditions.
    public static func score(_ a: QuestionnaireAnswers) -> IndicatorScreening {
        let yes = a.yes
        var traces: [IndicatorDimension: [AnswerTrace]] = [:]
        var counted: Set<String> = []
        for q in yes {
            for id in q.indicators {
                guard let ind = OperationalIndicators.byID[id] else { continue }
                let trace = AnswerTrace(questionID: q.id, question: q.text, indicatorID: id, indicator: ind.name, strength: ind.strength)
                traces[ind.dimension, default: []].append(trace)
                counted.insert(id)
            }
        }
        let dims = IndicatorDimension.allCases.map { d -> DimensionScore in
            let list = traces[d] ?? []
            // An indicator counts once, however many answers show it.
            var grades: [String: IndicatorStrength] = [:]
            for t in list { grades[t.indicatorID] = t.strength }
            let s = grades.values.filter { $0 == .strong }.count
            let m = grades.values.filter { $0 == .medium }.count
            let w = grades.values.filter { $0 == .weak }.count
            let positive = s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1)
            return DimensionScore(dimension: d, title: d.title, positive: positive, strong: s, medium: m, weak: w, ledBy: list)
        }
        let pos = Set(dims.filter(\.positive).map(\.dimension))
        let child = (a.age ?? 18) < 18
        let recruited = yes.contains { $0.prefill.contains { if case .act = $0 { true } else { false } } }
        let indicated: Bool = child
            ? (recruited || pos.contains { $0.isRecruitment }) && pos.contains(.exploitativeConditions)
            : pos.contains { $0.isRecruitment } && pos.contains(.exploitativeConditions)
                && (pos.contains(.coercionAtDestination) || pos.contains(.abuseOfVulnerabilityAtDestination))
        let outcome: IndicatorScreening.Outcome = indicated ? .traffickingIndicated : (pos.isEmpty ? .noDimensionPositive : .someDimensionsPositive)
        let forced = ForcedLabourIndicator.allCases.compactMap { f -> ForcedLabourFinding? in
            let ids = yes.filter { $0.forcedLabour.contains(f) }.map(\.id)
            return ids.isEmpty ? nil : ForcedLabourFinding(indicator: f, title: f.title, questionIDs: ids)
        }
        let ignored = a.answers.keys.filter { questionByID[$0] == nil }.sorted()
        return IndicatorScreening(child: child, dimensions: dims, outcome: outcome, forcedLabour: forced,
                                  ignoredAnswers: ignored, caveats: caveats)
    }
}
