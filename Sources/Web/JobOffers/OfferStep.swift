import OfferCheck

/// The pages of the public job-offer checker, one question (or one small group of questions about
/// the same thing) per page, in the order a person tells an offer. Answers travel forward in the
/// pages themselves, as on `/lapor`: nothing is stored, no cookie is set.
enum OfferStep: String, CaseIterable, Sendable {
    case recruiter, company, destination, job, employer, costs, amounts, channels, visa, contract, language
    case documents, age, passport, conduct, result

    /// The form fields this page asks; the others travel hidden.
    var fields: [String] {
        switch self {
        case .recruiter: ["offered_by", "recruiter_name"]
        case .company: ["company_name", "licence_shown", "licence_number"]
        case .destination: ["destination_country"]
        case .job: ["job", "job_description"]
        case .employer: ["employer_kind"]
        case .costs: ["asked_to_pay", OfferForm.paymentItem, OfferForm.paymentOther]
        case .amounts: PaymentItemKind.allCases.map(OfferForm.amountField)
        case .channels: ["payment_channels"]
        case .visa: ["visa_type"]
        case .contract: ["contract", "contract_missing"]
        case .language: ["contract_language_understood"]
        case .documents: ["placement_agreement", "training_certificate", "medical_check", "bpjs_ketenagakerjaan",
                          "family_permission", "registered_ltsa"]
        case .age: ["age"]
        case .passport: ["passport_holder"]
        case .conduct: ["too_good_to_be_true", "chat_only_contact", "recruiter_phone", "asked_to_falsify"]
        case .result: []
        }
    }

    /// The page that asks a question of the contract, for "answer this" links from the result.
    static func asking(_ q: OfferQuestion) -> OfferStep {
        if q == .payments { return .costs }
        return allCases.first { $0.fields.contains(q.rawValue) } ?? .recruiter
    }

    /// The page a form field is asked on.
    static func owning(_ field: String) -> OfferStep? { allCases.first { $0.fields.contains(field) } }

    /// Whether the page applies to these answers: no company page for an offer from a person, no
    /// amounts when no cost was ticked, no question about how money is paid when none was asked
    /// for, no question about the language of a contract that does not exist.
    func applies(_ a: OfferAnswers) -> Bool {
        switch self {
        case .company: a.offeredBy != .person
        case .amounts: !a.payments.isEmpty
        case .channels: a.askedToPay != .no || !a.payments.isEmpty
        case .language: a.contract != .noContract
        default: true
        }
    }

    func next(_ a: OfferAnswers) -> OfferStep {
        Self.allCases.drop { $0 != self }.dropFirst().first { $0.applies(a) } ?? .result
    }

    func previous(_ a: OfferAnswers) -> OfferStep? {
        Self.allCases.prefix { $0 != self }.last { $0.applies(a) }
    }

    /// "Langkah 3 dari 14": the pages that apply, the result not counted.
    func position(_ a: OfferAnswers) -> (index: Int, count: Int) {
        let shown = Self.allCases.filter { $0 != .result && $0.applies(a) }
        return ((shown.firstIndex(of: self) ?? shown.count - 1) + 1, shown.count)
    }
}
