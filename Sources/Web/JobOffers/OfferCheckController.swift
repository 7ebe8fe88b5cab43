import Cases
import Foundation
import Hummingbird
import OfferCheck

/// The public job-offer checker under `/cek-lowongan`: no sign-in, no cookie. The answers travel
/// in the pages until the result, which is computed and shown and then forgotten; nothing a
/// person answers is stored or logged. The village head's checklist is printed from here too.
struct OfferCheckController {
    let service: OfferCheckService
    let guardian: PublicGuard
    let config: AppConfig

    static let bodyLimit = 64 * 1024

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.offerCheck.pattern) { req, _ in
            PublicLayout.response(OfferStepViews.intro(rules: service.rules, lang: req.publicLang))
        }
        // A reload after a form lands on a POST-only address: back to the start (the answers
        // were in the form, never on the server, so there is nothing to resume).
        router.get(SiteRoute.offerCheckStep.pattern) { req, _ in
            Response(status: .seeOther, headers: [.location: OfferStepViews.localised(SiteRoute.offerCheck.path, req.publicLang)])
        }
        router.post(SiteRoute.offerCheckStep.pattern) { req, ctx in try await step(req, ctx) }
        router.get(SiteRoute.villageHeadChecklist.pattern) { req, _ in
            PublicLayout.response(VillageHeadChecklistView.page(VillageHeadChecklist(rules: service.rules, on: CalendarDay(Date())),
                                                                rules: service.rules, lang: req.publicLang))
        }
    }

    func step(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = try await PublicForm.readSameOrigin(req, limit: Self.bodyLimit)
        let lang = form.lang
        if form.value("start") != nil { return page(.recruiter, form.fields, OfferAnswers(), errors: [], lang: lang) }
        guard let step = form.value("step").flatMap(OfferStep.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Langkah tidak dikenal / Unknown step")
        }
        let (answers, errors) = OfferForm.read(form.fields)
        if let target = form.value("goto").flatMap(OfferStep.init(rawValue:)), target != .result {
            return page(target, form.fields, answers, errors: [], lang: lang)
        }
        if form.value("go") == "back" {
            return page(step.previous(answers) ?? step, form.fields, answers, errors: [], lang: lang)
        }
        if let first = errors.first.flatMap({ OfferStep.owning($0.field) }) {
            return page(first, form.fields, answers, errors: errors, lang: lang, status: .unprocessableContent)
        }
        let next = step == .result ? .result : step.next(answers)
        guard next == .result else { return page(next, form.fields, answers, errors: [], lang: lang) }
        let key = guardian.key(for: ctx.clientAddress(req, trustedProxies: config.trustedProxies))
        if let wait = await guardian.countCheck(key, now: Date().timeIntervalSince1970) {
            return ReportController.tooMany(wait, lang: lang)
        }
        // The result page posts to itself (to change language): counted once, when first reached.
        let outcome = try await service.check(answers, record: step != .result)
        return PublicLayout.response(OfferResultView.page(outcome, fields: form.fields, rules: service.rules, lang: lang))
    }

    private func page(_ step: OfferStep, _ fields: [String: [String]], _ answers: OfferAnswers, errors: [FieldError], lang: Lang,
                      status: HTTPResponse.Status = .ok) -> Response {
        PublicLayout.response(OfferStepViews.step(step, fields: fields, answers: answers, errors: errors, rules: service.rules, lang: lang),
                              status: status)
    }
}
