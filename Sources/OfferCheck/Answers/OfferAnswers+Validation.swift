extension OfferAnswers {
    /// Limits of the contract, here so the README, the form and the checks agree.
    public static let ageRange = 10...100
    public static let maxNameLength = 200
    public static let maxTextLength = 500
    public static let maxPhoneLength = 40

    /// Refuses answers built in code that the JSON reader would refuse: every problem listed.
    public func validate() throws(OfferAnswersError) {
        let problems = valueProblems()
        if !problems.isEmpty { throw OfferAnswersError(Self.inFieldOrder(problems)) }
    }

    /// Range, length, country and consistency problems; types and codes are the reader's job.
    func valueProblems() -> [OfferAnswersProblem] {
        var out: [OfferAnswersProblem] = []
        func limit(_ s: String?, _ max: Int, _ field: String) {
            if let s, s.count > max { out.append(.tooLong(field, s, max: max)) }
        }
        limit(companyName, Self.maxNameLength, "company_name")
        limit(licenceNumber, Self.maxNameLength, "licence_number")
        limit(recruiterName, Self.maxNameLength, "recruiter_name")
        if let p = recruiterPhone, p.count > Self.maxPhoneLength {
            out.append(.tooLong("recruiter_phone", p, max: Self.maxPhoneLength))
        } else if let p = recruiterPhone, !p.allSatisfy(\.isWhitespace), Self.phoneKey(p) == nil {
            out.append(.notAPhone("recruiter_phone", p))
        }
        if licenceShown == .no, let n = licenceNumber, !n.allSatisfy(\.isWhitespace) {
            out.append(.contradiction("licence_number", n, because: OfferText(
                id: "nomor izin diisi, padahal licence_shown = no", en: "a licence number is given but licence_shown is no")))
        }
        if let d = destinationCountry {
            if !ISOCountry.isAssigned(d) { out.append(.notACountry("destination_country", d)) }
            else if d == "ID" { out.append(.notAbroad("destination_country", d)) }
        }
        limit(jobDescription, Self.maxTextLength, "job_description")
        if askedToPay == .no, !payments.isEmpty {
            out.append(.contradiction("payments", nil, because: OfferText(
                id: "ada biaya yang disebut, padahal asked_to_pay = no", en: "costs are listed but asked_to_pay is no")))
        }
        for (i, p) in payments.enumerated() {
            if let a = p.amountRupiah, a < 0 { out.append(.negative("payments[\(i)].amount_rupiah", a)) }
            limit(p.description, Self.maxTextLength, "payments[\(i)].description")
        }
        out += exclusiveProblems(paymentChannels ?? [], exclusive: [.nothingPaid, .unknown], field: "payment_channels")
        out += duplicateProblems(contractMissing, field: "contract_missing")
        if !contractMissing.isEmpty, let c = contract, c != .missingEssentials {
            out.append(.contradiction("contract_missing", nil, because: OfferText(
                id: "isi kontrak yang kurang disebut, padahal contract = \(c.rawValue)",
                en: "missing contract items are listed but contract is \(c.rawValue)")))
        }
        if let a = age, !Self.ageRange.contains(a) {
            out.append(.outOfRange("age", a, Self.ageRange, unit: OfferText(id: "tahun", en: "years")))
        }
        return out
    }

    private func duplicateProblems<C: AnswerCode>(_ codes: [C], field: String) -> [OfferAnswersProblem] {
        var seen: Set<C> = []
        return codes.enumerated().compactMap { i, c in seen.insert(c).inserted ? nil : .duplicate("\(field)[\(i)]", c.rawValue) }
    }

    /// "none" and "I don't know" cannot stand beside another channel.
    private func exclusiveProblems(_ codes: [PaymentChannel], exclusive: Set<PaymentChannel>, field: String) -> [OfferAnswersProblem] {
        var out = duplicateProblems(codes, field: field)
        if codes.count > 1, let e = codes.first(where: exclusive.contains) {
            out.append(.contradiction(field, e.rawValue, because: OfferText(
                id: "\"\(e.rawValue)\" tidak bisa digabung dengan cara bayar lain",
                en: "\"\(e.rawValue)\" cannot be combined with another channel")))
        }
        return out
    }
}
