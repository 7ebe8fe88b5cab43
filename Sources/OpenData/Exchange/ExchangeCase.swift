import Cases
import Coordination
import Law

/// A case as it crosses between Simpul and a partner's HTCDS 2.0 file: the case, its victims
/// and suspects, and the support given, in Simpul's vocabulary.
public struct ExchangeCase: Sendable, Hashable {
    /// Simpul's case id, or the partner's key for an imported case.
    public var id: String
    /// The registry number (TPPO-2026-000123), when the case has one.
    public var number: String?
    public var status: CaseStatus
    public var provinceCode: String
    public var openedOn: CalendarDate
    public var incidentOn: CalendarDate?
    /// ISO 3166-1 alpha-2 code of the country of exploitation.
    public var exploitationCountry: String?
    public var exploitationTypes: [ExploitationType]
    public var means: [CaseFacts.Means]
    public var persons: [ExchangePerson]
    public var support: [ExchangeSupport]
    /// The agencies working the case: whose users may see its identities. Never exported.
    public var involvedAgencyIDs: Set<String>

    public init(id: String, number: String?, status: CaseStatus, provinceCode: String, openedOn: CalendarDate,
                incidentOn: CalendarDate?, exploitationCountry: String?, exploitationTypes: [ExploitationType],
                means: [CaseFacts.Means], persons: [ExchangePerson], support: [ExchangeSupport], involvedAgencyIDs: Set<String>) {
        self.id = id
        self.number = number
        self.status = status
        self.provinceCode = provinceCode
        self.openedOn = openedOn
        self.incidentOn = incidentOn
        self.exploitationCountry = exploitationCountry
        // Sets in a fixed order, so the same case always writes the same file.
        self.exploitationTypes = Array(Set(exploitationTypes)).sorted { $0.rawValue < $1.rawValue }
        self.means = Array(Set(means)).sorted { $0.rawValue < $1.rawValue }
        self.persons = persons
        self.support = support
        self.involvedAgencyIDs = involvedAgencyIDs
    }
}

/// A victim or suspect of an exchanged case.
public struct ExchangePerson: Sendable, Hashable {
    public var id: String
    /// `.victim` or `.suspect`: HTCDS has no place for witnesses or reporters.
    public var role: PersonRole
    public var sex: CasePerson.Sex?
    /// Age in years when reported.
    public var age: Int?
    public var citizenship: String?
    /// Present only when the exporter was asked for identities and the user may see them.
    public var identity: PersonIdentity?

    public init(id: String, role: PersonRole, sex: CasePerson.Sex?, age: Int?, citizenship: String?, identity: PersonIdentity? = nil) {
        self.id = id
        self.role = role
        self.sex = sex
        self.age = age
        self.citizenship = citizenship
        self.identity = identity
    }
}

/// A service given to a victim (HTCDS's support plan).
public struct ExchangeSupport: Sendable, Hashable {
    public var id: String
    public var personID: String
    public var service: ProtectionService
    public var plannedEnd: CalendarDate?
    public var actualEnd: CalendarDate?

    public init(id: String, personID: String, service: ProtectionService, plannedEnd: CalendarDate?, actualEnd: CalendarDate?) {
        self.id = id
        self.personID = personID
        self.service = service
        self.plannedEnd = plannedEnd
        self.actualEnd = actualEnd
    }
}
