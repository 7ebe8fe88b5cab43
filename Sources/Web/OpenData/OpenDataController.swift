import Foundation
import Hummingbird
import OpenData
import Store

/// `/data` and its downloads: public, no sign-in, no cookie; only published releases, which
/// never change, so a mirror may cache them.
struct OpenDataController {
    let store: SimpulStore

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.openData.pattern) { req, _ in
            PublicLayout.response(OpenDataView.page(try await OpenDataPage.load(store), lang: req.publicLang, path: SiteRoute.openData.path))
        }
        router.get(SiteRoute.openDataFile(version: "{version}", name: "{name}").pattern) { _, ctx in
            let version = try ctx.parameters.require("version"), name = try ctx.parameters.require("name")
            guard let file = try await store.openData.files(version: version).first(where: { $0.name == name }) else {
                throw StoreError.notFound("open data file \(version)/\(name)")
            }
            return Response(status: .ok, headers: [.contentType: Self.contentType(name),
                                                   .contentDisposition: "attachment; filename=\"\(name)\"",
                                                   .cacheControl: "public, max-age=31536000, immutable"],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.contents)))
        }
    }

    static func contentType(_ name: String) -> String {
        if name.hasSuffix(".csv") { return "text/csv; charset=utf-8" }
        if name.hasSuffix(".json") { return "application/json" }
        return "application/octet-stream"
    }
}
