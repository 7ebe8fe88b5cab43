import Cases
import Foundation
import Hummingbird
import OpenData
import Store

/// `/admin/data/rilis`: the release workflow. The administrator builds a draft over the registry,
/// previews its receipt and files, approves it and publishes it; approval and publication ask for
/// the password or code again. Every step is audited by the store.
///
/// One administrator may take every step: Simpul's administrators are one role with no
/// separation of duties elsewhere, and a deployment may have only one. Who prepared, approved and
/// published each release is kept and shown instead.
struct ReleaseWorkflowController {
    let store: SimpulStore
    let reauth: Reauthentication

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.adminReleaseDrafts.pattern) { _, ctx in try await drafts(ctx, form: ReleaseDraftForm(), errors: []) }
        router.post(SiteRoute.adminReleaseDrafts.pattern) { _, ctx in try await build(ctx) }
        router.post(SiteRoute.adminSigningKey.pattern) { _, ctx in
            let s = try ctx.requireAdministrator()
            try await store.openData.makeSigningKey(by: s.viewer)
            return Response(status: .seeOther, headers: [.location: SiteRoute.adminReleaseDrafts.path])
        }
        router.get(SiteRoute.adminReleaseDraft("{id}").pattern) { _, ctx in try await preview(ctx, errors: []) }
        router.get(SiteRoute.adminReleaseDraftFile("{id}", name: "{name}").pattern) { _, ctx in
            _ = try ctx.requireAdministrator()
            let draft = try await requireDraft(ctx)
            let name = try ctx.parameters.require("name")
            guard let file = draft.contents.files.first(where: { $0.name == name }) else { throw StoreError.notFound("draft file \(name)") }
            return Response(status: .ok, headers: [.contentType: OpenDataController.contentType(name),
                                                   .contentDisposition: "attachment; filename=\"\(name)\"", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.contents)))
        }
        router.post(SiteRoute.adminReleaseApprove("{id}").pattern) { _, ctx in
            try await step(ctx) { id, s in try await store.openData.approve(draftID: id, on: CalendarDate(Date()), by: s.viewer) }
        }
        router.post(SiteRoute.adminReleasePublish("{id}").pattern) { _, ctx in
            try await step(ctx) { id, s in _ = try await store.openData.publish(draftID: id, by: s.viewer) }
        }
    }

    func drafts(_ ctx: SimpulContext, form: ReleaseDraftForm, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let model = ReleaseDraftsPage(drafts: try await store.openData.drafts(), ledger: try await store.openData.ledger(OpenDataAdminController.dataset),
                                      signingKey: try await store.openData.signingPublicKey(), form: form, errors: errors)
        let chrome = ctx.chrome(for: s, path: SiteRoute.adminReleaseDrafts.path)
        return Layout.response(ReleaseWorkflowViews.drafts(model, chrome), status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Builds a draft over every victim in the registry, refusing it with the reason when k is
    /// below the least allowed or the tables would pass the cap.
    func build(_ ctx: SimpulContext) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let form = ReleaseDraftForm(ctx.form ?? FormData(""))
        let spec: ReleaseSpec
        switch form.spec(on: CalendarDate(Date())) {
        case .failure(let failure): return try await drafts(ctx, form: form, errors: failure.errors)
        case .success(let built): spec = built
        }
        let draft: ReleaseDraft
        do {
            var source = SystemRandomBits()
            draft = try ReleaseDraft.build(spec, records: try await store.openDataSources.victimRecords(),
                                           ledger: try await store.openData.ledger(spec.dataset), using: &source)
        } catch let refusal as OpenDataError {
            return try await drafts(ctx, form: form, errors: [ReleaseDraftForm.error(refusal)])
        }
        let id = try await store.openData.keep(draft, by: s.viewer)
        return Response(status: .seeOther, headers: [.location: SiteRoute.adminReleaseDraft(id).path])
    }

    func preview(_ ctx: SimpulContext, errors: [FieldError]) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let draft = try await requireDraft(ctx)
        let model = ReleasePreview(draft: draft, ledger: try await store.openData.ledger(draft.contents.spec.dataset), errors: errors)
        let chrome = ctx.chrome(for: s, path: SiteRoute.adminReleaseDraft(draft.id).path)
        return Layout.response(ReleasePreviewView.page(model, chrome), status: errors.isEmpty ? .ok : .unprocessableContent)
    }

    /// Approval or publication: confirmed with the password or code, refused with the reason.
    func step(_ ctx: SimpulContext, _ act: (String, SignedIn) async throws -> Void) async throws -> Response {
        let s = try ctx.requireAdministrator()
        let draft = try await requireDraft(ctx)
        if let wrong = try await reauth.check(s, ctx.form ?? FormData(""), lang: ctx.lang) { return try await preview(ctx, errors: [wrong]) }
        do {
            try await act(draft.id, s)
        } catch let refusal as OpenDataError {
            return try await preview(ctx, errors: [ReleaseDraftForm.error(refusal, field: Reauthentication.field)])
        }
        return Response(status: .seeOther, headers: [.location: SiteRoute.adminReleaseDraft(draft.id).path])
    }

    func requireDraft(_ ctx: SimpulContext) async throws -> StoredReleaseDraft {
        let id = try ctx.parameters.require("id")
        guard id.utf8.count <= 64, let draft = try await store.openData.draft(id) else { throw StoreError.notFound("open data draft") }
        return draft
    }
}
