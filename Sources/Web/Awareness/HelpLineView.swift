import Markup
import OfferCheck

/// A help line as data shows it: its name, its number as a link to call, and when the number
/// was last checked — or that it has not been checked again since it was written down.
enum HelpLineView {
    static func item(_ line: HelpLine, lang: Lang) -> Node {
        .li(.plain(lang(line.name) + ": "), .a(.href("tel:" + dialled(line.number)), .strong(.plain(line.number))),
            .span(.class("hint"), .plain(checked(line, lang))))
    }

    static func checked(_ line: HelpLine, _ lang: Lang) -> String {
        guard let month = line.lastVerified else {
            return lang("Tanggal pemeriksaan terakhir nomor ini tidak tercatat.", "When this number was last checked is not recorded.")
        }
        return lang("Nomor diperiksa terakhir: \(DayWords.month(month, lang)).", "Number last checked: \(DayWords.month(month, lang)).")
    }

    /// What a phone dials: the digits, with a leading + kept.
    static func dialled(_ number: String) -> String {
        (number.hasPrefix("+") ? "+" : "") + number.filter(\.isNumber)
    }
}
