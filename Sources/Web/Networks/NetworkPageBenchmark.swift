import Cases
import Store

/// The network page around a case, modelled and rendered as its route does, without HTTP or a
/// session: what `simpul network-bench` times.
public enum NetworkPageBenchmark {
    /// Answers the page's size in bytes and the network's nodes.
    public static func render(store: SimpulStore, caseID: String, viewer: Viewer) async throws -> (bytes: Int, nodes: Int) {
        let page = try await NetworkService(store: store).page(.caseID(caseID), anchor: caseID, viewer: viewer,
                                                               query: try NetworkQuery { _ in nil }, purpose: "benchmark")
        let html = NetworkView.render(Layout.Chrome(lang: Lang(.indonesian), signedIn: nil, csrf: ""), page, print: false).render()
        return (html.utf8.count, page.network.nodeCount)
    }
}
