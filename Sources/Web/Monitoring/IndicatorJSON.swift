import Foundation
import Monitoring

/// An indicator in the API: its definition's id and version, the filter, and the protected
/// figures. A suppressed cell is `null` with `"suppressed": true`, never a number.
struct IndicatorJSON: Encodable {
    let id: String
    let version: Int
    let name: IndicatorDefinition.Words
    let breakdown: String
    let filter: [String: String]
    let readAt: String
    let disclosure: Disclosure
    let noData: Bool
    let columns: [Column]
    let rows: [Row]
    let total: Row?
    let leftOut: [LeftOutJSON]
    let notes: [IndicatorDefinition.Words]

    struct Disclosure: Encodable { let mode: String; let k: Int?; let roundedTo: Int? }
    struct Column: Encodable { let id: String; let name: IndicatorDefinition.Words; let kind: String }
    struct Row: Encodable { let key: String; let label: IndicatorDefinition.Words; let values: [Cell] }
    struct Cell: Encodable { let value: Double?; let suppressed: Bool }
    struct LeftOutJSON: Encodable { let count: Int; let reason: IndicatorDefinition.Words }

    init(definition d: IndicatorDefinition, breakdown: String, filter: MonitoringFilter, readAt: Date, raw: IndicatorTable, table t: ProtectedTable) {
        id = d.id
        version = d.version
        name = d.name
        self.breakdown = breakdown
        self.filter = Dictionary(filter.parameters, uniquingKeysWith: { a, _ in a })
        self.readAt = ISO8601DateFormatter().string(from: readAt)
        let protected = t.rule.mode == .protected
        disclosure = Disclosure(mode: t.rule.mode.rawValue, k: protected ? t.rule.k : nil, roundedTo: protected ? DisclosureRule.roundingBase : nil)
        noData = raw.isEmpty
        columns = t.columns.map { Column(id: $0.id, name: .init($0.label), kind: $0.kind.rawValue) }
        func row(_ r: ProtectedRow) -> Row {
            Row(key: r.key, label: .init(r.label), values: r.cells.map { Cell(value: $0.number, suppressed: $0 == .suppressed) })
        }
        rows = t.rows.map(row)
        total = t.total.map(row)
        leftOut = raw.leftOut.map { LeftOutJSON(count: $0.count, reason: .init($0.reason)) }
        notes = raw.notes.map { .init($0) }
    }

    /// `GET /api/v1/indicators`: the registry.
    struct List: Encodable {
        let version: Int
        let updated: String
        let indicators: [Entry]

        struct Entry: Encodable {
            let id: String
            let version: Int
            let name: IndicatorDefinition.Words
            let unit: String
            let breakdowns: [String]
            let defaultBreakdown: String
            let periodTypes: [String]
            let obligations: [Obligation]
        }
        struct Obligation: Encodable { let instrument: String; let provision: String; let source: String; let confidence: String }

        init(_ r: IndicatorRegistry) {
            version = r.version
            updated = r.updated
            indicators = r.indicators.map { d in
                Entry(id: d.id, version: d.version, name: d.name, unit: d.unit, breakdowns: d.breakdowns, defaultBreakdown: d.defaultBreakdown,
                      periodTypes: d.periodTypes,
                      obligations: d.obligations.map { Obligation(instrument: $0.instrument, provision: $0.provision, source: $0.source, confidence: $0.confidence) })
            }
        }
    }
}

extension IndicatorDefinition.Words {
    init(_ pair: (id: String, en: String)) { self.init(id: pair.id, en: pair.en) }
}
