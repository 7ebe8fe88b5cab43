import Cases
import Hummingbird
import Store
import Training

/// Officers' training at `/pelatihan`. Every signed-in officer may train; the instructor's view
/// of a cohort is the task-force administrator's, who already oversees every agency (no new role).
struct TrainingController {
    let store: SimpulStore
    let book: TrainingBook

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.training.pattern) { _, ctx in try await list(ctx, detailed: false) }
        router.get(SiteRoute.trainingProgress.pattern) { _, ctx in try await list(ctx, detailed: true) }
        router.get(SiteRoute.trainingInstructor().pattern) { req, ctx in try await instructor(req, ctx) }
        router.get(SiteRoute.trainingCertificateCheck().pattern) { req, _ in try await check(req) }
        router.get(SiteRoute.trainingCertificate("{course}").pattern) { req, ctx in try await certificate(req, ctx) }
        router.get(SiteRoute.trainingStudy("{id}").pattern) { _, ctx in try await form(ctx, chosen: nil, errors: []) }
        router.post(SiteRoute.trainingStudy("{id}").pattern) { _, ctx in try await answer(ctx) }
        router.get(SiteRoute.trainingResult("{id}", attempt: "{attempt}").pattern) { _, ctx in try await result(ctx) }
    }

    private func list(_ ctx: SimpulContext, detailed: Bool) async throws -> Response {
        let s = try ctx.requireUser()
        let path = detailed ? SiteRoute.trainingProgress.path : SiteRoute.training.path
        let html = TrainingListView.page(book, progress: try await store.training.progress(userID: s.user.id),
                                         certificates: try await store.training.certificates(userID: s.user.id),
                                         instructor: s.user.role == .administrator, detailed: detailed, chrome: ctx.chrome(for: s, path: path))
        return Layout.response(html)
    }

    private func study(_ ctx: SimpulContext) throws -> (study: CaseStudy, key: AnswerKey) {
        let id = try ctx.parameters.require("id")
        guard let found = book.study(id) else { throw StoreError.notFound("case study \(id)") }
        return found
    }

    private func form(_ ctx: SimpulContext, chosen: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireUser()
        let (study, _) = try study(ctx)
        let html = StudyFormView.page(study, assessedOn: book.catalogue.assessedOn, options: book.options, chosen: chosen, errors: errors,
                                      chrome: ctx.chrome(for: s, path: SiteRoute.trainingStudy(study.id).path))
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    private func answer(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let (study, key) = try study(ctx)
        let fields = ctx.form ?? FormData("")
        switch OfficerAnswer.read(fields.all, options: book.options) {
        case .failure(let bad):
            return try await form(ctx, chosen: fields, errors: bad.fields.map(TrainingWords.fieldError))
        case .success(let answer):
            let graded = Grading.grade(answer, against: key)
            let saved = try await store.training.record(graded, study: study, courseStudies: book.catalogue.studies(in: study.course).map(\.id),
                                                        by: s.viewer, name: s.user.displayName)
            return Response.redirect(to: SiteRoute.trainingResult(study.id, attempt: saved.attemptID).path, type: .normal)
        }
    }

    private func result(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let (study, key) = try study(ctx)
        let attemptID = try ctx.parameters.require("attempt")
        guard let attempt = try await store.training.attempt(attemptID, userID: s.user.id), attempt.studyID == study.id else {
            throw StoreError.notFound("attempt \(attemptID)")
        }
        let certificate = try await store.training.certificates(userID: s.user.id).first { $0.course == study.course }
        let html = StudyResultView.page(study, key: key, attempt: attempt, certificate: certificate,
                                        chrome: ctx.chrome(for: s, path: SiteRoute.trainingResult(study.id, attempt: attemptID).path))
        return Layout.response(html)
    }

    private func certificate(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let raw = try ctx.parameters.require("course")
        guard let course = Course(rawValue: raw),
              let c = try await store.training.certificates(userID: s.user.id).first(where: { $0.course == course })
        else { throw StoreError.notFound("certificate \(raw)") }
        let checkURL = SiteRoute.absolute(SiteRoute.trainingCertificateCheck(code: c.code).path, req)
        return Layout.response(CertificateView.page(c, studies: book.catalogue.studies(in: course).count, checkURL: checkURL,
                                                    chrome: ctx.chrome(for: s, path: SiteRoute.trainingCertificate(raw).path)))
    }

    /// Public and without sign-in. A code that cannot be one is answered like an unknown one.
    private func check(_ req: Request) async throws -> Response {
        let typed = req.uri.queryParameters.get("kode")
        let found = try await typed.flatMap(VerificationCode.normalised).asyncFlatMap { try await store.training.certificate(code: $0) }
        let status: HTTPResponse.Status = typed != nil && found == nil ? .notFound : .ok
        return PublicLayout.response(CertificateView.check(code: typed, found: found, lang: req.publicLang), status: status)
    }

    private func instructor(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let agencies = try await store.agencies.all()
        let chosen = req.uri.queryParameters.get("instansi").flatMap { $0.isEmpty ? nil : $0 }
        if let chosen, !agencies.contains(where: { $0.id == chosen }) {
            throw HTTPError(.badRequest, message: ctx.lang("instansi: bukan instansi yang dikenal; pilih dari daftar.",
                                                           "instansi: not a known agency; choose one from the list."))
        }
        let summary = try await store.training.cohort(agencyID: chosen, viewedBy: s.viewer)
        return Layout.response(InstructorView.page(summary, agencies: agencies, chosen: chosen,
                                                   chrome: ctx.chrome(for: s, path: SiteRoute.trainingInstructor(agency: chosen).path)))
    }
}
