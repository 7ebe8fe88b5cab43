import Cases

/// Decides which agency's queue a report goes to and which agencies are alerted at once.
public struct ReportRouter: Sendable {
    public let rules: [RoutingRule]
    public let agencies: [Agency]
    /// The agency that takes whatever no rule matches (the national hotline).
    public let fallbackAgencyID: String
    /// Agencies on duty for reports of someone in danger now.
    public let dutyAgencyIDs: [String]

    public init(rules: [RoutingRule], agencies: [Agency], fallbackAgencyID: String, dutyAgencyIDs: [String]) {
        self.rules = rules.sorted { $0.position < $1.position }
        self.agencies = agencies
        self.fallbackAgencyID = fallbackAgencyID
        self.dutyAgencyIDs = dutyAgencyIDs
    }

    public struct Decision: Sendable, Hashable {
        public let agencyID: String
        /// The rule that decided, nil when the fallback took it.
        public let ruleID: String?
        /// Agencies to alert now (empty unless urgent); includes the queue's agency.
        public let alertAgencyIDs: [String]

        public init(agencyID: String, ruleID: String?, alertAgencyIDs: [String]) {
            self.agencyID = agencyID
            self.ruleID = ruleID
            self.alertAgencyIDs = alertAgencyIDs
        }
    }

    public func route(_ t: TriageFacts) -> Decision {
        var agencyID = fallbackAgencyID
        var ruleID: String?
        for rule in rules where rule.matches(t) {
            if let id = resolve(rule.target, province: t.provinceCode) {
                agencyID = id
                ruleID = rule.id
                break
            }
        }
        var alerts: [String] = []
        if t.urgent {
            // The duty desks, the queue's own agency, and the police where it is happening.
            for id in dutyAgencyIDs + [agencyID] + [resolve(.kindInProvince(.police), province: t.provinceCode)].compactMap({ $0 })
            where !alerts.contains(id) && agencies.contains(where: { $0.id == id }) {
                alerts.append(id)
            }
        }
        return Decision(agencyID: agencyID, ruleID: ruleID, alertAgencyIDs: alerts)
    }

    func resolve(_ target: RoutingTarget, province: String?) -> String? {
        switch target {
        case .agency(let id):
            return agencies.contains { $0.id == id } ? id : nil
        case .kindInProvince(let kind):
            if let p = province, let local = agencies.first(where: { $0.kind == kind && $0.provinceCode == p }) {
                return local.id
            }
            return agencies.first { $0.kind == kind && $0.provinceCode == nil }?.id
        }
    }

    /// The table a new installation starts with, before the administrator changes it.
    public static func defaultRules() -> [RoutingRule] {
        [
            RoutingRule(id: "default-child", position: 10, child: true, abroad: false, target: .kindInProvince(.womenChildProtection)),
            RoutingRule(id: "default-abroad", position: 20, abroad: true, target: .kindInProvince(.migrantWorkerProtection)),
            RoutingRule(id: "default-organ", position: 30, exploitation: .organRemoval, target: .kindInProvince(.police)),
            RoutingRule(id: "default-sexual", position: 40, exploitation: .sexualExploitation, target: .kindInProvince(.police)),
            RoutingRule(id: "default-labour", position: 50, exploitation: .forcedLabour, abroad: false, target: .kindInProvince(.police)),
        ]
    }
}
