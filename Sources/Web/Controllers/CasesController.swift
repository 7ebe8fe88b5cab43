import Cases
import Foundation
import Hummingbird
import Store

/// The case registry's pages.
struct CasesController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.home.pattern) { _, ctx in try await home(ctx) }
        router.get(SiteRoute.cases().pattern) { req, ctx in try await list(req, ctx) }
        router.get(SiteRoute.newCase.pattern) { req, ctx in
            try await newCase(req, ctx, form: try await prefill(fromReport: req.uri.queryParameters.get("laporan"), ctx), errors: [])
        }
        router.post(SiteRoute.newCase.pattern) { req, ctx in try await create(req, ctx) }
        // A case's page is addressed by its number; the id addresses of before lead there.
        router.get(SiteRoute.caseDetail(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try ctx.requireUser()
            let key = try ctx.parameters.require("id")
            guard CaseNumberFormat.matches(key) else {
                let record = try await store.cases.record(id: key, viewer: s.viewer)
                let query = req.uri.query.map { "?" + $0 } ?? ""
                return Response(status: .movedPermanently, headers: [.location: SiteRoute.caseDetail(record.number).path + query])
            }
            guard let id = try await store.cases.caseID(number: key.uppercased()) else { throw StoreError.notFound("case \(key)") }
            return try await detail(req, ctx, id: id, form: nil, errors: [])
        }
        router.post(SiteRoute.addPerson(SiteRoute.idParameter).pattern) { req, ctx in try await addPerson(req, ctx) }
        router.get(SiteRoute.statistics.pattern) { req, ctx in
            let s = try ctx.requireUser()
            return Layout.response(StatisticsView.render(ctx.chrome(for: s, path: req.uri.path), stats: try await store.cases.statistics()))
        }
    }


    func home(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let count = s.user.role.mayReadCases ? try await store.cases.count(viewer: s.viewer) : nil
        let works = s.user.role.mayReadCases && s.user.role != .administrator
        let reports = works ? try await store.reports.openCount(agencyID: s.user.agencyID) : nil
        let alerts = works ? try await store.reports.openAlerts(agencyID: s.user.agencyID).count : 0
        let work = s.user.role.mayReadCases ? try await store.coordination.workCounts(agencyID: s.user.agencyID, today: CalendarDate(Date())) : nil
        return Layout.response(HomeView.render(ctx.chrome(for: s, path: SiteRoute.home.path), caseCount: count,
                                               openReports: reports, alerts: alerts, work: work))
    }

    static func filter(_ q: (String) -> String?) -> (CaseFilter, [String: String]) {
        var query: [String: String] = [:]
        for key in ["q", "provinsi", "status", "eksploitasi"] { if let v = q(key), !v.isEmpty { query[key] = v } }
        let filter = CaseFilter(text: query["q"], provinceCode: query["provinsi"].flatMap { Province.named(code: $0)?.code },
                                status: query["status"].flatMap(CaseStatus.init(rawValue:)),
                                exploitationType: query["eksploitasi"].flatMap(ExploitationType.init(rawValue:)),
                                page: q("hal").flatMap { Int($0) } ?? 1)
        return (filter, query)
    }

    func list(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let (filter, query) = Self.filter { req.uri.queryParameters.get($0) }
        let page = try await store.cases.list(filter, viewer: s.viewer, changeNumber: ctx.changeNumbers?.cases)
        return Layout.response(CaseListView.render(ctx.chrome(for: s, path: req.uri.path), page: page, query: query))
    }

    func newCase(_ req: Request, _ ctx: SimpulContext, form: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireUser()
        guard s.user.role.mayRegisterCases else { throw AccessDenied() }
        let html = CaseFormView.render(ctx.chrome(for: s, path: req.uri.path), form: form, errors: errors, agencies: try await store.agencies.all())
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func create(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let form = ctx.form ?? FormData("")
        let draft = CaseDraft(provinceCode: form["provinceCode"] ?? "", regency: form["regency"] ?? "", openedOn: form["openedOn"] ?? "",
                              incidentDate: form.value("incidentDate"), exploitationTypes: form.all("exploitationTypes"),
                              summary: form["summary"] ?? "", agencyIDs: form.all("agencyIDs"),
                              exploitationCountry: form.value("exploitationCountry"))
        do {
            let record = try await store.cases.register(try draft.validated(today: Date()), by: s.viewer)
            if let reportID = form.value("reportID") {
                try await store.reports.linkCase(reportID: reportID, caseID: record.id, by: s.viewer)
            }
            return Response.redirect(to: SiteRoute.caseDetail(record.number).path, type: .normal)
        } catch let failure as ValidationFailure {
            return try await newCase(req, ctx, form: form, errors: failure.errors)
        }
    }

    /// The new-case form filled from a report the user's agency holds, keeping the link.
    func prefill(fromReport reportID: String?, _ ctx: SimpulContext) async throws -> FormData? {
        guard let reportID, let s = ctx.signedIn else { return nil }
        let report = try await store.reports.open(id: reportID, by: s.viewer)
        var pairs: [(String, String)] = [("reportID", reportID), ("openedOn", CalendarDate(Date()).description),
                                         ("agencyIDs", s.user.agencyID),
                                         ("summary", "Dari laporan \(report.summary.reference). " + String(report.answers.narrative.prefix(1_500)))]
        if let p = report.answers.provinceCode { pairs.append(("provinceCode", p)) }
        if let r = report.answers.regency { pairs.append(("regency", r)) }
        for t in report.answers.exploitationTypes { pairs.append(("exploitationTypes", t.rawValue)) }
        return FormData(pairs.map { "\($0.0)=\(SiteRoute.encode($0.1))" }.joined(separator: "&"))
    }

    func detail(_ req: Request, _ ctx: SimpulContext, id: String, form: FormData?, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireUser()
        let detail = try await store.cases.detail(id: id, viewer: s.viewer)
        let canAdd = AccessPolicy.mayAddPerson(s.viewer, involvedAgencies: detail.involvedAgencyIDs)
        let html = CaseDetailView.render(ctx.chrome(for: s, path: SiteRoute.caseDetail(detail.record.number).path),
                                         detail: detail, screenings: try await store.screenings.list(caseID: id),
                                         network: try await store.networks.entities(caseID: id, viewer: s.viewer), personForm: form, errors: errors, canAddPerson: canAdd)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func addPerson(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let form = ctx.form ?? FormData("")
        var ageErrors: [FieldError] = []
        let age = form.value("ageAtReport").flatMap { Int($0) }
        if form.value("ageAtReport") != nil && age == nil {
            ageErrors.append(FieldError(field: "ageAtReport", id: "Usia harus berupa angka", en: "Age must be a number"))
        }
        let draft = PersonDraft(role: form["role"] ?? "", fullName: form["fullName"] ?? "", nik: form.value("nik"),
                                birthDate: form.value("birthDate"), birthPlace: form.value("birthPlace"), sex: form.value("sex"), ageAtReport: age,
                                citizenship: form.value("citizenship"), address: form.value("address"), phone: form.value("phone"))
        do {
            if !ageErrors.isEmpty { throw ValidationFailure(ageErrors) }
            let person = try await store.cases.addPerson(try draft.validated(today: Date()), toCase: id, by: s.viewer)
            // Whoever may see the identity is shown at once who else this person may be.
            guard s.user.role.mayNeedIdentities else { return Response.redirect(to: SiteRoute.caseDetail(id).path, type: .normal) }
            return Response.redirect(to: SiteRoute.personMatches(person.id).path + "?baru=1", type: .normal)
        } catch let failure as ValidationFailure {
            return try await detail(req, ctx, id: id, form: form, errors: failure.errors)
        }
    }
}
