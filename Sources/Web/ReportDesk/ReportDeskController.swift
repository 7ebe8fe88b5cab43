import Cases
import Foundation
import Hummingbird
import Reporting
import Store

/// The agency's side of reports: its queue with urgent alerts on top, one report with its
/// thread, and what can be done to it. Hotline operators also file reports for callers here.
struct ReportDeskController {
    let store: SimpulStore
    let service: ReportService

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.reportQueue.pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let closed = req.uri.queryParameters.get("status") == "selesai"
            let html = ReportDeskViews.queue(ctx.chrome(for: s, path: req.uri.path),
                                             reports: try await store.reports.queue(agencyID: s.user.agencyID, open: !closed),
                                             alerts: try await store.reports.openAlerts(agencyID: s.user.agencyID), showingClosed: closed)
            return Layout.response(html)
        }
        router.post(SiteRoute.reportAlert(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            try await store.reports.acknowledgeAlert(id: try ctx.parameters.require("id"), by: s.viewer)
            return Response.redirect(to: SiteRoute.reportQueue.path, type: .normal)
        }
        router.get(SiteRoute.reportDetail(SiteRoute.idParameter).pattern) { req, ctx in
            try await detail(req, ctx, id: try ctx.parameters.require("id"), errors: [])
        }
        router.post(SiteRoute.reportMessage(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let form = ctx.form ?? FormData("")
            let body = form.value("body") ?? ""
            guard let kind = form.value("kind").flatMap(ReportMessage.Kind.init(rawValue:)) else {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "kind", id: "Pilih jenis pesan", en: "Choose the kind of message")])
            }
            guard !body.isEmpty, body.count <= ReportMessage.bodyLimit else {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "body", id: "Tulis pesan (paling banyak \(ReportMessage.bodyLimit) karakter)",
                                                                              en: "Write a message (at most \(ReportMessage.bodyLimit) characters)")])
            }
            try await store.reports.addAgencyMessage(reportID: id, kind: kind, body: body, by: s.viewer)
            return Response.redirect(to: SiteRoute.reportDetail(id).path, type: .normal)
        }
        router.post(SiteRoute.reportClose(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let form = ctx.form ?? FormData("")
            guard let reason = form.value("reason").flatMap(ClosureReason.init(rawValue:)) else {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "reason", id: "Pilih alasan penutupan", en: "Choose why it is closed")])
            }
            do {
                try await store.reports.close(reportID: id, reason: reason, expectedVersion: Int(form.value("version") ?? "") ?? -1, by: s.viewer)
            } catch StoreError.conflict(let why) {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "reason", id: "Tidak dapat ditutup: \(why)", en: "Cannot close: \(why)")])
            }
            return Response.redirect(to: SiteRoute.reportQueue.path, type: .normal)
        }
        router.post(SiteRoute.reportReassign(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let id = try ctx.parameters.require("id")
            let form = ctx.form ?? FormData("")
            guard let agency = form.value("agency"), agency != s.user.agencyID else {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "agency", id: "Pilih instansi lain", en: "Choose another agency")])
            }
            do {
                try await store.reports.reassign(reportID: id, to: agency, expectedVersion: Int(form.value("version") ?? "") ?? -1, by: s.viewer)
            } catch StoreError.conflict(let why) {
                return try await detail(req, ctx, id: id, errors: [FieldError(field: "agency", id: "Tidak dapat dipindah: \(why)", en: "Cannot move: \(why)")])
            }
            return Response.redirect(to: SiteRoute.reportQueue.path, type: .normal)
        }
        router.get(SiteRoute.reportAttachment(SiteRoute.idParameter, "{aid}").pattern) { req, ctx in
            let s = try Self.worker(ctx)
            let (kind, bytes) = try await store.reports.attachment(id: try ctx.parameters.require("aid"),
                                                                    reportID: try ctx.parameters.require("id"), by: s.viewer)
            return Response(status: .ok, headers: [.contentType: kind.contentType, .contentDisposition: "attachment; filename=\"lampiran.\(kind.rawValue)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get(SiteRoute.reportOnBehalf.pattern) { req, ctx in
            let s = try Self.operator(ctx)
            return Layout.response(ReportDeskViews.onBehalf(ctx.chrome(for: s, path: req.uri.path), fields: [:], errors: []))
        }
        router.post(SiteRoute.reportOnBehalf.pattern) { req, ctx in
            let s = try Self.operator(ctx)
            let fields = (ctx.form ?? FormData("")).fields
            var (answers, errors) = ReportForm.validate(fields, through: .send)
            let channel = fields["channel"]?.first.flatMap(ReportChannel.init(rawValue:))
            if channel == nil || channel == .web {
                errors.append(FieldError(field: "channel", id: "Pilih saluran laporan", en: "Choose the channel"))
            }
            guard errors.isEmpty, let channel else {
                return Layout.response(ReportDeskViews.onBehalf(ctx.chrome(for: s, path: req.uri.path), fields: fields, errors: errors),
                                       status: .unprocessableContent)
            }
            if answers.contact == nil { answers.contact = .receiptOnly }
            let (code, reference, route) = try await service.file(answers, channel: channel, filedBy: s.viewer, attachments: [])
            let agency = try await store.agencies.all().first { $0.id == route.agencyID }?.name ?? route.agencyID
            return Layout.response(ReportDeskViews.filed(ctx.chrome(for: s, path: req.uri.path), code: code.grouped, reference: reference,
                                                         agency: agency, urgent: answers.isUrgent))
        }
    }

    func detail(_ req: Request, _ ctx: SimpulContext, id: String, errors: [FieldError]) async throws -> Response {
        let s = try Self.worker(ctx)
        let report = try await store.reports.open(id: id, by: s.viewer)
        let html = ReportDeskViews.detail(ctx.chrome(for: s, path: SiteRoute.reportDetail(id).path), report: report,
                                          agencies: try await store.agencies.all(), errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Someone who works a report queue: any role that reads case files, not the administrator.
    static func worker(_ ctx: SimpulContext) throws -> SignedIn {
        let s = try ctx.requireUser()
        guard s.user.role.mayReadCases, s.user.role != .administrator else { throw AccessDenied() }
        return s
    }

    static func `operator`(_ ctx: SimpulContext) throws -> SignedIn {
        let s = try ctx.requireUser()
        guard s.user.role == .hotlineOperator || (s.user.role.mayRegisterCases) else { throw AccessDenied() }
        return s
    }
}
