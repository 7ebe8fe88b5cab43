import Cases
import Foundation
import Monitoring
import Practice

/// The implementation gap as the page shows it: the verdicts recorded in Simpul (across agencies,
/// so through the disclosure rule) beside the bundled decisions (published, so exact), each per
/// court and per province.
struct PracticeGapPage {
    let recordedByCourt: ProtectedTable
    let recordedByProvince: ProtectedTable
    let bundled: Bundled
    let rule: DisclosureRule
    /// Whether any justice track holds a verdict yet.
    let anyRecorded: Bool

    /// The bundled decisions' tables: published, so exact, and the same until a new build.
    struct Bundled: Sendable {
        let byCourt: ProtectedTable
        let byProvince: ProtectedTable
        /// False when the bundled file was refused: there are no tables to show.
        let readable: Bool

        init(_ verdicts: Result<[RecordedVerdict], DecisionSetError>) {
            let tally = GapTally((try? verdicts.get()) ?? [])
            byCourt = DisclosureRule.exact().apply(PracticeGapPage.table(tally.byCourt, total: tally.total, label: PracticeGapPage.court))
            byProvince = DisclosureRule.exact().apply(PracticeGapPage.table(tally.byProvince, total: tally.total, label: PracticeGapPage.province))
            readable = (try? verdicts.get()) != nil
        }
    }

    init(recorded: [RecordedVerdict], bundled: Bundled, rule: DisclosureRule) {
        let mine = GapTally(recorded)
        recordedByCourt = rule.apply(Self.table(mine.byCourt, total: mine.total, label: Self.court))
        recordedByProvince = rule.apply(Self.table(mine.byProvince, total: mine.total, label: Self.province))
        self.bundled = bundled
        self.rule = rule
        anyRecorded = !recorded.isEmpty
    }

    static let columns = [
        IndicatorColumn("recorded", "Putusan", "Verdicts", .count),
        IndicatorColumn("trafficking_law", "UU 21/2007 atau KUHP 455", "UU 21/2007 or KUHP 455", .count),
        IndicatorColumn("other_law", "Undang-undang lain", "Other laws", .count),
        IndicatorColumn("other_law_despite_offence", "UU lain padahal penapisan menemukan TPPO", "Other laws although screening found trafficking", .count),
        IndicatorColumn("below_minimum", "Di bawah minimum", "Below the minimum", .count),
        IndicatorColumn("minimum_unknown", "Minimum tidak diketahui", "Minimum not known", .count),
        IndicatorColumn("acquitted", "Bebas atau lepas", "Acquitted or released", .count),
    ]

    static func table(_ groups: [String: GapFigures], total: GapFigures, label: (String) -> (id: String, en: String)) -> IndicatorTable {
        func cells(_ f: GapFigures) -> [IndicatorCell] {
            [f.recorded, f.underTraffickingLaw, f.otherLaw, f.otherLawDespiteOffence, f.belowMinimum, f.minimumUnknown, f.acquitted].map { .count($0) }
        }
        let rows = groups.sorted { $0.value.recorded != $1.value.recorded ? $0.value.recorded > $1.value.recorded : $0.key < $1.key }
            .map { IndicatorRow(key: $0.key, label: label($0.key), cells: cells($0.value)) }
        return IndicatorTable(columns: columns, rows: rows, total: IndicatorRow(key: "total", label: ("Jumlah", "Total"), cells: cells(total)))
    }

    static let notRecorded = (id: "Tidak tercatat", en: "Not recorded")

    static func court(_ name: String) -> (id: String, en: String) { name == GapTally.notRecorded ? notRecorded : (name, name) }

    static func province(_ code: String) -> (id: String, en: String) {
        guard code != GapTally.notRecorded else { return notRecorded }
        let name = Province.named(code: code)?.name ?? code
        return (name, name)
    }
}
