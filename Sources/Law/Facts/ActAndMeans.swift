extension CaseFacts {
    /// What the perpetrator did with the person (perbuatan): UU 21/2007 Pasal 1 angka 1 lists six;
    /// Palermo Art. 3(a) lists five (it has no "sending").
    public enum Act: String, FactCode {
        case recruitment, transportation, harbouring, sending, transfer, receipt

        public var term: Bilingual {
            switch self {
            case .recruitment: Bilingual(id: "perekrutan", en: "recruitment")
            case .transportation: Bilingual(id: "pengangkutan", en: "transportation")
            case .harbouring: Bilingual(id: "penampungan", en: "harbouring")
            case .sending: Bilingual(id: "pengiriman", en: "sending")
            case .transfer: Bilingual(id: "pemindahan", en: "transfer")
            case .receipt: Bilingual(id: "penerimaan", en: "receipt")
            }
        }
    }

    /// How the person was brought under control (cara). The national list adds confinement,
    /// falsification and debt bondage; `other_coercion` is a Palermo-only limb.
    public enum Means: String, FactCode {
        case threatOfForce = "threat_of_force"
        case useOfForce = "use_of_force"
        case abduction
        case confinement
        case falsification
        case deception
        case abuseOfPower = "abuse_of_power"
        case abuseOfVulnerability = "abuse_of_vulnerability"
        case debtBondage = "debt_bondage"
        case paymentToController = "payment_to_controller"
        case otherCoercion = "other_coercion"

        public var term: Bilingual {
            switch self {
            case .threatOfForce: Bilingual(id: "ancaman kekerasan", en: "threat of force")
            case .useOfForce: Bilingual(id: "penggunaan kekerasan", en: "use of force")
            case .abduction: Bilingual(id: "penculikan", en: "abduction")
            case .confinement: Bilingual(id: "penyekapan", en: "confinement")
            case .falsification: Bilingual(id: "pemalsuan", en: "falsification")
            case .deception: Bilingual(id: "penipuan", en: "deception")
            case .abuseOfPower: Bilingual(id: "penyalahgunaan kekuasaan", en: "abuse of power")
            case .abuseOfVulnerability: Bilingual(id: "penyalahgunaan posisi rentan", en: "abuse of a position of vulnerability")
            case .debtBondage: Bilingual(id: "penjeratan utang", en: "debt bondage")
            case .paymentToController:
                Bilingual(id: "memberi bayaran atau manfaat kepada orang yang memegang kendali",
                          en: "payment or benefit to the person in control")
            case .otherCoercion: Bilingual(id: "bentuk paksaan lain", en: "other forms of coercion")
            }
        }
    }
}
