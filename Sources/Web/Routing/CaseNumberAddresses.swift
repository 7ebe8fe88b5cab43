import Cases
import Hummingbird
import Store

/// Case pages are addressed by the case's number (/kasus/TPPO-2026-000521/koordinasi), which an
/// officer can read, say on the phone and write in a file, while the handlers work by the case's
/// id. Before the router looks for a route, a number in the address is put back to the id it
/// stands for; the handler then checks access as for any address, and an unknown number is left
/// as it is, to be answered as not found. The case's own page takes the number as it is and sends
/// its id address there (see `CasesController`).
public struct CaseNumberAddresses<Inner: HTTPResponder>: HTTPResponder where Inner.Context == SimpulContext {
    let inner: Inner
    let store: SimpulStore

    public func respond(to request: Request, context: SimpulContext) async throws -> Response {
        try await inner.respond(to: await resolved(request), context: context)
    }

    private func resolved(_ request: Request) async -> Request {
        let path = request.uri.path
        guard path.hasPrefix("/kasus/") else { return request }
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        // A failed look-up leaves the address alone: the handler answers it as for any bad id.
        guard segments.count > 3, CaseNumberFormat.matches(String(segments[2])),
              let id = try? await store.cases.caseID(number: segments[2].uppercased()) else { return request }
        segments[2] = Substring(id)
        var head = request.head
        head.path = segments.joined(separator: "/") + (request.uri.query.map { "?" + $0 } ?? "")
        return Request(head: head, body: request.body)
    }
}

/// The router with case numbers in its addresses: what `simpul serve` and the tests run.
public struct SimpulRouter: HTTPResponderBuilder {
    let router: Router<SimpulContext>
    let store: SimpulStore

    public func buildResponder() -> CaseNumberAddresses<Router<SimpulContext>.Responder> {
        CaseNumberAddresses(inner: router.buildResponder(), store: store)
    }
}
