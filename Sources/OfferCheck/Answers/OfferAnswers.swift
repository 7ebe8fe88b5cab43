/// What a person tells the public job-offer checker about an offer to work abroad. Every
/// question may be left out (nil) or answered "I don't know": a check with partial answers
/// still runs and says which questions it could not use. The JSON contract is in `README.md`.
public struct OfferAnswers: Sendable, Equatable {
    public var offeredBy: OfferedBy?
    /// Did the company give a SIP3MI (licence) number?
    public var licenceShown: YesNo?
    /// As the recruiter wrote it; at most 200 characters.
    public var companyName: String?
    /// The SIP3MI number as given, unchecked; at most 200 characters.
    public var licenceNumber: String?
    /// The name the recruiter gave (a person, an account, a company's contact); at most 200 characters.
    public var recruiterName: String?
    /// The recruiter's phone or WhatsApp number as given; at most 40 characters, and readable as a
    /// phone number (``OfferAnswers/recruiterPhoneKey``).
    public var recruiterPhone: String?
    /// ISO 3166-1 alpha-2, upper case, not `ID`.
    public var destinationCountry: String?
    public var job: JobCategory?
    /// The job in the recruiter's words; at most 500 characters.
    public var jobDescription: String?
    public var employerKind: EmployerKind?
    public var askedToPay: YesNo?
    /// The costs asked for, item by item; empty when none were named.
    public var payments: [PaymentItem] = []
    public var paymentChannels: [PaymentChannel]?
    public var visaType: VisaType?
    public var contract: ContractStatus?
    /// Which minimum contents are missing, when `contract` is `missingEssentials`.
    public var contractMissing: [ContractEssential] = []
    public var contractLanguageUnderstood: YesNo?
    /// Perjanjian penempatan with the agency.
    public var placementAgreement: YesNo?
    /// Training done, or a competency certificate held.
    public var trainingCertificate: YesNo?
    /// Medical and psychological check.
    public var medicalCheck: YesNo?
    public var bpjsKetenagakerjaan: YesNo?
    /// Permission letter of spouse, parent or guardian, acknowledged by the village head.
    public var familyPermission: YesNo?
    /// Registered at the LTSA or the labour office (Disnaker).
    public var registeredLTSA: YesNo?
    /// In years, 10…100.
    public var age: Int?
    public var passportHolder: PassportHolder?
    /// Pay far above the market, almost no requirements, pressure to decide fast.
    public var tooGoodToBeTrue: YesNo?
    public var chatOnlyContact: YesNo?
    /// Asked to give false data (age, marital status, job) or to use a forged document.
    public var askedToFalsify: YesNo?

    /// Every question unanswered.
    public init() {}
}

/// One cost the worker was asked to pay.
public struct PaymentItem: Sendable, Equatable, Codable {
    public var item: PaymentItemKind
    /// In rupiah, never negative; nil when the amount was not said.
    public var amountRupiah: Int?
    /// What it is, in the person's words (for `other`); at most 500 characters.
    public var description: String?

    public init(_ item: PaymentItemKind, amountRupiah: Int? = nil, description: String? = nil) {
        self.item = item
        self.amountRupiah = amountRupiah
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case item
        case amountRupiah = "amount_rupiah"
        case description
    }
}
