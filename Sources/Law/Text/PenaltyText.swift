/// Writes amounts and penalty ranges as people read them: "Rp120.000.000" in Indonesian,
/// "Rp120,000,000" in English. Plain arithmetic, no formatters, so rendering stays fast.
public enum PenaltyText {
    public static func rupiah(_ amount: Int, _ language: ScreeningLanguage) -> String {
        let sep: Character = language == .indonesian ? "." : ","
        var digits = Array(String(amount))
        var out: [Character] = []
        while digits.count > 3 {
            out.insert(contentsOf: [sep] + digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        return "Rp" + String(digits + out)
    }

    static func years(_ y: Double, _ language: ScreeningLanguage) -> String {
        let whole = y.rounded(.towardZero)
        if whole == y { return String(Int(whole)) }
        let hundredths = Int((y * 100).rounded()) % 100
        let frac = hundredths < 10 ? "0\(hundredths)" : String(hundredths)
        return "\(Int(whole))\(language == .indonesian ? "," : ".")\(frac)"
    }

    public static func describe(_ p: Penalty, _ language: ScreeningLanguage) -> String {
        let id = language == .indonesian
        let y = { years($0, language) }
        let prison: String = switch (p.prisonYearsMin, p.prisonYearsMax, p.life) {
        case (let lo?, _, true): id ? "penjara \(y(lo)) tahun sampai seumur hidup" : "\(y(lo)) years to life imprisonment"
        case (nil, _, true): id ? "penjara seumur hidup" : "life imprisonment"
        case (let lo?, let hi?, false): id ? "penjara \(y(lo))–\(y(hi)) tahun" : "\(y(lo))–\(y(hi)) years' imprisonment"
        case (nil, let hi?, false): id ? "penjara paling lama \(y(hi)) tahun" : "at most \(y(hi)) years' imprisonment"
        case (let lo?, nil, false): id ? "penjara paling singkat \(y(lo)) tahun" : "at least \(y(lo)) years' imprisonment"
        case (nil, nil, false): ""
        }
        let r = { rupiah($0, language) }
        let fine: String = switch (p.fineMinRp, p.fineMaxRp) {
        case (let lo?, let hi?): id ? "denda \(r(lo))–\(r(hi))" : "a fine of \(r(lo))–\(r(hi))"
        case (nil, let hi?): id ? "denda paling banyak \(r(hi))" : "a fine of at most \(r(hi))"
        case (let lo?, nil): id ? "denda paling sedikit \(r(lo))" : "a fine of at least \(r(lo))"
        case (nil, nil): ""
        }
        if prison.isEmpty || fine.isEmpty { return prison + fine }
        let join = p.cumulative ? (id ? " dan " : " and ") : (id ? " atau " : " or ")
        return prison + join + fine
    }
}
