import Cases

/// Who sees which events of a case's timeline. An agency that handles the case (`leadAgencyIDs`)
/// and a task-force administrator see everything; any agency sees the events of records it is a
/// party to; a referral's receiving agency also sees what the referral grants while it is accepted
/// or in progress, for the referred victim only; everyone else sees nothing.
public struct TimelineVisibility: Sendable {
    public let viewer: Viewer
    public let leadAgencyIDs: Set<String>
    /// The case's referrals; only those to the viewer's agency and still active matter.
    public let referrals: [Referral]

    public init(viewer: Viewer, leadAgencyIDs: Set<String>, referrals: [Referral]) {
        self.viewer = viewer
        self.leadAgencyIDs = leadAgencyIDs
        self.referrals = referrals
    }

    public func maySee(_ event: TimelineEvent) -> Bool {
        guard viewer.role.mayReadCases else { return false }
        if viewer.role == .administrator || leadAgencyIDs.contains(viewer.agencyID) { return true }
        if event.parties.contains(viewer.agencyID) { return true }
        guard let needed = event.category.grant else { return false }
        return referrals.contains { r in
            r.caseID == event.caseID && r.toAgencyID == viewer.agencyID && r.grantsAreActive
                && r.grants.contains(needed)
                && (r.victimID == nil || event.victimID == nil || r.victimID == event.victimID)
        }
    }

    /// The events the viewer may see, in the order they happened.
    public func timeline(_ events: [TimelineEvent]) -> [TimelineEvent] {
        // Same-day steps in the order they were saved: a referral's request before the service
        // its acceptance opened, though both carry the same date.
        events.filter(maySee).sorted { ($0.on, $0.recordedAt ?? "", $0.sequence, $0.id) < ($1.on, $1.recordedAt ?? "", $1.sequence, $1.id) }
    }
}
