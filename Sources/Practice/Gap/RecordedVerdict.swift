import Foundation
import Law

/// A verdict as the implementation gap counts it, whether recorded in Simpul's justice track or
/// encoded from a published decision: the court, the province, what it convicted under and the term.
public struct RecordedVerdict: Sendable, Hashable {
    /// The court's short name, e.g. `PN Sby`; nil when not recorded.
    public let court: String?
    public let provinceCode: String?
    public let convicted: Bool
    public let articles: [String]
    public let sentenceMonths: Int?
    /// Whether the statute's reading (a case's latest screening, or the engine on a decision's
    /// facts) found a trafficking offence; nil when the case was never screened.
    public let statuteFoundOffence: Bool?

    public init(court: String?, provinceCode: String?, convicted: Bool, articles: [String], sentenceMonths: Int?, statuteFoundOffence: Bool?) {
        self.court = court
        self.provinceCode = provinceCode
        self.convicted = convicted
        self.articles = articles
        self.sentenceMonths = sentenceMonths
        self.statuteFoundOffence = statuteFoundOffence
    }

    /// The court named by a case number's last part: `123/Pid.Sus/2026/PN Sby` gives `PN Sby`,
    /// `1234 K/Pid.Sus/2019` gives nil (a Supreme Court number names no first-instance court).
    public static func court(ofReference reference: String?) -> String? {
        guard let last = reference?.split(separator: "/").last?.trimmingCharacters(in: .whitespaces) else { return nil }
        let words = last.split(separator: " ")
        guard words.count >= 2, ["PN", "PT", "MA"].contains(words[0]) else { return nil }
        return words.joined(separator: " ")
    }

    /// A screening found a trafficking offence: an offence with an article of UU 21/2007 or KUHP Pasal 455.
    public static func foundTraffickingOffence(nationalVerdict: String, articles: [String]) -> Bool {
        nationalVerdict == "offence" && articles.contains(where: ArticleCitation.isTraffickingLaw)
    }
}

extension RecordedVerdict {
    /// A bundled decision, with the engine's reading of its facts.
    public init(_ d: CourtDecision, statuteFoundOffence: Bool) {
        self.init(court: Self.court(ofReference: d.number) ?? d.level.rawValue, provinceCode: d.provinceCode,
                  convicted: d.outcome == .convicted, articles: d.convictedUnder, sentenceMonths: d.sentenceMonths,
                  statuteFoundOffence: statuteFoundOffence)
    }
}

extension RecordedVerdict {
    /// The bundled decisions as verdicts, each with the engine's reading of the decision's own facts.
    public static func reading(_ decisions: [CourtDecision], today: Date) -> [RecordedVerdict] {
        decisions.map { d in
            let national = Screening.screen(d.facts, today: today).national
            return RecordedVerdict(d, statuteFoundOffence: foundTraffickingOffence(nationalVerdict: national.verdict.rawValue, articles: national.articles))
        }
    }
}
