extension OfferAnswers {
    /// The questions that apply to these answers but were left out or answered "I don't know",
    /// in the order of the form. A question that cannot apply (the licence number when an
    /// individual made the offer, how the money goes when nothing was asked) is not listed.
    public var unanswered: [OfferQuestion] {
        OfferQuestion.allCases.filter { !$0.isDetail && applies($0) && !isAnswered($0) }
    }

    func applies(_ q: OfferQuestion) -> Bool {
        switch q {
        case .licenceShown: offeredBy != .person
        case .companyName: offeredBy == .company
        case .licenceNumber: offeredBy == .company && licenceShown != .no
        case .paymentChannels: askedToPay != .no || !payments.isEmpty
        case .contractLanguageUnderstood: contract != .noContract
        default: true
        }
    }

    func isAnswered(_ q: OfferQuestion) -> Bool {
        switch q {
        case .offeredBy: offeredBy.isKnown
        case .licenceShown: licenceShown.isKnown || hasText(licenceNumber)
        case .companyName: hasText(companyName)
        case .licenceNumber: hasText(licenceNumber)
        case .recruiterName: hasText(recruiterName)
        case .recruiterPhone: hasText(recruiterPhone)
        case .destinationCountry: hasText(destinationCountry)
        case .job: job.isKnown
        case .jobDescription: hasText(jobDescription)
        case .employerKind: employerKind.isKnown
        case .askedToPay: askedToPay.isKnown || !payments.isEmpty
        case .payments: !payments.isEmpty
        case .paymentChannels: !(paymentChannels ?? []).filter({ $0 != .unknown }).isEmpty
        case .visaType: visaType.isKnown
        case .contract: contract.isKnown
        case .contractMissing: !contractMissing.isEmpty
        case .contractLanguageUnderstood: contractLanguageUnderstood.isKnown
        case .placementAgreement: placementAgreement.isKnown
        case .trainingCertificate: trainingCertificate.isKnown
        case .medicalCheck: medicalCheck.isKnown
        case .bpjsKetenagakerjaan: bpjsKetenagakerjaan.isKnown
        case .familyPermission: familyPermission.isKnown
        case .registeredLTSA: registeredLTSA.isKnown
        case .age: age != nil
        case .passportHolder: passportHolder.isKnown
        case .tooGoodToBeTrue: tooGoodToBeTrue.isKnown
        case .chatOnlyContact: chatOnlyContact.isKnown
        case .askedToFalsify: askedToFalsify.isKnown
        }
    }

    private func hasText(_ s: String?) -> Bool {
        !(s ?? "").allSatisfy(\.isWhitespace)
    }
}

extension Optional where Wrapped: AnswerCode {
    /// Answered with something other than "I don't know".
    var isKnown: Bool {
        guard let self else { return false }
        return self.rawValue != "unknown"
    }
}
