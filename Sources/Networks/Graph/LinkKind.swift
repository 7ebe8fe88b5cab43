/// What a link between two nodes says.
public enum LinkKind: Hashable, Sendable, CustomStringConvertible {
    /// A person's part in a case (the link joins the case and the person).
    case role(PersonRole)
    /// A case or a person used this phone, account, handle, address or vehicle.
    case uses
    /// A person owns or holds this identifier or company.
    case owns
    /// Two phones or accounts were in contact (calls, chats).
    case contacted
    /// Money went between two accounts or wallets.
    case transferred
    /// An agency placed, or a company employed, the person of a case.
    case placed
    /// A link whose nature was not recorded.
    case related

    /// Reads a kind as written in a link file: a role name (`PersonRole`), or one of
    /// uses, owns, contacted, transferred, placed, related.
    public init?(name: String) {
        if let role = PersonRole(name: name) { self = .role(role); return }
        switch name.lowercased().trimmingSpaces() {
        case "uses", "used": self = .uses
        case "owns", "owner": self = .owns
        case "contacted", "called", "chat": self = .contacted
        case "transferred", "transfer": self = .transferred
        case "placed", "employed": self = .placed
        case "related", "": self = .related
        default: return nil
        }
    }

    public static let names = PersonRole.allCases.map(\.rawValue) + ["uses", "owns", "contacted", "transferred", "placed", "related"]

    /// A number per kind, to order links completely.
    var code: Int {
        switch self {
        case .role(let r): PersonRole.allCases.firstIndex(of: r)!
        case .uses: 10
        case .owns: 11
        case .contacted: 12
        case .transferred: 13
        case .placed: 14
        case .related: 15
        }
    }

    public var description: String {
        switch self {
        case .role(let r): r.rawValue
        case .uses: "uses"
        case .owns: "owns"
        case .contacted: "contacted"
        case .transferred: "transferred"
        case .placed: "placed"
        case .related: "related"
        }
    }
}
