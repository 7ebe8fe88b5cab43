import Cases

/// One rule of the table that sends each report to the agency that must act on it. Rules are
/// read in order and the first that matches wins; an empty condition matches anything. The
/// administrator edits the table; the defaults follow who does what under UU 21/2007 and the
/// Gugus Tugas arrangements (police for crimes in Indonesia, child protection for children,
/// migrant-worker protection and consular staff for Indonesians abroad).
public struct RoutingRule: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var position: Int
    public var exploitation: ExploitationType?
    public var provinceCode: String?
    public var child: Bool?
    public var abroad: Bool?
    public var target: RoutingTarget

    public init(id: String, position: Int, exploitation: ExploitationType? = nil, provinceCode: String? = nil,
                child: Bool? = nil, abroad: Bool? = nil, target: RoutingTarget) {
        self.id = id
        self.position = position
        self.exploitation = exploitation
        self.provinceCode = provinceCode
        self.child = child
        self.abroad = abroad
        self.target = target
    }

    public func matches(_ t: TriageFacts) -> Bool {
        if let e = exploitation, !t.exploitationTypes.contains(e) { return false }
        if let p = provinceCode, t.provinceCode != p { return false }
        if let c = child, t.child != c { return false }
        if let a = abroad, t.abroad != a { return false }
        return true
    }
}

/// Where a rule sends a report: one named agency, or the agency of a kind in the report's own
/// province (falling back to that kind's national office when the province has none).
public enum RoutingTarget: Sendable, Hashable, Codable {
    case agency(String)
    case kindInProvince(Agency.Kind)

    /// Stored form: `agency:<id>` or `kind:<kind>`.
    public var code: String {
        switch self {
        case .agency(let id): return "agency:" + id
        case .kindInProvince(let k): return "kind:" + k.rawValue
        }
    }

    public init?(code: String) {
        if code.hasPrefix("agency:"), code.count > 7 { self = .agency(String(code.dropFirst(7))) }
        else if code.hasPrefix("kind:"), let k = Agency.Kind(rawValue: String(code.dropFirst(5))) { self = .kindInProvince(k) }
        else { return nil }
    }
}

/// The few facts of a report that routing and alerting read; none of them identifies anyone.
public struct TriageFacts: Sendable, Hashable {
    public var exploitationTypes: [ExploitationType]
    public var provinceCode: String?
    /// True only when the reporter said the victim is a child; "don't know" is not a child.
    public var child: Bool
    public var abroad: Bool
    public var urgent: Bool

    public init(exploitationTypes: [ExploitationType], provinceCode: String?, child: Bool, abroad: Bool, urgent: Bool) {
        self.exploitationTypes = exploitationTypes
        self.provinceCode = provinceCode
        self.child = child
        self.abroad = abroad
        self.urgent = urgent
    }

    public init(_ a: ReportAnswers) {
        self.init(exploitationTypes: a.exploitationTypes, provinceCode: a.provinceCode,
                  child: a.victimIsChild == .yes, abroad: a.isAbroad, urgent: a.isUrgent)
    }
}
