import Cases
import Coordination

/// What the indicators are counted from: the registry's records reduced to the fields that
/// matter for counting, without names or contact details. Every indicator reads these and
/// nothing else, so the page, the export and the API cannot disagree.
public struct MonitoringFacts: Sendable {
    public var cases: [String: CaseFact]
    public var victims: [PersonFact]
    public var suspects: [PersonFact]
    public var tracks: [JusticeTrack]
    public var services: [ProtectionItem]
    public var restitutions: [Restitution]
    public var referrals: [Referral]
    public var reports: [ReportFact]
    /// Pairs of person ids a person confirmed as the same human being.
    public var confirmedLinks: [(String, String)]
    public var agencies: [Agency]
    /// Enabled staff accounts per agency id.
    public var staff: [String: Int]
    /// The day counts are made at: open items are late or not as of this day.
    public var asOf: CalendarDate

    public init(cases: [CaseFact] = [], victims: [PersonFact] = [], suspects: [PersonFact] = [],
                tracks: [JusticeTrack] = [], services: [ProtectionItem] = [], restitutions: [Restitution] = [],
                referrals: [Referral] = [], reports: [ReportFact] = [], confirmedLinks: [(String, String)] = [],
                agencies: [Agency] = [], staff: [String: Int] = [:], asOf: CalendarDate) {
        self.cases = Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.victims = victims
        self.suspects = suspects
        self.tracks = tracks
        self.services = services
        self.restitutions = restitutions
        self.referrals = referrals
        self.reports = reports
        self.confirmedLinks = confirmedLinks
        self.agencies = agencies
        self.staff = staff
        self.asOf = asOf
    }
}

/// A case as the indicators see it. A class: every indicator passes cases around by the
/// thousand, and a reference costs one count where a struct of strings and arrays costs many.
public final class CaseFact: Sendable, Hashable {
    public let id: String
    public let provinceCode: String
    public let openedOn: CalendarDate
    public let incidentOn: CalendarDate?
    public let types: [ExploitationType]
    public let form: FormGroup
    /// Whether the exploitation took place outside Indonesia; nil when the case does not say.
    public let abroad: Bool?
    public let status: CaseStatus
    public let agencyIDs: [String]
    /// The agency that registered the case: its own record of the victims, the "list" multiple
    /// systems estimation reads. nil when the store cannot tell.
    public let registeredBy: String?

    public init(id: String, provinceCode: String, openedOn: CalendarDate, incidentOn: CalendarDate?,
                types: [ExploitationType], abroad: Bool?, status: CaseStatus, agencyIDs: [String], registeredBy: String? = nil) {
        self.id = id
        self.provinceCode = provinceCode
        self.openedOn = openedOn
        self.incidentOn = incidentOn
        self.types = types
        self.form = FormGroup(types)
        self.abroad = abroad
        self.status = status
        self.agencyIDs = agencyIDs
        self.registeredBy = registeredBy
    }

    public var isOpen: Bool { status != .closed }

    public static func == (a: CaseFact, b: CaseFact) -> Bool {
        a.id == b.id && a.provinceCode == b.provinceCode && a.openedOn == b.openedOn && a.incidentOn == b.incidentOn
            && a.types == b.types && a.abroad == b.abroad && a.status == b.status && a.agencyIDs == b.agencyIDs && a.registeredBy == b.registeredBy
    }

    public func hash(into h: inout Hasher) { h.combine(id) }
}

/// A victim or suspect: the person record's counting fields.
public struct PersonFact: Sendable, Hashable {
    public let id: String
    public let caseID: String
    public let sex: SexGroup
    public let age: AgeGroup
    public let citizenship: String?

    public init(id: String, caseID: String, sex: CasePerson.Sex?, age: Int?, citizenship: String?) {
        self.id = id
        self.caseID = caseID
        self.sex = SexGroup(sex)
        self.age = AgeGroup(age: age)
        self.citizenship = citizenship?.uppercased()
    }
}

/// An anonymous report (`/lapor` or the hotline) as counted: when it came, when the first reply
/// went out, whether it became a case. Nothing about the reporter.
public struct ReportFact: Sendable, Hashable {
    public let receivedOn: CalendarDate
    public let firstReplyOn: CalendarDate?
    public let caseID: String?
    public let agencyID: String
    public let provinceCode: String?

    public init(receivedOn: CalendarDate, firstReplyOn: CalendarDate?, caseID: String?, agencyID: String, provinceCode: String?) {
        self.receivedOn = receivedOn
        self.firstReplyOn = firstReplyOn
        self.caseID = caseID
        self.agencyID = agencyID
        self.provinceCode = provinceCode
    }
}
