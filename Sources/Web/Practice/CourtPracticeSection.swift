import Law
import Markup
import Practice

/// "Praktik pengadilan / Court practice" on a screening memo: what courts did with similar facts,
/// the decisions with their citations and why each is similar, and where practice departs from
/// the statute. An empty set, or nothing similar, is said plainly.
enum CourtPracticeSection {
    /// The comparison for a screening against the bundled decisions (indexed once, on first use).
    static func compare(_ facts: CaseFacts, _ result: ScreeningResult) -> Result<PracticeComparison, DecisionSetError> {
        BundledDecisions.index.map { $0.compare(facts, screening: result) }
    }

    static func section(_ practice: Result<PracticeComparison, DecisionSetError>, _ lang: Lang) -> Node {
        // With decisions to show, the section is an annex that prints on its own page after the one-page memo.
        let annex = (try? practice.get()).map { !$0.matches.isEmpty } ?? false
        return .section(.class(annex ? "memo-practice annex" : "memo-practice"), .id("praktik-pengadilan"),
            .h2(.plain(lang("Praktik pengadilan", "Court practice"))),
            body(practice, lang))
    }

    private static func body(_ practice: Result<PracticeComparison, DecisionSetError>, _ lang: Lang) -> Node {
        switch practice {
        case .failure:
            return .p(.class("practice-none"), .plain(lang("Kumpulan putusan tidak dapat dibaca; praktik pengadilan tidak ditampilkan.",
                                                           "The set of decisions could not be read; court practice is not shown.")))
        case .success(let c) where c.decisionsKnown == 0:
            return .p(.class("practice-none"), .plain(lang("Simpul belum memuat putusan pengadilan; belum ada praktik untuk dibandingkan.",
                                                           "Simpul holds no court decisions yet; there is no practice to compare.")))
        case .success(let c) where c.matches.isEmpty:
            return .p(.class("practice-none"), .plain(lang(
                "Tidak ada putusan serupa di antara \(c.decisionsKnown) putusan yang dimuat Simpul.",
                "No similar decision among the \(c.decisionsKnown) decisions Simpul holds.")))
        case .success(let c):
            return .group(
                .p(.plain(lang(c.summary.text.id, c.summary.text.en))),
                .if(!c.difference.statements.isEmpty, .group(
                    .h3(.plain(lang("Beda dengan bunyi undang-undang", "Difference from the statutory reading"))),
                    .ul(.forEach(c.difference.statements) { .li(.class("statement-" + $0.kind.rawValue), .plain(lang($0.id, $0.en))) }))),
                // Open, and printed with the annex: a prosecutor's file needs the citations. It can be
                // folded away on a screen.
                .details(.class("practice-decisions"), .attribute(named: "open"),
                    .summary(.plain(lang("Putusan serupa (\(c.matches.count) teratas)", "Similar decisions (top \(c.matches.count))"))),
                    .p(.class("memo-note"), .plain(lang(
                        "Dipilih menurut kemiripan fakta, bukan menurut kekuatan hukumnya; putusan pengadilan lain tidak mengikat.",
                        "Chosen by how alike their facts are, not by their authority; other courts' decisions do not bind."))),
                    .ol(.forEach(c.matches) { decision($0, lang) })))
        }
    }

    private static func decision(_ m: DecisionMatch, _ lang: Lang) -> Node {
        let d = m.decision, outcome = PracticeText.outcome(d), resemblance = PracticeText.resemblance(m)
        return .li(
            .p(.strong(.plain(d.number)), .plain(" · \(d.court) · \(d.year) · " + lang(outcome.id, outcome.en))),
            .p(.plain(lang(d.summary.id, d.summary.en))),
            .p(.small(.plain(lang(resemblance.id, resemblance.en)))),
            .p(.plain(lang("Sumber: ", "Source: ")), .a(.href(d.source.url), .rel(.noreferrer), .plain(d.source.title))))
    }
}
