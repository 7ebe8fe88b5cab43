import Cases
import Foundation
import Hummingbird
import Monitoring
import Practice
import Store
import Synchronization

/// `/praktik`: the implementation gap. Its figures span agencies, so they go out through the
/// monitoring disclosure rule, and only to the roles that judge charging practice or study it.
struct PracticeGapController {
    let store: SimpulStore
    let recorded = RecordedVerdicts()

    /// Those who charge and prosecute, and the task force's administrator and analysts.
    static func mayRead(_ role: Role) -> Bool { [.administrator, .analyst, .investigator, .prosecutor].contains(role) }

    /// The bundled decisions read as verdicts and tallied once; they change only with a new build.
    static let bundled = PracticeGapPage.Bundled(BundledDecisions.index.map { RecordedVerdict.reading($0.decisions, today: Date()) })

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.practiceGap.pattern) { req, ctx in
            let s = try ctx.requireUser()
            guard Self.mayRead(s.user.role) else { throw AccessDenied() }
            let page = try await Self.page(store, recorded: recorded)
            return Layout.response(PracticeGapView.page(page, chrome: ctx.chrome(for: s, path: req.uri.path)))
        }
    }

    static func page(_ store: SimpulStore, recorded: RecordedVerdicts) async throws -> PracticeGapPage {
        PracticeGapPage(recorded: try await recorded.current(store.practiceGap), bundled: bundled,
                        rule: try .protected(k: try await store.monitoringSettings.threshold()))
    }
}

/// The recorded verdicts as last read, under the store's state then: reading them opens
/// (decrypts) every justice track, which a page view should not repeat while nothing changed.
final class RecordedVerdicts: Sendable {
    private let kept = Mutex<(token: PracticeGapReader.ChangeToken, verdicts: [RecordedVerdict])?>(nil)

    func current(_ reader: PracticeGapReader) async throws -> [RecordedVerdict] {
        let token = try await reader.changeToken()
        if let kept = kept.withLock({ $0 }), kept.token == token { return kept.verdicts }
        // Read after the token: a change in between is newer than the token, and the next view reads again.
        let verdicts = try await reader.verdicts()
        kept.withLock { $0 = (token, verdicts) }
        return verdicts
    }
}
