import Networks

extension NetworkRepository {
    /// The key under which the public would name what a stored mention names, if any: the
    /// mention's own match key for a phone, an account or a licence; the phone an e-wallet or a
    /// WhatsApp account is registered to; a company's or agency's name (`CompanyNameKey`), which
    /// case files match only by suggestion and so keep no key of.
    func publicKey(_ r: SQLRow) throws -> Int64? {
        guard let type = r.optionalText("entity_type").flatMap(EntityType.init(rawValue:)), !r.bool("malformed") else { return nil }
        switch type {
        case .phone, .bankAccount, .agencyLicence:
            return r["match_key"].int64
        case .eWallet, .socialAccount:
            let provider = r.optionalText("provider")
            guard let kind = type.identifierKind(provider: provider), type == .eWallet || kind == .socialAccount(.whatsapp) else { return nil }
            // Both are keyed by the phone they are registered to: the key's value is that number.
            return try Identifier.normalise(kind: kind, raw: open(r)).key.map { matchKey(IdentifierKey(kind: .phone, value: $0.value)) }
        case .agency, .company:
            guard r.optionalText("person_id") == nil else { return nil }
            return try CompanyNameKey.key(open(r)).map(matchKey)
        default:
            return nil
        }
    }

    /// How often the public named each of these mentions, by mention id; mentions never named
    /// are absent.
    func publicSightings(of rows: [SQLRow]) async throws -> [String: PublicSightingCount] {
        var keyOf: [String: Int64] = [:]
        for r in rows { if let k = try publicKey(r) { keyOf[try r.text("id")] = k } }
        let counts = try await PublicSightingRepository.counts(of: Array(keyOf.values), in: db)
        return keyOf.compactMapValues { counts[$0] }
    }
}
