import Cases
import Coordination

/// First-instance verdicts as Indonesian courts give them in trafficking cases (legal facts
/// §2.9–2.10): mostly convictions; the same facts decided under different laws; migrant-labour
/// cases often under UU 18/2017 instead of UU 21/2007; sentences now and then below the
/// statutory minimum; restitution in some decisions.
struct DemoVerdicts {
    let facts: DemoJustice.Facts
    /// The court's register number, counted per case so two suspects get two numbers.
    private var filed = 0

    init(facts: DemoJustice.Facts) { self.facts = facts }

    /// The day UU 21/2007 Pasal 2 gave way to KUHP Pasal 455 (KUHP Pasal 622 ayat (1) huruf q).
    static let newCodeInForce = CalendarDate(year: 2026, month: 1, day: 2)!

    func outcome(rng: inout SeededRandom) -> VerdictOutcome {
        rng.weighted([(.convicted, 90), (.acquitted, 7), (.releasedFromCharges, 3)])
    }

    mutating func verdict(_ outcome: VerdictOutcome, on date: CalendarDate, restitution: Int64,
                          rng: inout SeededRandom) -> Verdict {
        filed += 1
        let reference = "\(rng.int(1...999) + filed)/Pid.Sus/\(date.year)/PN \(Self.courtCode(facts.regency))"
        guard outcome == .convicted else {
            return Verdict(outcome: outcome, articles: [], sentenceMonths: 0, courtReference: reference)
        }
        let article = self.article(on: date, rng: &rng)
        let (months, fine) = Self.sentence(article, rng: &rng)
        return Verdict(outcome: .convicted, articles: [article], sentenceMonths: months, fineRupiah: fine,
                       restitutionOrderedRupiah: restitution, courtReference: reference)
    }

    /// The appeal court's change: a heavier or lighter term, the rest as it was.
    func amended(_ v: Verdict, rng: inout SeededRandom) -> Verdict? {
        guard v.outcome == .convicted, v.sentenceMonths > 0 else { return nil }
        let months = max(1, v.sentenceMonths + (rng.chance(0.6) ? 1 : -1) * rng.int(6...24))
        return Verdict(outcome: .convicted, articles: v.articles, sentenceMonths: months, fineRupiah: v.fineRupiah,
                       restitutionOrderedRupiah: v.restitutionOrderedRupiah, courtReference: v.courtReference)
    }

    /// The provision the court convicted under, by the kind of case.
    func article(on date: CalendarDate, rng: inout SeededRandom) -> String {
        let core = date >= Self.newCodeInForce ? "KUHP Pasal 455" : "UU 21/2007 Pasal 2"
        let child = facts.victims.contains { $0.age < 18 }
        let labour = facts.types.contains { [.forcedLabour, .servitude, .slaveryOrSimilar].contains($0) }
        let sexual = facts.types.contains { [.prostitution, .sexualExploitation].contains($0) }
        if facts.abroad && labour {
            return rng.weighted([("UU 21/2007 Pasal 4", 38), ("UU 18/2017 Pasal 81", 32), (core, 20),
                                 ("UU 21/2007 Pasal 10", 6), (child ? "UU 21/2007 Pasal 6" : core, 4)])
        }
        if sexual && child {
            return rng.weighted([(core, 35), ("UU 35/2014 Pasal 76I jo. Pasal 88", 20), ("UU 21/2007 Pasal 12", 15),
                                 ("UU 21/2007 Pasal 6", 12), ("UU 35/2014 Pasal 76F jo. Pasal 83", 10), ("UU 21/2007 Pasal 10", 8)])
        }
        if sexual {
            return rng.weighted([(core, 55), ("KUHP Pasal 296", 14), ("UU 21/2007 Pasal 12", 12), ("KUHP Pasal 506", 9),
                                 ("UU 21/2007 Pasal 10", 6), (facts.abroad ? "UU 21/2007 Pasal 4" : core, 4)])
        }
        if child {
            return rng.weighted([(core, 50), ("UU 21/2007 Pasal 6", 25), ("UU 35/2014 Pasal 76I jo. Pasal 88", 15), ("UU 21/2007 Pasal 10", 10)])
        }
        return rng.weighted([(core, 70), (facts.abroad ? "UU 21/2007 Pasal 4" : core, 15), ("UU 21/2007 Pasal 10", 10),
                             ("UU 18/2017 Pasal 81", labour ? 5 : 0), (core, labour ? 0 : 5)])
    }

    /// Months of prison and the fine in rupiah, within what courts give under each provision.
    static func sentence(_ article: String, rng: inout SeededRandom) -> (months: Int, fine: Int64) {
        let jt: Int64 = 1_000_000
        switch article {
        case "KUHP Pasal 296", "KUHP Pasal 506":
            return (rng.int(4...16), 0)
        case "UU 18/2017 Pasal 81":
            let months = rng.weighted([(12...35, 45), (36...72, 45), (6...11, 10)])
            return (rng.int(months), Int64(rng.int(5...100)) * 10 * jt)
        case "UU 35/2014 Pasal 76I jo. Pasal 88", "UU 35/2014 Pasal 76F jo. Pasal 83":
            return (rng.int(24...120), Int64(rng.int(6...30)) * 10 * jt)
        case "KUHP Pasal 455":
            // Prison or a fine (UU 1/2026): a fine alone now and then; the 3-year minimum is disputed.
            if rng.chance(0.04) { return (0, Int64(rng.int(5...200)) * 10 * jt) }
            return (trafficking(rng: &rng), 0)
        default:
            return (trafficking(rng: &rng), Int64(rng.int(12...60)) * 10 * jt)
        }
    }

    /// A UU 21/2007 term: mostly 3–10 years, some longer, some below the 3-year minimum.
    private static func trafficking(rng: inout SeededRandom) -> Int {
        let range = rng.weighted([(36...120, 74), (121...180, 8), (12...35, 13), (6...11, 5)])
        return rng.int(range)
    }

    /// `Kabupaten Timor Tengah Selatan` → `Tim`: the court's short name as case numbers carry it.
    static func courtCode(_ regency: String) -> String {
        let town = regency.replacingOccurrences(of: "Kabupaten ", with: "").replacingOccurrences(of: "Kota ", with: "")
        return String(town.filter { $0 != " " }.prefix(3))
    }
}
