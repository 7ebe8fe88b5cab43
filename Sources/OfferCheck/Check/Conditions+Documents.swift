extension OfferConditions {
    static let documents: [String: OfferCondition] = [
        "non_work_visa": { c in
            switch c.answers.visaType {
            case .work: return .notRaised
            case nil, .unknown: return .unjudged([.visaType])
            case let visa?:
                let l = c.label("visa_type", visa.rawValue)
                return .raised(details: [OfferText(id: "Visa yang disebut: \(l.id).", en: "Visa named: \(l.en).")])
            }
        },
        "no_written_contract": { c in
            switch c.answers.contract {
            case .noContract: .raised()
            case .missingEssentials, .complete: .notRaised
            case nil, .unknown: .unjudged([.contract])
            }
        },
        "contract_missing_essentials": { c in
            switch c.answers.contract {
            case .missingEssentials: .raised(details: [missingSummary(c)])
            case .noContract, .complete: .notRaised  // no contract at all is no_written_contract
            case nil, .unknown: .unjudged([.contract])
            }
        },
        "contract_language": { c in
            // Without a contract there is nothing to read; no_written_contract says so.
            c.answers.contract == .noContract ? .notRaised
                : .answer(c.answers.contractLanguageUnderstood, flagOn: .no, .contractLanguageUnderstood)
        },
        "no_placement_agreement": { c in .answer(c.answers.placementAgreement, flagOn: .no, .placementAgreement) },
        "no_training": { c in .answer(c.answers.trainingCertificate, flagOn: .no, .trainingCertificate) },
        "no_medical_check": { c in .answer(c.answers.medicalCheck, flagOn: .no, .medicalCheck) },
        "no_social_security": { c in .answer(c.answers.bpjsKetenagakerjaan, flagOn: .no, .bpjsKetenagakerjaan) },
        "no_family_permission": { c in .answer(c.answers.familyPermission, flagOn: .no, .familyPermission) },
        "not_registered_ltsa": { c in .answer(c.answers.registeredLTSA, flagOn: .no, .registeredLTSA) },
    ]

    private static func missingSummary(_ c: CheckContext) -> OfferText {
        let missing = c.answers.contractMissing
        guard !missing.isEmpty else {
            return OfferText(id: "Isi yang kurang tidak disebutkan.", en: "What is missing was not said.")
        }
        let labels = missing.map { c.label("contract_essential", $0.rawValue) }
        return OfferText(id: "Tidak ada dalam perjanjian: " + labels.map(\.id).joined(separator: ", ") + ".",
                         en: "Missing from the contract: " + labels.map(\.en).joined(separator: ", ") + ".")
    }
}
