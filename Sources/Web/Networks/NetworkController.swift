import Cases
import Foundation
import Hummingbird
import Networks
import Security
import Store

/// The network pages: around a case (`/kasus/{id}/jaringan`), the networks of the viewer's cases
/// (`/jaringan`), one network by a sealed token for analysts, who see no case (`/jaringan/{token}`),
/// and each network's CSV and GraphML. Every view and export is audited by the store.
struct NetworkController {
    let store: SimpulStore
    var service: NetworkService { NetworkService(store: store) }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.caseNetwork(SiteRoute.idParameter).pattern) { req, ctx in
            let id = try ctx.parameters.require("id")
            return try await page(req, ctx, scope: .caseID(id), anchor: id)
        }
        router.get(SiteRoute.networks.pattern) { _, ctx in
            let s = try ctx.requireUser()
            let list = try await store.networks.overview(viewer: s.viewer)
            let html = NetworkListView.render(ctx.chrome(for: s, path: SiteRoute.networks.path), list, viewer: s.viewer,
                                              token: { token(anchor: $0, viewer: s.viewer) })
            return Layout.response(html)
        }
        router.get(SiteRoute.network(SiteRoute.idParameter).pattern) { req, ctx in
            let s = try ctx.requireUser()
            let t = try ctx.parameters.require("id")
            return try await page(req, ctx, scope: .token(t), anchor: try anchor(token: t, viewer: s.viewer))
        }
        for format in NetworkExportFormat.allCases {
            router.get(SiteRoute.caseNetworkExport(SiteRoute.idParameter, format: format).pattern) { _, ctx in
                let id = try ctx.parameters.require("id")
                return try await export(ctx, format, scope: .caseID(id), anchor: id)
            }
            router.get(SiteRoute.networkExport(SiteRoute.idParameter, format: format).pattern) { _, ctx in
                let s = try ctx.requireUser()
                let t = try ctx.parameters.require("id")
                return try await export(ctx, format, scope: .token(t), anchor: try anchor(token: t, viewer: s.viewer))
            }
        }
    }

    func page(_ req: Request, _ ctx: SimpulContext, scope: NetworkPage.Scope, anchor: String) async throws -> Response {
        let s = try ctx.requireUser()
        let query = try NetworkQuery { req.uri.queryParameters.get($0) }
        let p = try await service.page(scope, anchor: anchor, viewer: s.viewer, query: query, purpose: query.print ? "print" : "page")
        return Layout.response(NetworkView.render(ctx.chrome(for: s, path: p.route([:]).path), p, print: query.print))
    }

    func export(_ ctx: SimpulContext, _ format: NetworkExportFormat, scope: NetworkPage.Scope, anchor: String) async throws -> Response {
        let s = try ctx.requireUser()
        let p = try await service.page(scope, anchor: anchor, viewer: s.viewer, query: try NetworkQuery { _ in nil }, purpose: "export \(format.rawValue)")
        let labels = p.nodes.map { ctx.lang($0.label) }
        let text: String, type: String
        switch format {
        case .csv:
            text = NetworkCSV.labelledText(p.network, labels: labels, components: p.network.components(), communities: p.communities,
                                           betweenness: p.betweenness)
            type = "text/csv; charset=utf-8"
        case .graphml:
            text = NetworkGraphML.text(p.network, labels: labels, communities: p.communities, betweenness: p.betweenness)
            type = "application/graphml+xml; charset=utf-8"
        }
        let name = p.pseudonymous ? "jaringan" : "jaringan-" + p.node(p.anchor).label.id
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name).\(format.rawValue)\""],
                        body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A network's address for an analyst: its case sealed to the user, so the address names no
    /// case and works for no one else.
    func token(anchor: String, viewer: Viewer) -> String {
        (try? store.cipher.seal(Data(anchor.utf8), context: Self.tokenContext(viewer))).map(Secrets.base64url) ?? ""
    }

    func anchor(token: String, viewer: Viewer) throws -> String {
        guard token.utf8.count < 400, let box = Self.base64urlDecode(token),
              let plain = try? store.cipher.open(box, context: Self.tokenContext(viewer)) else {
            throw StoreError.notFound("network")
        }
        return String(decoding: plain, as: UTF8.self)
    }

    static func tokenContext(_ viewer: Viewer) -> String { "network-anchor:\(viewer.userID)" }

    static func base64urlDecode(_ s: String) -> [UInt8]? {
        var b = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b.count % 4 != 0 { b += "=" }
        return Data(base64Encoded: b).map { [UInt8]($0) }
    }
}
