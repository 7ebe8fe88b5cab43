/// Each question of the checker, by its stable JSON key. The question's words are data
/// (`questions` in `offer-rules.json`), so the form, the checklist and the result say the same.
public enum OfferQuestion: String, AnswerCode {
    case offeredBy = "offered_by"
    case licenceShown = "licence_shown"
    case companyName = "company_name"
    case licenceNumber = "licence_number"
    /// The name a person, an account or a company contact gave; for matching published warnings.
    case recruiterName = "recruiter_name"
    /// The recruiter's phone or WhatsApp number; for matching published warnings.
    case recruiterPhone = "recruiter_phone"
    case destinationCountry = "destination_country"
    case job
    case jobDescription = "job_description"
    case employerKind = "employer_kind"
    case askedToPay = "asked_to_pay"
    case payments
    case paymentChannels = "payment_channels"
    case visaType = "visa_type"
    case contract
    case contractMissing = "contract_missing"
    case contractLanguageUnderstood = "contract_language_understood"
    case placementAgreement = "placement_agreement"
    case trainingCertificate = "training_certificate"
    case medicalCheck = "medical_check"
    case bpjsKetenagakerjaan = "bpjs_ketenagakerjaan"
    case familyPermission = "family_permission"
    case registeredLTSA = "registered_ltsa"
    case age
    case passportHolder = "passport_holder"
    case tooGoodToBeTrue = "too_good_to_be_true"
    case chatOnlyContact = "chat_only_contact"
    case askedToFalsify = "asked_to_falsify"

    /// Details that sharpen another answer (which costs, which contract items are missing, the
    /// words of the job, who the recruiter is): leaving them out is never "not answered".
    public var isDetail: Bool {
        switch self {
        case .jobDescription, .payments, .contractMissing, .recruiterName, .recruiterPhone: true
        default: false
        }
    }
}
