import Cases
import Law

/// Why a decision resembles a case: the features on which they agree and those on which they
/// differ, in words ("similar because …; differs in …"). Built only for the decisions shown.
public struct Resemblance: Sendable, Encodable {
    public let shared: [Bilingual]
    public let differs: [Bilingual]

    init(case c: CaseFacts, decision d: CaseFacts) {
        var shared: [Bilingual] = []
        var differs: [Bilingual] = []
        let a = FactFeatures(c), b = FactFeatures(d)
        for f in Feature.allCases where a.known & b.known & f.bit != 0 {
            let mine = Self.values(f, c), theirs = Self.values(f, d)
            let common = mine.filter(theirs.contains)
            if !common.isEmpty || (mine.isEmpty && theirs.isEmpty) {
                shared.append(Self.phrase(f, common.isEmpty ? [Self.none] : common))
            }
            if SimilarityScore.agreement(f, a, b) < 1000 {
                differs.append(Bilingual(
                    id: "\(f.label.id): kasus ini \(Self.list(mine, \.id)), putusan \(Self.list(theirs, \.id))",
                    en: "\(f.label.en): this case \(Self.list(mine, \.en)), the decision \(Self.list(theirs, \.en))"))
            }
        }
        self.shared = shared
        self.differs = differs
    }

    private static let none = Bilingual(id: "tidak ada", en: "none")
    private static let yes = Bilingual(id: "ya", en: "yes")
    private static let no = Bilingual(id: "tidak", en: "no")

    private static func phrase(_ f: Feature, _ values: [Bilingual]) -> Bilingual {
        Bilingual(id: "\(f.label.id): \(list(values, \.id))", en: "\(f.label.en): \(list(values, \.en))")
    }

    private static func list(_ values: [Bilingual], _ language: KeyPath<Bilingual, String>) -> String {
        values.isEmpty ? none[keyPath: language] : values.map { $0[keyPath: language] }.joined(separator: ", ")
    }

    /// The feature's value in the facts, as words; only called for a feature the facts state.
    private static func values(_ f: Feature, _ facts: CaseFacts) -> [Bilingual] {
        let p = facts.perpetrator
        switch f {
        case .exploitation: return (facts.exploitation.types ?? []).map(\.term)
        case .acts: return (facts.acts ?? []).map(\.term)
        case .means: return (facts.means ?? []).map(\.term)
        case .harms: return (facts.harms ?? []).map(\.term)
        case .stage: return facts.stage.map { [$0.term] } ?? []
        case .child:
            return [(facts.victim.age ?? 18) < 18 ? Bilingual(id: "anak", en: "a child") : Bilingual(id: "dewasa", en: "an adult")]
        case .crossBorder:
            let abroad = facts.movement.map { $0.from != $0.to } ?? false
            return [abroad ? Bilingual(id: "lintas negara", en: "cross-border") : Bilingual(id: "dalam negeri", en: "domestic")]
        case .destination:
            // A country's name where Simpul knows the code (facts write ISO codes), else the code as written.
            return facts.movement.map { m in [Country.named(code: m.to).map { Bilingual(id: $0.name.id, en: $0.name.en) } ?? Bilingual(id: m.to, en: m.to)] } ?? []
        case .stateOfficial: return [p.stateOfficialAbusingPower == true ? yes : no]
        case .corporation: return [p.corporation == true ? yes : no]
        case .organizedGroup: return [p.organizedGroup == true ? yes : no]
        case .compelledToOffend: return [facts.victimCompelledToOffend == true ? yes : no]
        }
    }
}
