@testable import OfferCheck

/// Where the work is, and what work.
let destinationOffers: [WorkedOffer] = [
    WorkedOffer(name: "online customer service in Cambodia, by chat, tourist visa, pay too good",
                answers: Fixtures.only {
                    $0.offeredBy = .person; $0.destinationCountry = "KH"; $0.job = .onlineOfficeWork
                    $0.visaType = .tourist; $0.tooGoodToBeTrue = .yes; $0.chatOnlyContact = .yes
                },
                agency: nil,
                raises: ["individual_recruiter", "vague_or_scam_job", "destination_without_arrangement", "scam_compound_destination",
                         "non_work_visa", "too_good_to_be_true", "chat_only_contact"],
                verdict: .highRisk, notJudged: ["worker_pays_placement_costs", "under_18", "no_written_contract"]),
    WorkedOffer(name: "online admin in Myanmar from a company with no licence",
                answers: Fixtures.only {
                    $0.offeredBy = .company; $0.licenceShown = .no; $0.destinationCountry = "MM"; $0.job = .onlineOfficeWork
                },
                agency: nil,
                raises: ["unlicensed_agency", "vague_or_scam_job", "destination_without_arrangement", "scam_compound_destination"]),
    WorkedOffer(name: "online marketing in Laos: a scam-compound country, but not named as without arrangement",
                answers: Fixtures.clean { $0.destinationCountry = "LA"; $0.job = .onlineOfficeWork },
                raises: ["vague_or_scam_job", "scam_compound_destination"], mustNotRaise: ["destination_without_arrangement"]),
    WorkedOffer(name: "online customer service in Thailand through a licensed agency with every document",
                answers: Fixtures.clean { $0.destinationCountry = "TH"; $0.job = .onlineOfficeWork },
                raises: ["vague_or_scam_job", "destination_without_arrangement", "scam_compound_destination"]),
    WorkedOffer(name: "IT work in the Philippines",
                answers: Fixtures.clean { $0.destinationCountry = "PH"; $0.job = .onlineOfficeWork },
                raises: ["vague_or_scam_job", "scam_compound_destination"]),
    WorkedOffer(name: "a factory in Cambodia: the destination alone raises its flags",
                answers: Fixtures.clean { $0.destinationCountry = "KH" },
                raises: ["destination_without_arrangement", "scam_compound_destination"], mustNotRaise: ["vague_or_scam_job"]),
    WorkedOffer(name: "a job the recruiter never explained",
                answers: Fixtures.clean { $0.job = .notSpecified }, raises: ["vague_or_scam_job"]),
    WorkedOffer(name: "domestic work for a household in Hong Kong through a licensed agency: fee-exempt, no ban",
                answers: Fixtures.clean { $0.destinationCountry = "HK"; $0.job = .domesticWorker; $0.employerKind = .privateHousehold },
                raises: [], verdict: .noRedFlagFound),
    WorkedOffer(name: "family driver for a household in Jordan, otherwise procedural",
                answers: Fixtures.clean { $0.destinationCountry = "JO"; $0.job = .familyDriver; $0.employerKind = .privateHousehold },
                raises: ["household_work_moratorium"]),
    WorkedOffer(name: "domestic worker in the UAE, employer not known: a household job is taken as for a family",
                answers: Fixtures.clean { $0.destinationCountry = "AE"; $0.job = .domesticWorker; $0.employerKind = .unknown },
                raises: ["household_work_moratorium"]),
    WorkedOffer(name: "a cook in Qatar, employer not known: the ban cannot be judged",
                answers: Fixtures.clean { $0.destinationCountry = "QA"; $0.job = .cook; $0.employerKind = nil },
                raises: [], notJudged: ["household_work_moratorium"]),
    WorkedOffer(name: "a cleaner for a company in Saudi Arabia, on an umrah visa",
                answers: Fixtures.clean { $0.destinationCountry = "SA"; $0.job = .cleaner; $0.employerKind = .company; $0.visaType = .umrahHajj },
                raises: ["non_work_visa"], mustNotRaise: ["household_work_moratorium"]),
    WorkedOffer(name: "a carer in a Japanese nursing home on a student visa",
                answers: Fixtures.clean { $0.destinationCountry = "JP"; $0.job = .facilityCaregiver; $0.visaType = .student },
                raises: ["non_work_visa"]),
]
