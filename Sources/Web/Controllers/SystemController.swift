import Foundation
import Hummingbird
import Metrics
import Prometheus
import Store

/// Health, metrics, the OpenAPI document and the stylesheet.
struct SystemController {
    let store: SimpulStore
    let registry: PrometheusCollectorRegistry

    static let openAPI: ByteBuffer = resource("openapi", "json")
    static let stylesheet: ByteBuffer = resource("app", "css", subdirectory: "static")

    static func resource(_ name: String, _ ext: String, subdirectory: String? = nil) -> ByteBuffer {
        let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: subdirectory)
        return ByteBuffer(bytes: url.flatMap { try? Data(contentsOf: $0) } ?? Data())
    }

    func register(_ router: Router<SimpulContext>) {
        router.get(SiteRoute.health.pattern) { _, _ in
            do {
                try await store.db.ping()
                return JSONResponse.make(["status": "ok"])
            } catch {
                return JSONResponse.make(["status": "unavailable"], status: .serviceUnavailable)
            }
        }
        router.get(SiteRoute.metrics.pattern) { _, _ in
            var bytes: [UInt8] = []
            registry.emit(into: &bytes)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        router.get(SiteRoute.api(.openAPI).pattern) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: Self.openAPI))
        }
        router.get(SiteRoute.staticFile("app.css").pattern) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: Self.stylesheet))
        }
    }

    /// The process-wide Prometheus registry. swift-metrics can be bootstrapped once per process,
    /// and tests build many applications.
    static let shared: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}
