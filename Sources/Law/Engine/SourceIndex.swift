/// Lists each cited provision's provenance once, in the order first cited.
enum SourceIndex {
    static func refs(for ids: [ProvisionID]) -> [SourceRef] {
        var seen: Set<ProvisionID> = []
        var refs: [SourceRef] = []
        for id in ids where seen.insert(id).inserted {
            let p = ProvisionCatalogue.provision(id)
            refs.append(SourceRef(citation: p.citation, title: p.title, source: p.source, confidence: p.confidence,
                                  inForce: p.inForce, caveat: p.caveat))
        }
        return refs
    }
}
