import Cases
import Foundation
import Hummingbird
import Monitoring
import Practice
import Store

/// `/praktik`: the implementation gap. Its figures span agencies, so they go out through the
/// monitoring disclosure rule, and only to the roles that judge charging practice or study it.
struct PracticeGapController {
    let store: SimpulStore

    /// Those who charge and prosecute, and the task force's administrator and analysts.
    static func mayRead(_ role: Role) -> Bool { [.administrator, .analyst, .investigator, .prosecutor].contains(role) }

    /// The bundled decisions read as verdicts once; they change only with a new build.
    static let bundled: Result<[RecordedVerdict], DecisionSetError> = BundledDecisions.index.map {
        RecordedVerdict.reading($0.decisions, today: Date())
    }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.practiceGap.pattern) { req, ctx in
            let s = try ctx.requireUser()
            guard Self.mayRead(s.user.role) else { throw AccessDenied() }
            let page = try await Self.page(store)
            return Layout.response(PracticeGapView.page(page, chrome: ctx.chrome(for: s, path: req.uri.path)))
        }
    }

    static func page(_ store: SimpulStore) async throws -> PracticeGapPage {
        PracticeGapPage(recorded: try await store.practiceGap.verdicts(), bundled: bundled,
                        rule: try .protected(k: try await store.monitoringSettings.threshold()))
    }
}
