extension OfferConditions {
    static let money: [String: OfferCondition] = [
        "worker_pays_placement_costs": { c in
            let a = c.answers
            let channels = Set(a.paymentChannels ?? [])
            let paid = a.askedToPay == .yes || !a.payments.isEmpty
                || !channels.isDisjoint(with: [.agencyAccount, .personalAccount, .cashToPerson, .loanOrWageDeduction])
            guard paid else { return a.askedToPay == .no ? .notRaised : .unjudged([.askedToPay]) }
            var details: [OfferText] = []
            if !a.payments.isEmpty { details.append(paymentSummary(a.payments, c)) }
            if channels.contains(.loanOrWageDeduction) {
                details.append(OfferText(id: "Biaya dibayar dengan utang atau potongan gaji.", en: "The costs are paid by a loan or wage deductions."))
            }
            let exempt = a.job.flatMap { c.hit("fee_exempt_jobs", $0.rawValue) }
            return .raised(details: details, lists: exempt.map { [$0] } ?? [])
        },
        "payment_to_personal_account": { c in
            channelFlag(c, [.personalAccount, .cashToPerson])
        },
        "recruiter_loan_or_wage_deduction": { c in
            channelFlag(c, [.loanOrWageDeduction])
        },
    ]

    /// Raised when any of `flagged` is among the channels; open while the channels are not known.
    private static func channelFlag(_ c: CheckContext, _ flagged: Set<PaymentChannel>) -> Judgement {
        let a = c.answers
        let known = (a.paymentChannels ?? []).filter { $0 != .unknown }
        guard !known.isEmpty else {
            return a.askedToPay == .no && a.payments.isEmpty ? .notRaised : .unjudged([.paymentChannels])
        }
        let hits = known.filter(flagged.contains)
        guard !hits.isEmpty else { return .notRaised }
        let labels = hits.map { c.label("payment_channel", $0.rawValue) }
        return .raised(details: [OfferText(id: "Cara bayar: " + labels.map(\.id).joined(separator: ", ") + ".",
                                           en: "How it is paid: " + labels.map(\.en).joined(separator: ", ") + ".")])
    }

    /// "Asked to pay: ticket (Rp3.500.000), visa; amounts named add up to Rp5.000.000."
    static func paymentSummary(_ payments: [PaymentItem], _ c: CheckContext) -> OfferText {
        func item(_ p: PaymentItem, _ english: Bool) -> String {
            let l = c.label("payment_item", p.item.rawValue)
            let name = english ? l.en : l.id
            guard let amount = p.amountRupiah else { return name }
            return "\(name) (\(Rupiah.format(amount, english: english)))"
        }
        let amounts = payments.compactMap(\.amountRupiah)
        let total = amounts.reduce(0) { $0.addingReportingOverflow($1).overflow ? Int.max : $0 + $1 }
        var id = "Diminta membayar: " + payments.map { item($0, false) }.joined(separator: ", ")
        var en = "Asked to pay: " + payments.map { item($0, true) }.joined(separator: ", ")
        if amounts.count > 1 {
            id += "; jumlah yang disebut \(Rupiah.format(total, english: false))"
            en += "; the amounts named add up to \(Rupiah.format(total, english: true))"
        }
        return OfferText(id: id + ".", en: en + ".")
    }
}

/// Rupiah as each language writes it: `Rp3.500.000` and `IDR 3,500,000`.
public enum Rupiah {
    public static func format(_ amount: Int, english: Bool) -> String {
        let digits = Array(String(amount.magnitude))
        var grouped = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(english ? "," : ".") }
            grouped.append(d)
        }
        let sign = amount < 0 ? "-" : ""
        return english ? "IDR \(sign)\(grouped)" : "\(sign)Rp\(grouped)"
    }
}
