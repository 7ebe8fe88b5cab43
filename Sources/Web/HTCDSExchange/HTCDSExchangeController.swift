import Cases
import Foundation
import Hummingbird
import Store

/// `/kasus/htcds`: an agency's cases in and out as HTCDS 2.0. Everyone who opens case files may
/// download their agency's; only the roles `AccessPolicy.mayImportExchange` names may load a
/// partner's file, always as cases of their own agency.
struct HTCDSExchangeController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.htcdsExchange.pattern) { _, ctx in try await page(ctx, errors: []) }
        router.get(SiteRoute.htcdsExport().pattern) { req, ctx in try await HTCDSExportDownload(store: store).response(req, ctx) }
        router.post(SiteRoute.htcdsImport.pattern) { _, ctx in try await upload(ctx) }
        router.get(SiteRoute.htcdsImportJob(SiteRoute.idParameter).pattern) { _, ctx in try await job(ctx, id: try ctx.parameters.require("id")) }
    }

    func page(_ ctx: SimpulContext, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireUser()
        guard s.viewer.role.mayReadCases else { throw AccessDenied() }
        let html = HTCDSExchangeView.render(ctx.chrome(for: s, path: SiteRoute.htcdsExchange.path),
                                            mayImport: AccessPolicy.mayImportExchange(s.viewer),
                                            mayIncludeIdentities: s.viewer.role.mayNeedIdentities,
                                            jobs: try await store.htcdsImportJobs.recent(agencyID: s.viewer.agencyID), errors: errors)
        return Layout.response(html, status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    func upload(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireUser()
        guard AccessPolicy.mayImportExchange(s.viewer) else { throw AccessDenied() }
        let upload: HTCDSImportUpload
        switch HTCDSImportUpload.read(ctx.uploads) {
        case .success(let u): upload = u
        case .failure(let failure): return try await page(ctx, errors: failure.errors)
        }
        let agency = try await store.agencies.find(id: s.viewer.agencyID)
        let job = try await store.htcdsImportJobs.start(fileName: upload.fileName, by: s.viewer)
        HTCDSImportWorker.start(upload, job: job, store: store, viewer: s.viewer, defaultProvinceCode: agency?.provinceCode)
        return Response.redirect(to: SiteRoute.htcdsImportJob(job).path, type: .normal)
    }

    func job(_ ctx: SimpulContext, id: String) async throws -> Response {
        let s = try ctx.requireUser()
        guard s.viewer.role.mayReadCases else { throw AccessDenied() }
        let job = try await store.htcdsImportJobs.job(id, viewer: s.viewer)
        return Layout.response(HTCDSImportJobView.render(ctx.chrome(for: s, path: SiteRoute.htcdsImportJob(id).path), job: job, now: Date()))
    }
}
