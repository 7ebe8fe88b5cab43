import Monitoring

/// How a shown value reads on a page: Indonesian digit grouping (1.234,5) or English (1,234.5);
/// "—" for no data; a dagger-free word for a suppressed cell, so a screen reader says it.
enum ShownText {
    static func text(_ value: ShownValue, kind: IndicatorColumn.Kind, lang: Lang) -> String {
        switch value {
        case .number(let x, let decimals):
            let n = lang.number(x, decimals: decimals)
            switch kind {
            case .percent: return n + " %"
            case .rupiah: return "Rp" + n
            default: return n
            }
        case .suppressed: return lang("disembunyikan", "suppressed")
        case .noData: return "—"
        case .notApplicable: return lang("t.b.", "n/a")
        }
    }
}
