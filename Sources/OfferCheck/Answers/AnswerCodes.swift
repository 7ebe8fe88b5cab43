/// A closed list of answers with stable snake_case codes, as the JSON contract spells them.
/// Their labels are data (`choices` in `offer-rules.json`), so a translator finds them there.
public protocol AnswerCode: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {}

/// Yes, no, or "I don't know" — "I don't know" counts as not answered.
public enum YesNo: String, AnswerCode {
    case yes, no, unknown
}

/// Who made the offer.
public enum OfferedBy: String, AnswerCode {
    /// A sponsor, a *calo*, a personal social-media account.
    case person
    /// A company: a placement agency (P3MI) or the employer itself.
    case company
    case unknown
}

/// The work offered. The ten jobs of Peraturan BP2MI 9/2020 are kept apart because the worker
/// pays nothing for them; `onlineOfficeWork` is the scam-compound pattern.
public enum JobCategory: String, AnswerCode {
    /// Pekerja rumah tangga, housekeeper.
    case domesticWorker = "domestic_worker"
    case babySitter = "baby_sitter"
    case elderlyCarer = "elderly_carer"
    case cook
    case familyDriver = "family_driver"
    case gardener
    case childCarer = "child_carer"
    case cleaner
    /// Farm or plantation worker.
    case farmWorker = "farm_worker"
    /// Crew of a fishing vessel (awak kapal perikanan migran).
    case fishingCrew = "fishing_crew"
    case factory
    case construction
    /// Hotel, restaurant, spa.
    case hospitality
    /// Nurse or caregiver in a hospital, nursing home or other facility.
    case facilityCaregiver = "facility_caregiver"
    /// "Online customer service", admin, marketing or IT abroad.
    case onlineOfficeWork = "online_office_work"
    /// The recruiter did not say what the work is.
    case notSpecified = "not_specified"
    case other
    case unknown
}

/// Who the worker would work for.
public enum EmployerKind: String, AnswerCode {
    /// A family or a person (pengguna perseorangan).
    case privateHousehold = "private_household"
    case company
    case unknown
}

/// A cost the worker was asked to pay.
public enum PaymentItemKind: String, AnswerCode {
    case ticket, visa, training, certificate, passport
    /// Surat keterangan catatan kepolisian (SKCK).
    case policeCertificate = "police_certificate"
    case medical
    case socialSecurity = "social_security"
    case agencyFee = "agency_fee"
    case other
}

/// How, and to whom, the payment goes.
public enum PaymentChannel: String, AnswerCode {
    case agencyAccount = "agency_account"
    /// A personal bank account or an e-wallet.
    case personalAccount = "personal_account"
    case cashToPerson = "cash_to_person"
    /// A loan, or deductions from future wages, arranged by the recruiter.
    case loanOrWageDeduction = "loan_or_wage_deduction"
    /// Nothing was paid or will be. (Not `none`: that would read as `Optional.none`.)
    case nothingPaid = "none"
    case unknown
}

/// The visa the worker would travel on.
public enum VisaType: String, AnswerCode {
    case work, visit, tourist
    case umrahHajj = "umrah_hajj"
    case student
    /// No visa at all (e.g. entering visa-free as a visitor).
    case noVisa = "none"
    case unknown
}

/// Whether there is a written work contract (perjanjian kerja) before departure.
public enum ContractStatus: String, AnswerCode {
    case noContract = "none"
    /// There is one, but some of the minimum content is missing.
    case missingEssentials = "missing_essentials"
    case complete
    case unknown
}

/// The minimum content of a work contract (UU 18/2017 Pasal 15(2)), as job-offer-facts.md lists
/// it. The letter of each item in Pasal 15(2) was not verified, so the codes name the content.
public enum ContractEssential: String, AnswerCode {
    /// The employer's name and address.
    case employerIdentity = "employer_identity"
    case job
    /// The wage and how it is paid.
    case wage
    case workingHours = "working_hours"
    case leave
    case socialSecurity = "social_security"
    /// How long the contract runs.
    case duration
    /// Occupational safety.
    case safety
}

/// Who holds the worker's passport now.
public enum PassportHolder: String, AnswerCode {
    case worker = "self"
    case recruiter, employer
    case notIssued = "not_issued"
    case unknown
}
