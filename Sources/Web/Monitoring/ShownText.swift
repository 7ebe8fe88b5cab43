import Monitoring

/// How a shown value reads on a page: Indonesian digit grouping (1.234,5) or English (1,234.5);
/// "—" for no data; a dagger-free word for a suppressed cell, so a screen reader says it.
enum ShownText {
    static func text(_ value: ShownValue, kind: IndicatorColumn.Kind, lang: Lang) -> String {
        switch value {
        case .number(let x, let decimals):
            let n = number(x, decimals: decimals, lang: lang)
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

    static func number(_ x: Double, decimals: Int, lang: Lang) -> String {
        let negative = x < 0
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(x) * scale).rounded())
        let whole = scaled / Int64(scale), fraction = scaled % Int64(scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = (lang.isEnglish ? "," : ".") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let f = String(fraction)
            grouped += (lang.isEnglish ? "." : ",") + String(repeating: "0", count: decimals - f.count) + f
        }
        return (negative ? "-" : "") + grouped
    }
}
