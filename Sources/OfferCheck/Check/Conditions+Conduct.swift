extension OfferConditions {
    static let conduct: [String: OfferCondition] = [
        "under_18": { c in
            guard let age = c.answers.age else { return .unjudged([.age]) }
            guard age < 18 else { return .notRaised }
            return .raised(details: [OfferText(id: "Umur yang disebut: \(age) tahun.", en: "Age given: \(age).")])
        },
        "passport_held_by_recruiter": { c in
            switch c.answers.passportHolder {
            case .worker, .notIssued: return .notRaised
            case nil, .unknown: return .unjudged([.passportHolder])
            case let holder?:
                let l = c.label("passport_holder", holder.rawValue)
                return .raised(details: [OfferText(id: "Paspor dipegang oleh: \(l.id).", en: "Passport held by: \(l.en).")])
            }
        },
        "asked_to_falsify": { c in .answer(c.answers.askedToFalsify, flagOn: .yes, .askedToFalsify) },
        "too_good_to_be_true": { c in .answer(c.answers.tooGoodToBeTrue, flagOn: .yes, .tooGoodToBeTrue) },
        "chat_only_contact": { c in .answer(c.answers.chatOnlyContact, flagOn: .yes, .chatOnlyContact) },
    ]
}
