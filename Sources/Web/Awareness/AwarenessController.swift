import Hummingbird
import OfferCheck
import Store

/// The public awareness pages under `/tppo`: the same guarantees as `/lapor` — no sign-in, no
/// cookie, nothing about the reader kept, no script, no resource from elsewhere.
struct AwarenessController {
    let store: SimpulStore
    let rules: OfferRules

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.trafficking.pattern) { req, _ in
            PublicLayout.response(TraffickingView.page(lang: req.publicLang, url: Self.url(.trafficking, req)))
        }
        router.get(SiteRoute.victimRights.pattern) { req, _ in
            PublicLayout.response(VictimRightsView.page(lang: req.publicLang, url: Self.url(.victimRights, req)))
        }
        router.get(SiteRoute.howToReport.pattern) { req, _ in
            PublicLayout.response(HowToReportView.page(rules: rules, lang: req.publicLang, url: Self.url(.howToReport, req)))
        }
        router.get(SiteRoute.helpNearby().pattern) { req, _ in
            let province = req.uri.queryParameters.get("provinsi")
            let directory = HelpDirectory(agencies: try await store.agencies.all(), chosen: province)
            return PublicLayout.response(HelpNearbyView.page(directory, lang: req.publicLang,
                                                             url: Self.url(.helpNearby(province: directory.chosen?.code), req)))
        }
        router.get(SiteRoute.publicWarnings.pattern) { req, _ in
            PublicLayout.response(PublicWarningsView.page(try await store.offerRegister.current().warnings.warnings,
                                                          lang: req.publicLang, url: Self.url(.publicWarnings, req)))
        }
    }

    /// The page's full address in the reader's language, for sharing.
    static func url(_ route: SiteRoute, _ req: Request) -> String {
        SiteRoute.absolute(OfferStepViews.localised(route.path, req.publicLang), req)
    }
}
