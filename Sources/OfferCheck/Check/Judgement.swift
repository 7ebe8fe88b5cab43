/// What one condition concludes about one offer.
enum Judgement: Sendable, Equatable {
    /// The flag is raised; `details` say why for these answers, `lists` are the entries that made it fire.
    case raised(details: [OfferText] = [], lists: [ListHit] = [])
    case notRaised
    /// The answers do not allow a judgement; these questions would.
    case unjudged([OfferQuestion])


    /// The usual yes/no question: `flagOn` raises it, the other answer clears it.
    static func answer(_ a: YesNo?, flagOn: YesNo, _ q: OfferQuestion) -> Judgement {
        switch a {
        case .some(flagOn): .raised()
        case .yes, .no: .notRaised
        default: .unjudged([q])
        }
    }
}

/// A value found on a dated list, with the entry that holds on the day of the check.
struct ListHit: Sendable, Equatable {
    let list: RuleList
    let entry: ListEntry
}

/// Everything a condition may read: the answers, the day, the registry's word, the lists.
struct CheckContext: Sendable {
    let answers: OfferAnswers
    let day: CalendarDay
    let agency: AgencyStatus?
    let rules: OfferRules

    /// The entry for `value` on list `code`, if both hold on the day of the check.
    func hit(_ code: String, _ value: String?) -> ListHit? {
        guard let value, let list = rules.list(code), let entry = list.entry(value, on: day) else { return nil }
        return ListHit(list: list, entry: entry)
    }

    /// An answer code's label, or the code itself if the data lacks it (a test forbids that).
    func label(_ set: String, _ code: String) -> OfferText {
        rules.label(set, code) ?? OfferText(id: code, en: code)
    }
}

typealias OfferCondition = @Sendable (CheckContext) -> Judgement
