@testable import OfferCheck

/// Who recruits and what the worker pays.
let recruitmentOffers: [WorkedOffer] = [
    WorkedOffer(name: "clean: a licensed agency, a factory in Taiwan, every document",
                answers: Fixtures.clean, raises: [], verdict: .noRedFlagFound),
    WorkedOffer(name: "Saudi Arabia: domestic work on a visit visa through an individual sponsor who asks for a fee",
                answers: Fixtures.clean {
                    $0.offeredBy = .person
                    $0.licenceShown = nil; $0.companyName = nil; $0.licenceNumber = nil
                    $0.destinationCountry = "SA"
                    $0.job = .domesticWorker
                    $0.employerKind = .privateHousehold
                    $0.askedToPay = .yes
                    $0.payments = [PaymentItem(.agencyFee, amountRupiah: 5_000_000), PaymentItem(.ticket)]
                    $0.paymentChannels = [.personalAccount]
                    $0.visaType = .visit
                    $0.contract = .noContract
                    $0.contractLanguageUnderstood = nil
                    $0.placementAgreement = .no
                    $0.trainingCertificate = .no
                    $0.bpjsKetenagakerjaan = .no
                    $0.registeredLTSA = .no
                },
                agency: nil,
                raises: ["individual_recruiter", "worker_pays_placement_costs", "payment_to_personal_account", "non_work_visa",
                         "household_work_moratorium", "no_written_contract", "no_placement_agreement", "no_training",
                         "no_social_security", "not_registered_ltsa"],
                mustNotRaise: ["unlicensed_agency", "unknown_agency", "contract_language"], verdict: .highRisk),
    WorkedOffer(name: "a company that shows no licence and gives no name",
                answers: Fixtures.clean { $0.licenceShown = .no; $0.companyName = nil; $0.licenceNumber = nil },
                agency: nil, raises: ["unlicensed_agency"], mustNotRaise: ["unknown_agency"], verdict: .highRisk),
    WorkedOffer(name: "a company not in the register",
                answers: Fixtures.clean { $0.licenceNumber = "KEP.999/2020" },
                agency: .notInRegistry, raises: ["unknown_agency"], mustNotRaise: ["unlicensed_agency", "revoked_or_suspended_agency"]),
    WorkedOffer(name: "a company whose licence is revoked",
                answers: Fixtures.clean, agency: .listed(Fixtures.agency(.revoked)),
                raises: ["revoked_or_suspended_agency"], mustNotRaise: ["unknown_agency"]),
    WorkedOffer(name: "a company whose licence is suspended",
                answers: Fixtures.clean, agency: .listed(Fixtures.agency(.suspended)), raises: ["revoked_or_suspended_agency"]),
    WorkedOffer(name: "a company whose licence expired a year ago",
                answers: Fixtures.clean, agency: .listed(Fixtures.agency(.active, validUntil: "2025-12-31")),
                raises: ["revoked_or_suspended_agency"]),
    WorkedOffer(name: "a company named but not looked up: agency flags not judged, nothing to ask the person",
                answers: Fixtures.clean, agency: nil, raises: [],
                notJudged: ["unknown_agency", "revoked_or_suspended_agency"]),
    WorkedOffer(name: "a loan repaid from wages, nothing paid up front",
                answers: Fixtures.clean { $0.askedToPay = .unknown; $0.paymentChannels = [.loanOrWageDeduction] },
                raises: ["worker_pays_placement_costs", "recruiter_loan_or_wage_deduction"],
                mustNotRaise: ["payment_to_personal_account"]),
    WorkedOffer(name: "fishing crew asked to pay training, certificate and medical fees to the agency",
                answers: Fixtures.clean {
                    $0.job = .fishingCrew
                    $0.askedToPay = .yes
                    $0.payments = [PaymentItem(.training, amountRupiah: 2_000_000), PaymentItem(.certificate, amountRupiah: 1_500_000),
                                   PaymentItem(.medical, amountRupiah: 500_000)]
                    $0.paymentChannels = [.agencyAccount]
                },
                raises: ["worker_pays_placement_costs"], mustNotRaise: ["payment_to_personal_account"]),
    WorkedOffer(name: "a factory job with a fee paid to the agency's account (not one of the ten exempt jobs)",
                answers: Fixtures.clean { $0.askedToPay = .yes; $0.payments = [PaymentItem(.agencyFee, amountRupiah: 10_000_000)]; $0.paymentChannels = [.agencyAccount] },
                raises: ["worker_pays_placement_costs"]),
    WorkedOffer(name: "plantation work in Malaysia with no visa, cash to a calo",
                answers: Fixtures.clean {
                    $0.offeredBy = .person; $0.licenceShown = nil; $0.companyName = nil; $0.licenceNumber = nil
                    $0.destinationCountry = "MY"; $0.job = .farmWorker
                    $0.askedToPay = .yes; $0.paymentChannels = [.cashToPerson]; $0.visaType = .noVisa
                },
                agency: nil,
                raises: ["individual_recruiter", "worker_pays_placement_costs", "payment_to_personal_account", "non_work_visa"]),
    WorkedOffer(name: "too good to be true, and nothing else: a weak signal only",
                answers: Fixtures.clean { $0.tooGoodToBeTrue = .yes }, raises: ["too_good_to_be_true"], verdict: .someRisk),
    WorkedOffer(name: "a recruiter reachable only by chat",
                answers: Fixtures.clean { $0.chatOnlyContact = .yes }, raises: ["chat_only_contact"], verdict: .someRisk),
]
