/// What a node of a perpetrator network is: a case, or an entity that case files name.
public enum NodeKind: String, CaseIterable, Hashable, Sendable {
    /// A case file (berkas perkara); the other nodes are entities it names.
    case `case`
    /// A person of interest: the part they play is on their links (`PersonRole`).
    case person
    /// A P3MI placement agency (perusahaan penempatan pekerja migran Indonesia), by its NIB or SIP3MI.
    case agency
    /// Any other company, an employer abroad among them.
    case company
    case phone
    case bankAccount = "bank"
    case eWallet = "ewallet"
    case socialAccount = "social"
    case address
    case vehicle
    case vessel
    case identityDocument = "document"
    /// A node read from a file whose id does not say what it is.
    case unknown

    /// The kind a node id names by its prefix: "case:…", "person:…", or an identifier key's
    /// string form ("phone:+62…", "bank:014:…"). Anything else is `.unknown`.
    public init(nodeID: String) {
        if let key = IdentifierKey(nodeID) {
            self = key.kind.nodeKind
        } else if let colon = nodeID.firstIndex(of: ":"), let kind = NodeKind(rawValue: String(nodeID[..<colon])) {
            self = kind
        } else {
            self = .unknown
        }
    }

    /// Whether a node of this kind is an entity whose links to many cases may make it a hub
    /// (`HubWeighting`). Cases are not: a big case file is not a meeting point of strangers.
    public var isEntity: Bool { self != .case }
}
