/// What happened, in the vocabulary of the case-facts contract (`shared/spec/case-facts.md`).
///
/// Every field may be unknown (`nil`): an omitted field means *not known*, which is not *no*.
/// An empty list means the thing is known not to have happened. Decode with
/// ``CaseFacts/decode(_:)`` (or any `JSONDecoder`): a malformed document throws ``FactsError``.
public struct CaseFacts: Sendable, Hashable, Codable {
    /// The day of the acts: decides which law was in force.
    public var date: CivilDate?
    /// The day of the assessment; `nil` means the day of screening.
    public var asOf: CivilDate?
    public var victim: Victim
    /// Perbuatan; `nil` unknown, `[]` none.
    public var acts: [Act]?
    /// Cara; `nil` unknown, `[]` none.
    public var means: [Means]?
    public var exploitation: Exploitation
    /// Where the person was taken from and to; `nil` when no movement is known.
    public var movement: Movement?
    public var adoption: Adoption
    /// Consequences for the victim; `nil` unknown, `[]` none.
    public var harms: [Harm]?
    public var perpetrator: Perpetrator
    public var stage: Stage?
    /// The trafficker compelled the victim to commit an offence (Pasal 18).
    public var victimCompelledToOffend: Bool?

    public init(
        date: CivilDate? = nil, asOf: CivilDate? = nil, victim: Victim = Victim(),
        acts: [Act]? = nil, means: [Means]? = nil, exploitation: Exploitation = Exploitation(),
        movement: Movement? = nil, adoption: Adoption = Adoption(), harms: [Harm]? = nil,
        perpetrator: Perpetrator = Perpetrator(), stage: Stage? = nil, victimCompelledToOffend: Bool? = nil
    ) {
        self.date = date
        self.asOf = asOf
        self.victim = victim
        self.acts = acts
        self.means = means
        self.exploitation = exploitation
        self.movement = movement
        self.adoption = adoption
        self.harms = harms
        self.perpetrator = perpetrator
        self.stage = stage
        self.victimCompelledToOffend = victimCompelledToOffend
    }

    /// The person the acts were done to (korban).
    public struct Victim: Sendable, Hashable, Codable {
        /// Whole years at the time of the acts. Under 18 is a child (anak).
        public var age: Int?
        /// ISO 3166-1 alpha-2; `ID` is an Indonesian citizen (WNI).
        public var citizenship: String?
        public var sex: Sex?
        /// Consent of the victim or of the person in control of the victim.
        public var consented: Bool?

        public init(age: Int? = nil, citizenship: String? = nil, sex: Sex? = nil, consented: Bool? = nil) {
            self.age = age
            self.citizenship = citizenship
            self.sex = sex
            self.consented = consented
        }
    }

    /// The exploitation aimed at or carried out.
    public struct Exploitation: Sendable, Hashable, Codable {
        public var types: [ExploitationType]?
        public var status: ExploitationStatus?

        public init(types: [ExploitationType]? = nil, status: ExploitationStatus? = nil) {
            self.types = types
            self.status = status
        }
    }

    /// A journey between two countries (the same code twice is a journey within one country).
    public struct Movement: Sendable, Hashable, Codable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Adoption of a child (pengangkatan anak), Pasal 5.
    public struct Adoption: Sendable, Hashable, Codable {
        public var promiseOrPayment: Bool?

        public init(promiseOrPayment: Bool? = nil) { self.promiseOrPayment = promiseOrPayment }
    }

    /// Who did it. `assisted` and `usedVictim` extend the contract for Pasal 10 and Pasal 12.
    public struct Perpetrator: Sendable, Hashable, Codable {
        /// A state official (penyelenggara negara) abusing power (Pasal 8).
        public var stateOfficialAbusingPower: Bool?
        /// A corporation (korporasi), Pasal 13–15.
        public var corporation: Bool?
        /// An organised group (kelompok yang terorganisasi), Pasal 16.
        public var organizedGroup: Bool?
        /// The person assessed helped (membantu) another to traffic (Pasal 10).
        public var assisted: Bool?
        /// The person assessed used or profited from a trafficking victim: sex with the victim,
        /// employing the victim, or taking the proceeds (Pasal 12).
        public var usedVictim: Bool?

        public init(
            stateOfficialAbusingPower: Bool? = nil, corporation: Bool? = nil, organizedGroup: Bool? = nil,
            assisted: Bool? = nil, usedVictim: Bool? = nil
        ) {
            self.stateOfficialAbusingPower = stateOfficialAbusingPower
            self.corporation = corporation
            self.organizedGroup = organizedGroup
            self.assisted = assisted
            self.usedVictim = usedVictim
        }
    }
}
