/// Who may see what. Least privilege: a case is visible to the agencies involved in it and to
/// task-force administrators; identities only to roles that need them, in an involved agency.
public struct Viewer: Sendable, Hashable {
    public let userID: String
    public let agencyID: String
    public let role: Role

    public init(userID: String, agencyID: String, role: Role) {
        self.userID = userID
        self.agencyID = agencyID
        self.role = role
    }
}

public enum AccessPolicy {
    public static func maySeeCase(_ viewer: Viewer, involvedAgencies: Set<String>) -> Bool {
        guard viewer.role.mayReadCases else { return false }
        return viewer.role == .administrator || involvedAgencies.contains(viewer.agencyID)
    }

    /// Identity of a person in a case. Suspects' identities are not shielded by Pasal 44, but
    /// still only shown inside an involved agency to its operational roles.
    public static func maySeeIdentity(_ viewer: Viewer, of role: PersonRole, involvedAgencies: Set<String>) -> Bool {
        involvedAgencies.contains(viewer.agencyID) && viewer.role.mayNeedIdentities
    }

    public static func mayAddPerson(_ viewer: Viewer, involvedAgencies: Set<String>) -> Bool {
        involvedAgencies.contains(viewer.agencyID) && viewer.role.mayRegisterCases
    }

    /// Loading a partner's HTCDS file as cases of the viewer's own agency: a role that registers
    /// cases and may see the identities such a file can carry. Not the task-force administrator
    /// (no identities), the hotline operator (no identities) or the analyst (no case files).
    public static func mayImportExchange(_ viewer: Viewer) -> Bool {
        viewer.role.mayRegisterCases && viewer.role.mayNeedIdentities
    }
}
