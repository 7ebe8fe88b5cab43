import Cases
import Testing
@testable import Reporting

@Suite struct RoutingTests {
    let agencies = [
        Agency(id: "sapa", code: "SAPA", name: "SAPA 129", kind: .womenChildProtection, provinceCode: nil),
        Agency(id: "uptd-jatim", code: "UPTD-JATIM", name: "UPTD PPA Jatim", kind: .womenChildProtection, provinceCode: "35"),
        Agency(id: "polda-jatim", code: "POLDA-JATIM", name: "Polda Jatim", kind: .police, provinceCode: "35"),
        Agency(id: "bareskrim", code: "BARESKRIM", name: "Bareskrim", kind: .police, provinceCode: nil),
        Agency(id: "kp2mi", code: "KP2MI", name: "KP2MI", kind: .migrantWorkerProtection, provinceCode: nil),
        Agency(id: "bp3mi-ntt", code: "BP3MI-NTT", name: "BP3MI NTT", kind: .migrantWorkerProtection, provinceCode: "53"),
    ]
    var router: ReportRouter {
        ReportRouter(rules: ReportRouter.defaultRules(), agencies: agencies, fallbackAgencyID: "sapa", dutyAgencyIDs: ["sapa", "bareskrim"])
    }

    func facts(_ types: [ExploitationType] = [], province: String? = nil, child: Bool = false, abroad: Bool = false,
               urgent: Bool = false) -> TriageFacts {
        TriageFacts(exploitationTypes: types, provinceCode: province, child: child, abroad: abroad, urgent: urgent)
    }

    @Test func reportsGoToTheCompetentAgencyOfTheirProvince() {
        #expect(router.route(facts([.forcedLabour], province: "35", child: true)).agencyID == "uptd-jatim")
        #expect(router.route(facts([.sexualExploitation], province: "35")).agencyID == "polda-jatim")
        #expect(router.route(facts([.sexualExploitation], province: "53")).agencyID == "bareskrim", "no Polda NTT here: national")
        #expect(router.route(facts(province: "53", abroad: true)).agencyID == "bp3mi-ntt")
        #expect(router.route(facts(abroad: true)).agencyID == "kp2mi")
        let none = router.route(facts())
        #expect(none.agencyID == "sapa" && none.ruleID == nil)
    }

    @Test func theFirstMatchingRuleDecidesAndARuleToAMissingAgencyIsPassedOver() {
        let rules = [RoutingRule(id: "gone", position: 1, target: .agency("closed-office")),
                     RoutingRule(id: "jatim", position: 2, provinceCode: "35", target: .agency("polda-jatim")),
                     RoutingRule(id: "all", position: 3, target: .agency("bareskrim"))]
        let r = ReportRouter(rules: rules.reversed(), agencies: agencies, fallbackAgencyID: "sapa", dutyAgencyIDs: [])
        #expect(r.route(facts(province: "35")).ruleID == "jatim")
        #expect(r.route(facts(province: "53")).ruleID == "all")
    }

    @Test func someoneInDangerAlertsTheDutyDesksTheQueueAndTheLocalPoliceOnce() {
        let d = router.route(facts([.forcedLabour], province: "35", child: true, urgent: true))
        #expect(d.alertAgencyIDs == ["sapa", "bareskrim", "uptd-jatim", "polda-jatim"])
        #expect(router.route(facts([.forcedLabour], province: "35")).alertAgencyIDs.isEmpty)
    }

    @Test func targetsSurviveTheirStoredForm() {
        for t in [RoutingTarget.agency("ag-x"), .kindInProvince(.police)] { #expect(RoutingTarget(code: t.code) == t) }
        #expect(RoutingTarget(code: "kind:bakery") == nil)
        #expect(RoutingTarget(code: "agency:") == nil)
    }
}
