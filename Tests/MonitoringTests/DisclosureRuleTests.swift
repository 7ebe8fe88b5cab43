import Testing
@testable import Monitoring

@Suite struct DisclosureRuleTests {
    func table(_ counts: [Int], total: Int) -> IndicatorTable {
        IndicatorTable(columns: [IndicatorColumn("n", "n", "n", .count)],
                       rows: counts.enumerated().map { IndicatorRow(key: "r\($0)", label: ("r", "r"), cells: [.count($1)]) },
                       total: IndicatorRow(key: "total", label: ("t", "t"), cells: [.count(total)]))
    }

    @Test func noShownCountFallsBetweenOneAndKMinusOne() throws {
        let rule = try DisclosureRule.protected(k: 11)
        for n in 0...200 {
            let shown = rule.rounded(n)
            #expect(shown == 0 || shown >= 11, "\(n) shown as \(shown)")
            #expect(shown % 5 == 0)
            if n >= 11 { #expect(abs(shown - n) <= 4) }
        }
    }

    @Test func aLoneSmallCellTakesThePartnerWithIt() throws {
        let shown = try DisclosureRule.protected(k: 11).apply(table([40, 3, 25, 0, 60], total: 128))
        let cells = shown.rows.map(\.cells[0])
        #expect(cells[1] == .suppressed)
        // 25 is the smallest other non-zero cell: without hiding it, 128 − 40 − 60 − 0 − 25 gives 3 away.
        #expect(cells[2] == .suppressed)
        #expect(cells[0] == .number(40, decimals: 0) && cells[3] == .number(0, decimals: 0) && cells[4] == .number(60, decimals: 0))
        #expect(shown.total?.cells[0] == .number(130, decimals: 0))
    }

    @Test func twoSmallCellsNeedNoPartner() throws {
        let shown = try DisclosureRule.protected(k: 11).apply(table([40, 3, 4, 60], total: 107))
        #expect(shown.rows.map(\.cells[0]) == [.number(40, decimals: 0), .suppressed, .suppressed, .number(60, decimals: 0)])
    }

    @Test func exactModeShowsEveryCount() {
        let shown = DisclosureRule.exact().apply(table([40, 3, 25], total: 68))
        #expect(shown.rows.map(\.cells[0]) == [.number(40, decimals: 0), .number(3, decimals: 0), .number(25, decimals: 0)])
    }

    @Test func aShareRestingOnFewRecordsIsHidden() throws {
        let t = IndicatorTable(columns: [IndicatorColumn("p", "p", "p", .percent), IndicatorColumn("m", "m", "m", .median)],
                               rows: [IndicatorRow(key: "a", label: ("a", "a"), cells: [.percent(numerator: 2, denominator: 50), .median(4, n: 3)]),
                                      IndicatorRow(key: "b", label: ("b", "b"), cells: [.percent(numerator: 30, denominator: 60), .median(9, n: 30)])],
                               total: nil)
        let shown = try DisclosureRule.protected().apply(t)
        #expect(shown.rows[0].cells == [.suppressed, .suppressed])
        #expect(shown.rows[1].cells == [.number(50, decimals: 0), .number(9, decimals: 0)])
    }

    @Test func aThresholdUnderFiveIsRefused() {
        #expect(throws: MonitoringError.thresholdTooLow(4)) { try DisclosureRule.protected(k: 4) }
        #expect((try? DisclosureRule.protected(k: 5)) != nil)
    }
}
