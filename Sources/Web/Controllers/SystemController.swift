import Foundation
import Hummingbird
import Metrics
import Prometheus
import Store

/// Health, metrics, the OpenAPI document and the stylesheet.
struct SystemController {
    let store: SimpulStore
    let registry: PrometheusCollectorRegistry
    let config: AppConfig

    static let openAPI: ByteBuffer = resource("openapi", "json")
    /// The files under `/static/`, read once: the stylesheet and the public report page's script.
    static let staticFiles: [String: (type: String, bytes: ByteBuffer)] = [
        "app.css": ("text/css; charset=utf-8", resource("app", "css", subdirectory: "static")),
        "lapor.js": ("text/javascript; charset=utf-8", resource("lapor", "js", subdirectory: "static")),
    ]

    static func resource(_ name: String, _ ext: String, subdirectory: String? = nil) -> ByteBuffer {
        let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
        return ByteBuffer(bytes: url.flatMap { try? Data(contentsOf: $0) } ?? Data())
    }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.health.pattern) { _, _ in
            // What an operator must know at a glance besides "up": settings unfit for real reports.
            let warnings = config.receiptHashing.isInsecure
                ? ["receipt codes are hashed with the insecure test setting (SIMPUL_INSECURE_TEST_RECEIPT_HASH): never for real reports"] : []
            do {
                try await store.db.ping()
                return JSONResponse.make(Health(status: "ok", warnings: warnings))
            } catch {
                return JSONResponse.make(Health(status: "unavailable", warnings: warnings), status: .serviceUnavailable)
            }
        }
        router.get(SiteRoute.metrics.pattern) { req, ctx in
            // Request timings per route would date each public report to the second: only the
            // configured scraper may read them.
            guard config.metricsAccess.allows(peer: ctx.peerAddress, authorization: req.headers[.authorization]) else {
                throw HTTPError(.notFound)
            }
            var bytes: [UInt8] = []
            registry.emit(into: &bytes)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get(SiteRoute.api(.openAPI).pattern) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: Self.openAPI))
        }
        for (name, file) in Self.staticFiles {
            router.get(SiteRoute.staticFile(name).pattern) { _, _ in
                Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: file.bytes))
            }
        }
    }

    struct Health: Encodable {
        let status: String
        let warnings: [String]
    }

    /// The process-wide Prometheus registry. swift-metrics can be bootstrapped once per process,
    /// and tests build many applications.
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
