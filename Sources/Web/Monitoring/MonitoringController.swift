import Cases
import Coordination
import Foundation
import Hummingbird
import Monitoring
import Spreadsheet
import Store

/// `/pemantauan` and `/api/v1/indicators`: the indicators, for every signed-in role — an agency's
/// own records exactly, anything across agencies through the disclosure rule.
struct MonitoringController {
    let service: MonitoringService

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.monitoring().pattern) { req, ctx in try await dashboard(req, ctx) }
        router.get(SiteRoute.indicator(SiteRoute.idParameter).pattern) { req, ctx in try await indicator(req, ctx) }
        router.get(SiteRoute.indicatorMethod(SiteRoute.idParameter).pattern) { req, ctx in try await method(req, ctx) }
        router.get(SiteRoute.indicatorCSV(SiteRoute.idParameter).pattern) { req, ctx in try await csv(req, ctx) }
        router.get(SiteRoute.monitoringWorkbook().pattern) { req, ctx in try await workbook(req, ctx) }
        router.get(SiteRoute.monitoringEstimate().pattern) { req, ctx in try await estimate(req, ctx) }
        router.get(SiteRoute.monitoringPack(SiteRoute.idParameter).pattern) { req, ctx in try await pack(req, ctx, workbook: false) }
        router.get(SiteRoute.monitoringPackWorkbook(SiteRoute.idParameter).pattern) { req, ctx in try await pack(req, ctx, workbook: true) }
        router.get(SiteRoute.annualReport().pattern) { req, ctx in try await annualReport(req, ctx) }
        router.get(SiteRoute.api(.indicators).pattern) { _, ctx in
            _ = try Self.apiViewer(ctx)
            return JSONResponse.make(IndicatorJSON.List(.shipped))
        }
        router.get(SiteRoute.api(.indicator(SiteRoute.idParameter)).pattern) { req, ctx in try await apiIndicator(req, ctx) }
    }

    struct Reading {
        let filter: MonitoringFilter
        let agencies: [Agency]
        let snapshot: MonitoringService.Snapshot
        let rule: DisclosureRule
    }

    /// The reader's filter, the facts and the rule for one request; `overriding` replaces
    /// parameters the page fixes itself (the annual report is always across agencies).
    func read(_ req: Request, viewer: Viewer, overriding: [String: String] = [:]) async throws -> Reading {
        let agencies = try await service.store.agencies.all()
        var query: [String: String] = [:]
        for (k, v) in req.uri.queryParameters { query[String(k)] = String(v) }
        query.merge(overriding) { _, fixed in fixed }
        let filter = try service.filter(query, viewer: viewer, agencyIDs: Set(agencies.map(\.id)))
        return Reading(filter: filter, agencies: agencies, snapshot: try await service.snapshot(),
                        rule: try await service.rule(for: viewer, filter: filter))
    }

    func context(_ r: Reading, _ ctx: SimpulContext, _ s: SignedIn, path: String) -> MonitoringViews.Context {
        MonitoringViews.Context(chrome: ctx.chrome(for: s, path: path), filter: r.filter, agencies: r.agencies,
                                readAt: r.snapshot.readAt, rule: r.rule)
    }

    func dashboard(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let r = try await read(req, viewer: s.viewer)
        var figures: [(IndicatorDefinition, String, IndicatorTable, ProtectedTable)] = []
        let tables = try await service.dashboardTables(r.snapshot, filter: r.filter)
        for (d, raw) in zip(r.snapshot.calculator.registry.indicators, tables) {
            let shown = r.rule.apply(raw).withoutEmptyRows()
            figures.append((d, d.defaultBreakdown, raw, shown.top(MonitoringViews.dashboardRows, by: MonitoringTableView.chartColumn(shown, unit: d.unit))))
        }
        return Layout.response(MonitoringViews.dashboard(context(r, ctx, s, path: req.uri.path), figures: figures))
    }

    /// One indicator as a request asks for it: the reader, the filter, the breakdown, the table.
    struct Counted {
        let signedIn: SignedIn
        let request: Reading
        let definition: IndicatorDefinition
        let breakdown: String
        let raw: IndicatorTable
    }

    func counted(_ req: Request, _ ctx: SimpulContext) async throws -> Counted {
        let s = try ctx.requireUser()
        let r = try await read(req, viewer: s.viewer)
        let d = try r.snapshot.calculator.registry.definition(try ctx.parameters.require("id"))
        let by = try d.breakdown(req.uri.queryParameters.get("rincian"))
        return Counted(signedIn: s, request: r, definition: d, breakdown: by,
                       raw: try r.snapshot.calculator.table(d.id, breakdown: by, filter: r.filter))
    }

    func indicator(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let c = try await counted(req, ctx)
        return Layout.response(MonitoringViews.indicator(context(c.request, ctx, c.signedIn, path: req.uri.path), definition: c.definition,
                                                         breakdown: c.breakdown, raw: c.raw, table: c.request.rule.apply(c.raw)))
    }

    func method(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let r = try await read(req, viewer: s.viewer)
        let d = try r.snapshot.calculator.registry.definition(id)
        let raw = try r.snapshot.calculator.table(id, breakdown: nil, filter: r.filter)
        return Layout.response(MonitoringViews.method(context(r, ctx, s, path: req.uri.path), definition: d, raw: raw))
    }

    func csv(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let c = try await counted(req, ctx)
        let sheet = MonitoringExport.sheet(c.request.rule.apply(c.raw), name: "data", title: "", note: "",
                                           rowHeader: MonitoringViews.breakdownLabel(c.breakdown, ctx.lang), lang: ctx.lang)
        let bytes = try CSVTable(sheet).utf8(byteOrderMark: true)
        return download(bytes, type: "text/csv; charset=utf-8", name: "\(c.definition.id)-\(c.request.filter.period).csv")
    }

    func workbook(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let r = try await read(req, viewer: s.viewer)
        let bytes = try MonitoringExport.workbook(r.snapshot.calculator, filter: r.filter, rule: r.rule, readAt: r.snapshot.readAt, lang: ctx.lang)
        return download(bytes, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        name: "indikator-tppo-\(r.filter.period).xlsx")
    }

    func estimate(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        let r = try await read(req, viewer: s.viewer)
        let (histories, outcome) = Self.undetected(r)
        return Layout.response(EstimateView.render(context(r, ctx, s, path: req.uri.path), histories: histories, outcome: outcome))
    }

    /// The estimate of undetected victims for a reading: only from enough people to publish
    /// (k, across agencies), never shown as a count.
    static func undetected(_ r: Reading) -> (CaptureHistories?, EstimateView.Outcome) {
        let histories = try? r.snapshot.calculator.captureHistories(filter: r.filter)
        guard let histories, r.rule.mode == .exact || histories.observed >= r.rule.k else { return (histories, .tooLittle) }
        do {
            return (histories, .estimate(try MultipleSystemsEstimate.fit(histories)))
        } catch {
            return (histories, .failed(CodeLabel(code: "no_model", id: "Tidak ada model yang dapat dicocokkan pada data ini.",
                                                 en: "No model can be fitted to these data.")))
        }
    }

    func pack(_ req: Request, _ ctx: SimpulContext, workbook: Bool) async throws -> Response {
        let s = try ctx.requireUser()
        let id = try ctx.parameters.require("id")
        let r = try await read(req, viewer: s.viewer)
        let registry = r.snapshot.calculator.registry
        guard let pack = ReportPack.named(id, registry: registry) else {
            throw MonitoringError.badValue("paket", id, allowed: ReportPack.all(registry).map(\.id))
        }
        let counted = try ReportPackView.count(pack, calculator: r.snapshot.calculator, filter: r.filter, rule: r.rule, lang: ctx.lang)
        if workbook {
            let note = MonitoringExport.note(r.filter, rule: r.rule, readAt: r.snapshot.readAt, lang: ctx.lang)
            return download(try ReportPackView.workbook(pack, counted: counted, note: note, created: r.snapshot.readAt, lang: ctx.lang),
                            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: "\(pack.id)-\(r.filter.period).xlsx")
        }
        return Layout.response(ReportPackView.page(context(r, ctx, s, path: req.uri.path), pack: pack, counted: counted))
    }

    /// Across agencies whatever the reader's role: the annual report is the task force's.
    func annualReport(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        var fixed = ["instansi": "semua"]
        if req.uri.queryParameters.get("periode") == nil { fixed["periode"] = String(CalendarDate(Date()).year - 1) }
        let r = try await read(req, viewer: s.viewer, overriding: fixed)
        let registry = r.snapshot.calculator.registry
        let counted = try ReportPackView.count(AnnualReportView.pack(registry), calculator: r.snapshot.calculator, filter: r.filter,
                                               rule: r.rule, lang: ctx.lang)
        var estimate: MultipleSystemsEstimate?
        if case .estimate(let e) = Self.undetected(r).1 { estimate = e }
        return Layout.response(AnnualReportView.render(context(r, ctx, s, path: req.uri.path), counted: counted, estimate: estimate,
                                                       registry: registry))
    }

    func download(_ data: Data, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    func apiIndicator(_ req: Request, _ ctx: SimpulContext) async throws -> Response {
        let viewer = try Self.apiViewer(ctx)
        let id = try ctx.parameters.require("id")
        let r = try await read(req, viewer: viewer)
        let d = try r.snapshot.calculator.registry.definition(id)
        let by = try d.breakdown(req.uri.queryParameters.get("rincian"))
        let raw = try r.snapshot.calculator.table(id, breakdown: by, filter: r.filter)
        return JSONResponse.make(IndicatorJSON(definition: d, breakdown: by, filter: r.filter, readAt: r.snapshot.readAt,
                                               raw: raw, table: r.rule.apply(raw)))
    }
}

extension MonitoringController {
    /// Every role may read the indicators (analysts above all); the disclosure rule decides what.
    static func apiViewer(_ ctx: SimpulContext) throws -> Viewer {
        guard let u = ctx.apiUser else {
            throw APIError(status: .unauthorized, code: "unauthorized", id: "Token API tidak ada atau tidak sah", en: "Missing or invalid API token")
        }
        return u.viewer
    }
}
