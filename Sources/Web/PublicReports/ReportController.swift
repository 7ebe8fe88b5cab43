import Cases
import Foundation
import Hummingbird
import Reporting
import Security
import Store

/// The public report pages under `/lapor`: no sign-in and no cookie unless the reporter asks
/// to stay. Answers travel in the pages themselves until the report is sent; the receipt code
/// is shown only after the report is committed.
struct ReportController {
    let service: ReportService
    let cookies: CookieJar
    let config: AppConfig

    static let cookieName = "simpul_lapor"
    static let stepBodyLimit = 64 * 1024

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.report.pattern) { req, _ in
            PublicLayout.response(ReportStepViews.intro(lang: Self.lang(req)))
        }
        // A reload or "back" after a form lands on a POST-only address: send the reporter to the
        // start (answers are in the form, never on the server, so there is nothing to resume).
        for route in [SiteRoute.reportStep, .reportSend, .reportConfirm, .reportLeave] {
            router.get(route.pattern) { req, _ in
                Response(status: .seeOther, headers: [.location: SiteRoute.report.path + (Self.lang(req).isEnglish ? "?bahasa=en" : "")])
            }
        }
        router.post(SiteRoute.reportStep.pattern) { req, ctx in try await step(req, ctx) }
        router.post(SiteRoute.reportSend.pattern) { req, ctx in try await send(req, ctx) }
        router.post(SiteRoute.reportConfirm.pattern) { req, _ in
            let form = try await Self.publicForm(req, limit: Self.stepBodyLimit)
            let lang = Self.lang(form)
            guard let code = form.value("sealed").flatMap({ service.openConfirmation($0) }) else {
                return PublicLayout.response(ReceiptViews.enterCode(lang: lang), status: .badRequest)
            }
            let typed = form.value("code").flatMap { try? ReceiptCode(parsing: $0) }
            if typed == code { return PublicLayout.response(ReceiptViews.saved(lang: lang)) }
            return Layout.response(rendered: ReceiptViews.receipt(code: code, reference: "", sealed: form.value("sealed") ?? "",
                                                              urgent: false, lang: lang, mismatch: true), status: .unprocessableContent)
        }
        router.get(SiteRoute.reportReturn.pattern) { req, _ in
            PublicLayout.response(ReceiptViews.enterCode(lang: Self.lang(req)))
        }
        router.post(SiteRoute.reportReturn.pattern) { req, ctx in try await open(req, ctx) }
        router.get(SiteRoute.reportThread.pattern) { req, _ in
            guard let id = service.reportID(access: req.cookies[Self.cookieName]?.value),
                  let view = try await service.store.reports.reporterView(id: id) else {
                return Response(status: .seeOther, headers: [.location: SiteRoute.reportReturn.path])
            }
            return PublicLayout.response(ReporterThreadView.page(view, access: service.accessToken(reportID: id), lang: Self.lang(req),
                                                                 usesCookie: true))
        }
        router.post(SiteRoute.reportThread.pattern) { req, ctx in try await addMessage(req, ctx) }
        router.post(SiteRoute.reportLeave.pattern) { req, _ in
            var response = Response(status: .seeOther, headers: [.location: SiteRoute.report.path])
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/lapor", secure: cookies.isSecure(req),
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    // MARK: the questionnaire

    func step(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = try await Self.publicForm(req, limit: Self.stepBodyLimit)
        let lang = Self.lang(form)
        if form.value("start") != nil {
            return await page(.danger, form.fields, errors: [], lang: lang, ctx: ctx, req: req, status: .ok)
        }
        guard let step = form.value("step").flatMap(ReportStep.init(rawValue:)), step != .send else {
            throw HTTPError(.badRequest, message: "Langkah tidak dikenal / Unknown step")
        }
        let (answers, _) = ReportForm.read(form.fields)
        if form.value("go") == "back", let previous = step.previous(answers) {
            return await page(previous, form.fields, errors: [], lang: lang, ctx: ctx, req: req, status: .ok)
        }
        let (checked, errors) = ReportForm.validate(form.fields, through: step)
        if !errors.isEmpty {
            return await page(Self.firstStep(with: errors, upTo: step), form.fields, errors: errors, lang: lang, ctx: ctx, req: req,
                        status: .unprocessableContent)
        }
        return await page(step.next(checked), form.fields, errors: [], lang: lang, ctx: ctx, req: req, status: .ok)
    }

    func page(_ step: ReportStep, _ fields: [String: [String]], errors: [FieldError], lang: Lang, ctx: SimpulContext,
              req: Request, status: HTTPResponse.Status, forceChallenge: Bool = false) async -> Response {
        let (answers, _) = ReportForm.read(fields)
        var challenge: Challenge?
        if step == .send {
            let key = service.guardian.key(for: ctx.clientAddress(req, trustedProxies: config.trustedProxies))
            let needed = await service.guardian.needsChallenge(key, now: Date().timeIntervalSince1970)
            if forceChallenge || needed {
                challenge = Challenge.issue(signer: service.challenges, bits: service.guardian.limits.challengeBits, now: Date())
            }
        }
        return PublicLayout.response(ReportStepViews.step(step, fields: fields, answers: answers, errors: errors, lang: lang,
                                                          challenge: challenge), status: status)
    }

    static func firstStep(with errors: [FieldError], upTo step: ReportStep) -> ReportStep {
        let fields = Set(errors.map(\.field))
        return ReportStep.allCases.first { !ReportFormFields.own($0).isDisjoint(with: fields) && $0 != .send } ?? step
    }

    // MARK: sending

    func send(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = try await Self.publicForm(req, limit: config.publicBodyLimit)
        let lang = Self.lang(form)
        let (answers, errors) = ReportForm.validate(form.fields, through: .send)
        if form.value("go") == "back", let previous = ReportStep.send.previous(answers) {
            return await page(previous, form.fields, errors: [], lang: lang, ctx: ctx, req: req, status: .ok)
        }
        if !errors.isEmpty {
            return await page(Self.firstStep(with: errors, upTo: .send), form.fields, errors: errors, lang: lang, ctx: ctx, req: req,
                        status: .unprocessableContent)
        }
        let attachments: [ReportSubmission.Attachment]
        switch Self.attachments(form.files) {
        case .success(let list): attachments = list
        case .failure(let problem):
            let e = FieldError(field: "files", id: problem.message.id + ". Pilih lagi berkasnya.", en: problem.message.en + ". Choose the files again.")
            return await page(.send, form.fields, errors: [e], lang: lang, ctx: ctx, req: req, status: .unprocessableContent)
        }
        let key = service.guardian.key(for: ctx.clientAddress(req, trustedProxies: config.trustedProxies))
        let now = Date().timeIntervalSince1970
        if await service.guardian.needsChallenge(key, now: now) {
            let nonce = form.value("challenge").flatMap {
                Challenge.check(token: $0, proof: form.value("proof"), answer: form.value("answer"), signer: service.challenges, now: Date())
            }
            // Spent in the store, so another server behind the load balancer refuses it too.
            guard let nonce, try await service.store.spentChallenges.spend(nonce, expires: Date().addingTimeInterval(1800)) else {
                let e = FieldError(field: "answer", id: "Jawab pertanyaan pemeriksaan dengan angka", en: "Answer the check question in digits")
                return await page(.send, form.fields, errors: form.files.isEmpty ? [e] : [e, FieldError(field: "files", id: "Pilih lagi berkasnya.", en: "Choose the files again.")],
                            lang: lang, ctx: ctx, req: req, status: .unprocessableContent, forceChallenge: true)
            }
        }
        if let wait = await service.guardian.countReport(key, now: now) {
            return Self.tooMany(wait, lang: lang)
        }
        do {
            let (code, reference): (ReceiptCode, String)
            do {
                (code, reference, _) = try await service.file(answers, channel: .web, filedBy: nil, attachments: attachments)
            } catch is SlowWork.Busy {
                // Nothing was filed: the answers come back on the last page, to send again.
                let e = FieldError(field: "send", id: "Server sedang sibuk dan laporan belum terkirim. Tunggu sebentar lalu kirim lagi.",
                                   en: "The server is busy and the report was not sent yet. Wait a moment, then send it again.")
                var busy = await page(.send, form.fields, errors: form.files.isEmpty ? [e] : [e, FieldError(field: "files", id: "Pilih lagi berkasnya.", en: "Choose the files again.")],
                                      lang: lang, ctx: ctx, req: req, status: .serviceUnavailable)
                busy.headers[.retryAfter] = "30"
                return busy
            }
            return Layout.response(rendered: ReceiptViews.receipt(code: code, reference: reference, sealed: service.sealForConfirmation(code),
                                                              urgent: answers.isUrgent, lang: lang))
        } catch ReportServiceError.noAgencies {
            return PublicLayout.response(ReceiptViews.unavailable(lang: lang), status: .serviceUnavailable)
        }
    }

    static func attachments(_ files: [PublicForm.UploadedFile]) -> Result<[ReportSubmission.Attachment], AttachmentPolicy.Problem> {
        let files = files.filter { $0.field == "files" }
        guard files.count <= AttachmentPolicy.maxFiles else { return .failure(.tooMany(files.count)) }
        var out: [ReportSubmission.Attachment] = []
        for f in files {
            do {
                let (kind, bytes) = try AttachmentPolicy.accept(name: f.filename, bytes: f.bytes)
                out.append(.init(id: UUID().uuidString.lowercased(), kind: kind, bytes: bytes))
            } catch { return .failure(error) }
        }
        return .success(out)
    }

    // MARK: coming back

    func open(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = try await Self.publicForm(req, limit: Self.stepBodyLimit)
        let lang = Self.lang(form)
        let key = service.guardian.key(for: ctx.clientAddress(req, trustedProxies: config.trustedProxies))
        let now = Date().timeIntervalSince1970
        let code: ReceiptCode
        do { code = try ReceiptCode(parsing: form.value("code") ?? "") } catch {
            return PublicLayout.response(ReceiptViews.enterCode(lang: lang, error: lang(error.message)), status: .unprocessableContent)
        }
        // The attempt is counted before the slow hash, not after: guesses sent in parallel all
        // count, and only a code that opens a report is given back.
        if let wait = await service.guardian.reserveCodeAttempt(key, now: now) { return Self.tooMany(wait, lang: lang) }
        guard let id = try await service.find(code), let view = try await service.store.reports.reporterView(id: id) else {
            return PublicLayout.response(ReceiptViews.enterCode(lang: lang, error: lang("Tidak ada laporan dengan kode itu. Periksa lagi kode Anda.",
                                                                                      "No report has that code. Check your code again.")),
                                         status: .notFound)
        }
        await service.guardian.forgiveCodeAttempt(key, now: now)
        let token = service.accessToken(reportID: id)
        let stay = form.value("stay") == "1"
        var response = PublicLayout.response(ReporterThreadView.page(view, access: token, lang: lang, usesCookie: stay))
        if stay {
            response.setCookie(Cookie(name: Self.cookieName, value: token, maxAge: 1800, path: "/lapor",
                                      secure: cookies.isSecure(req), httpOnly: true, sameSite: .strict))
        }
        return response
    }

    func addMessage(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let form = try await Self.publicForm(req, limit: config.publicBodyLimit)
        let lang = Self.lang(form)
        let cookie = req.cookies[Self.cookieName]?.value
        guard let id = service.reportID(access: form.value("access") ?? cookie) else {
            return PublicLayout.response(ReceiptViews.enterCode(lang: lang, error: lang("Waktu Anda habis. Masukkan kode lagi.", "Your time is up. Enter the code again.")),
                                         status: .unauthorized)
        }
        let body = form.value("message") ?? ""
        var errors: [FieldError] = []
        if body.count > ReportMessage.bodyLimit {
            errors.append(FieldError(field: "message", id: "Pesan paling banyak \(ReportMessage.bodyLimit) karakter", en: "At most \(ReportMessage.bodyLimit) characters"))
        }
        var attachments: [ReportSubmission.Attachment] = []
        switch Self.attachments(form.files) {
        case .success(let list): attachments = list
        case .failure(let p): errors.append(FieldError(field: "message", id: p.message.id, en: p.message.en))
        }
        if body.isEmpty && attachments.isEmpty && errors.isEmpty {
            errors.append(FieldError(field: "message", id: "Tulis pesan atau pilih lampiran", en: "Write a message or choose an attachment"))
        }
        if errors.isEmpty {
            do {
                try await service.store.reports.addReporterMessage(reportID: id, body: body, attachments: attachments)
            } catch let quota as ValidationFailure {
                errors = quota.errors
            }
        }
        guard let view = try await service.store.reports.reporterView(id: id) else { throw HTTPError(.notFound) }
        return PublicLayout.response(ReporterThreadView.page(view, access: service.accessToken(reportID: id), lang: lang,
                                                             usesCookie: cookie != nil,
                                                             notice: errors.isEmpty ? lang("Pesan Anda terkirim.", "Your message was sent.") : nil,
                                                             errors: errors),
                                     status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    // MARK: helpers

    static func publicForm(_ req: Request, limit: Int) async throws -> PublicForm {
        try await PublicForm.readSameOrigin(req, limit: limit)
    }

    static func tooMany(_ wait: Double, lang: Lang) -> Response {
        var r = PublicLayout.response(ReceiptViews.tooMany(minutes: Int((wait / 60).rounded(.up)), lang: lang), status: .tooManyRequests)
        r.headers[.retryAfter] = String(Int(wait.rounded(.up)))
        return r
    }

    static func lang(_ req: Request) -> Lang { req.publicLang }
    static func lang(_ form: PublicForm) -> Lang { form.lang }
}
