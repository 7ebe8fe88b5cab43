/// From here on each audit entry's hash is keyed (`AuditChainKey`). The entries already written
/// keep their plain hashes; `keyed_from` records the first entry that will be keyed, so verify
/// knows which hash each entry must carry and a keyed entry rewritten unkeyed is a downgrade.
/// `keyed_from_seal` is written with the key by the store right after this migration
/// (`SimpulStore.open`); a new store's chain is keyed from entry 1 and needs no seal.
struct M017_KeyedAuditChain: Migration {
    let id = 17
    let name = "keyed audit chain"

    func statements(_ d: SQLDialect) -> [String] {
        [
            "ALTER TABLE audit_head ADD COLUMN keyed_from \(d.integer)",
            "ALTER TABLE audit_head ADD COLUMN keyed_from_seal TEXT",
            // A server still running an older Simpul would go on appending unkeyed entries, which
            // verify reports as downgrades: all servers are upgraded together.
            "UPDATE audit_head SET keyed_from = seq + 1 WHERE id = 1",
        ]
    }
}
