import Cases
import Coordination
import Foundation
import Store

/// The coordination operations that both the pages and the API call: each loads the record,
/// applies the domain's transition (which checks who, what state and which version) and saves
/// it under the store's version check, telling the other agency.
struct CoordinationService: Sendable {
    let store: SimpulStore

    /// What an involved agency sees of a case's coordination.
    struct CaseView: Sendable {
        let caseID: String
        let caseNumber: String
        let involved: [Agency]
        let victims: [CasePerson]
        let suspects: [CasePerson]
        let referrals: [Referral]
        let services: [ProtectionItem]
        let justice: [JusticeTrack]
        let tasks: [CoordinationTask]
        let restitution: [Restitution]
        let timeline: [TimelineEvent]
    }

    func caseView(_ caseID: String, viewer: Viewer) async throws -> CaseView {
        let involved = try await store.cases.involvedAgencies(caseID: caseID)
        guard !involved.isEmpty, AccessPolicy.maySeeCase(viewer, involvedAgencies: Set(involved.map(\.id))),
              let record = try await store.cases.record(id: caseID)
        else { throw StoreError.notFound("case \(caseID)") }
        let all = try await store.coordination.records(caseID: caseID)
        let (referrals, services, justice, tasks, restitution) = (all.referrals, all.services, all.justice, all.tasks, all.restitution)
        var events: [TimelineEvent] = referrals.flatMap(\.timelineEvents)
        events += services.flatMap(\.timelineEvents)
        events += justice.flatMap(\.timelineEvents)
        events += tasks.flatMap(\.timelineEvents)
        events += restitution.flatMap(\.timelineEvents)
        events += try await caseEvents(caseID)
        let timeline = TimelineVisibility(viewer: viewer, leadAgencyIDs: Set(involved.map(\.id)), referrals: referrals).timeline(events)
        let persons = try await store.cases.persons(caseID: caseID)
        return CaseView(caseID: caseID, caseNumber: record.number, involved: involved,
                        victims: persons.filter { $0.role == .victim }, suspects: persons.filter { $0.role == .suspect },
                        referrals: referrals, services: services, justice: justice, tasks: tasks, restitution: restitution,
                        timeline: timeline.sorted { ($0.on, $0.sequence) < ($1.on, $1.sequence) })
    }

    /// The case's own events (registered, persons added, screened, opened from a report) from
    /// the audit log; reads of identities are not events and stay out.
    func caseEvents(_ caseID: String) async throws -> [TimelineEvent] {
        let shown = ["case.register", "person.add", "case.screening", "report.case_opened"]
        return try await store.audit.entries(caseID: caseID, limit: 500).filter { shown.contains($0.action) }.compactMap { e in
            guard let day = CalendarDate(iso: String(e.at.prefix(10))), let agency = e.actorAgencyID else { return nil }
            return TimelineEvent(id: "audit-\(e.seq)", caseID: caseID, on: day, sequence: Int(e.seq), category: .caseRecord,
                                 subjectID: caseID, victimID: nil, byAgencyID: agency, action: e.action, from: "", to: "",
                                 note: nil, parties: [agency])
        }
    }

    /// What a party to a referral sees: the referral, and what its grants open while it is active.
    struct ReferralView: Sendable {
        let referral: Referral
        let agencies: [String: String]
        let caseSummary: CaseRecord?
        let victim: CasePerson?
        /// Only with an active `victim_identity` grant; contact fields only with `victim_contact`.
        let victimIdentity: PersonIdentity?
        let services: [ProtectionItem]
        let timeline: [TimelineEvent]
        let involvedInCase: Bool
    }

    func referralView(_ id: String, viewer: Viewer) async throws -> ReferralView {
        guard let r = try await store.coordination.find(Referral.self, id: id) else { throw StoreError.notFound("referral \(id)") }
        let involved = Set(try await store.cases.involvedAgencies(caseID: r.caseID).map(\.id))
        let isInvolved = AccessPolicy.maySeeCase(viewer, involvedAgencies: involved)
        guard isInvolved || (viewer.role.mayReadCases && r.parties.contains(viewer.agencyID)) else {
            throw StoreError.notFound("referral \(id)")
        }
        let sees = { (g: ReferralGrant) in isInvolved || (r.grantsAreActive && r.grants.contains(g)) }
        let summary = sees(.caseSummary) ? try await store.cases.record(id: r.caseID) : nil
        let victim = try await store.cases.persons(caseID: r.caseID).first { $0.id == r.victimID }
        // The victim as the viewer may see her: whole, to an involved agency whose role needs
        // identities (as on the case page); else what an active grant opens. The page says the
        // same thing either way, rather than only a pseudonym to an agency already involved.
        var identity: PersonIdentity?
        if let v = victim {
            let asInvolved = isInvolved && AccessPolicy.maySeeIdentity(viewer, of: v.role, involvedAgencies: involved)
            let granted = r.grantsAreActive && r.grants.contains(.victimIdentity) && r.toAgencyID == viewer.agencyID
            if asInvolved || granted {
                identity = try await store.cases.identity(ofPerson: v.id, inCase: r.caseID, by: viewer, reason: "referral \(r.id)")
                if !asInvolved {
                    if !r.grants.contains(.victimContact) { identity?.address = nil; identity?.phone = nil }
                    identity?.photo = nil
                }
            }
        }
        let services = try await store.coordination.list(ProtectionItem.self, caseID: r.caseID).filter {
            $0.victimID == r.victimID && (isInvolved || $0.parties.contains(viewer.agencyID) || sees(.protectionTrack))
        }
        let events = r.timelineEvents + services.flatMap(\.timelineEvents)
        let timeline = TimelineVisibility(viewer: viewer, leadAgencyIDs: involved, referrals: [r]).timeline(events)
        let names = Dictionary(try await store.agencies.all().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return ReferralView(referral: r, agencies: names, caseSummary: summary, victim: victim, victimIdentity: identity, services: services,
                            timeline: timeline, involvedInCase: isInvolved)
    }

    // MARK: changes

    func requestReferral(caseID: String, to: String, service: ReferralService, victimID: String?, consent: ConsentBasis,
                         grants: Set<ReferralGrant>, requestedOn: CalendarDate, dueOn: CalendarDate?, by viewer: Viewer) async throws -> Referral {
        let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
        guard involved.contains(viewer.agencyID), viewer.role.mayRegisterCases else { throw StoreError.notFound("case \(caseID)") }
        guard try await store.agencies.find(id: to) != nil else {
            throw CoordinationError.input("toAgencyID", id: "Instansi tujuan tidak dikenal", en: "Unknown receiving agency")
        }
        // The victim a referral opens must be a victim of this case: an id from another case
        // would hand that person's identity to the receiving agency.
        if let victimID { try await requireVictim(victimID, inCase: caseID) }
        let due = dueOn ?? service.protectionService?.deadline(requestedOn: requestedOn)?.dueOn ?? requestedOn.addingDays(14)
        let referral = try Referral.request(id: UUID().uuidString.lowercased(), caseID: caseID, victimID: victimID, from: viewer.agencyID,
                                            to: to, service: service, consent: consent, grants: grants, requestedOn: requestedOn, dueOn: due)
        try await store.coordination.insert(referral, by: viewer, notify: Notice(
            agencyID: to, caseID: caseID, recordID: referral.id,
            text: ("Rujukan baru: \(service.label.id), tenggat \(due)", "New referral: \(service.label.en), due \(due)")))
        return referral
    }

    func act(onReferral id: String, _ event: ReferralEvent, on date: CalendarDate, expectedVersion: Int, by viewer: Viewer) async throws -> Referral {
        guard let r = try await store.coordination.find(Referral.self, id: id) else { throw StoreError.notFound("referral \(id)") }
        guard viewer.role.mayReadCases, viewer.role != .administrator else { throw StoreError.notFound("referral \(id)") }
        let next = try r.apply(event, by: viewer.agencyID, on: date, expectedVersion: expectedVersion)
        let other = viewer.agencyID == r.toAgencyID ? r.fromAgencyID : r.toAgencyID
        try await store.coordination.update(next, previousVersion: r.version, action: event.action.rawValue, by: viewer, notify: Notice(
            agencyID: other, caseID: r.caseID, recordID: r.id,
            text: ("Rujukan \(r.service.label.id): \(next.status.label.id)", "Referral \(r.service.label.en): \(next.status.label.en)")))
        return next
    }

    /// A service for a victim: by an involved agency, or by the receiving agency of an active referral.
    func requestService(caseID: String, victimID: String, service: ProtectionService, responsible: String, requestedOn: CalendarDate,
                        referralID: String?, by viewer: Viewer) async throws -> ProtectionItem {
        let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
        var allowed = involved.contains(viewer.agencyID) && viewer.role.mayRegisterCases
        if !allowed, let referralID, let r = try await store.coordination.find(Referral.self, id: referralID) {
            allowed = r.caseID == caseID && r.toAgencyID == viewer.agencyID && r.grantsAreActive && r.victimID == victimID
                && responsible == viewer.agencyID
        }
        guard allowed else { throw StoreError.notFound("case \(caseID)") }
        try await requireVictim(victimID, inCase: caseID)
        guard try await store.agencies.find(id: responsible) != nil else {
            throw CoordinationError.input("responsibleAgencyID", id: "Instansi penanggung jawab tidak dikenal", en: "Unknown responsible agency")
        }
        if let referralID {
            guard let r = try await store.coordination.find(Referral.self, id: referralID), r.caseID == caseID,
                  r.victimID == nil || r.victimID == victimID else {
                throw CoordinationError.input("referralID", id: "Rujukan itu bukan rujukan kasus ini untuk korban ini",
                                              en: "That referral is not one of this case for this victim")
            }
        }
        let item = try ProtectionItem.request(id: UUID().uuidString.lowercased(), caseID: caseID, victimID: victimID, service: service,
                                              responsibleAgencyID: responsible, requestedBy: viewer.agencyID, requestedOn: requestedOn,
                                              referralID: referralID)
        try await store.coordination.insert(item, by: viewer, notify: responsible == viewer.agencyID ? nil : Notice(
            agencyID: responsible, caseID: caseID, recordID: item.id,
            text: ("Permintaan layanan: \(service.label.id)", "Service requested: \(service.label.en)")))
        return item
    }

    func act(onService id: String, _ event: ProtectionEvent, on date: CalendarDate, expectedVersion: Int, by viewer: Viewer) async throws -> ProtectionItem {
        guard let item = try await store.coordination.find(ProtectionItem.self, id: id) else { throw StoreError.notFound("service \(id)") }
        let next = try item.apply(event, by: viewer.agencyID, on: date, expectedVersion: expectedVersion)
        try await store.coordination.update(next, previousVersion: item.version, action: event.action.rawValue, by: viewer,
                                            notify: item.requestedByAgencyID == viewer.agencyID ? nil : Notice(
            agencyID: item.requestedByAgencyID, caseID: item.caseID, recordID: item.id,
            text: ("Layanan \(item.service.label.id): \(next.status.label.id)", "Service \(item.service.label.en): \(next.status.label.en)")))
        return next
    }

    func requireVictim(_ victimID: String, inCase caseID: String) async throws {
        guard try await store.cases.persons(caseID: caseID).contains(where: { $0.id == victimID && $0.role == .victim }) else {
            throw CoordinationError.input("victimID", id: "Pilih korban dalam kasus ini", en: "Choose a victim in this case")
        }
    }

    /// Starts a justice track at "report" — for the case as a whole, or for one suspect — once.
    func startJustice(caseID: String, suspectID: String?, on date: CalendarDate, by viewer: Viewer) async throws -> JusticeTrack {
        let involved = Set(try await store.cases.involvedAgencies(caseID: caseID).map(\.id))
        guard involved.contains(viewer.agencyID), viewer.role.mayRegisterCases else { throw StoreError.notFound("case \(caseID)") }
        if let suspectID, !(try await store.cases.persons(caseID: caseID).contains { $0.id == suspectID && $0.role == .suspect }) {
            throw CoordinationError.input("suspect", id: "Pilih tersangka dalam kasus ini", en: "Choose a suspect in this case")
        }
        if try await store.coordination.list(JusticeTrack.self, caseID: caseID).contains(where: { $0.suspectID == suspectID }) {
            throw CoordinationError.input("suspect", id: "Proses hukum untuk ini sudah dicatat", en: "This justice track already exists")
        }
        let track = JusticeTrack.report(id: UUID().uuidString.lowercased(), caseID: caseID, suspectID: suspectID, by: viewer.agencyID, on: date)
        try await store.coordination.insert(track, by: viewer)
        return track
    }

    /// Moves a justice track on (an involved agency; the stage order is the domain's).
    func justice(trackID: String, _ event: JusticeEvent, on date: CalendarDate, expectedVersion: Int, by viewer: Viewer) async throws -> JusticeTrack {
        guard let track = try await store.coordination.find(JusticeTrack.self, id: trackID) else { throw StoreError.notFound("track \(trackID)") }
        let involved = Set(try await store.cases.involvedAgencies(caseID: track.caseID).map(\.id))
        guard involved.contains(viewer.agencyID), viewer.role.mayRegisterCases else { throw StoreError.notFound("track \(trackID)") }
        let next = try track.apply(event, by: viewer.agencyID, on: date, expectedVersion: expectedVersion)
        try await store.coordination.update(next, previousVersion: track.version, action: next.stage.rawValue, by: viewer)
        return next
    }

    /// The user's work (or, with `wholeAgency`, everyone's in the agency): the most urgent of
    /// what the agency owns (overdue first, then due soon), with how much is open and overdue.
    /// What a work row names besides the item: its case's number, its victim's pseudonym (and
    /// her name where the viewer may see it), the other agency's name.
    struct WorkContext: Sendable {
        var caseNumbers: [String: String] = [:]
        var victims: [String: CasePerson] = [:]
        var victimNames: [String: String] = [:]
        var agencies: [String: String] = [:]
    }

    /// `withNames`: the rows name the victims the viewer may see on their case pages, read in
    /// one audited batch (the page); without, pseudonyms only and nothing read (the API).
    func work(for viewer: Viewer, today: CalendarDate, wholeAgency: Bool = false, limit: Int = 100, withNames: Bool = false)
        async throws -> (queue: WorkQueue, open: Int, overdue: Int, context: WorkContext) {
        let items = try await store.coordination.openWork(agencyID: viewer.agencyID, limit: limit)
        let queue = wholeAgency ? WorkQueue.forAgency(viewer.agencyID, items, today: today) : WorkQueue.forUser(viewer, items, today: today)
        let counts = try await store.coordination.workCounts(agencyID: viewer.agencyID, today: today)
        let shown = queue.entries.map(\.item)
        var context = WorkContext()
        context.caseNumbers = try await store.cases.numbersAndAgencies(caseIDs: Array(Set(shown.compactMap(\.caseID)))).mapValues(\.number)
        context.victims = try await store.cases.persons(ids: shown.compactMap(\.victimID))
        if withNames {
            context.victimNames = try await store.cases.identities(ofPersons: shown.compactMap(\.victimID), viewer: viewer, reason: "pekerjaan saya")
                .mapValues(\.fullName)
        }
        context.agencies = Dictionary(try await store.agencies.all().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return (queue, counts.open, counts.overdue, context)
    }
}
