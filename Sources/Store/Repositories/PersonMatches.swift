import Cases
import Foundation
import Linkage
import Security

/// A stored person who may be the same as the one asked about, as the viewer may see them.
public struct PersonMatch: Sendable {
    public let person: CasePerson
    /// The case's number, only when the viewer may see the case.
    public let caseNumber: String?
    /// The agencies holding the case: whom to contact when the viewer may not see it.
    public let agencies: [Agency]
    /// The identity, only when the viewer has a need to know on that case.
    public let identity: PersonIdentity?
    /// How likely, in words: all that a viewer who may not see the identity is told.
    public let band: MatchBand
    /// The probability and the evidence field by field, only beside the identity.
    public let probability: Double?
    public let explanation: MatchExplanation?
    /// The decision already taken on this pair, if any.
    public let link: PersonLink?
}

/// The candidates for one person, and the decisions already taken about it.
public struct PersonMatches: Sendable {
    public let person: CasePerson
    public let identity: PersonIdentity
    public let candidates: [PersonMatch]
    /// Persons decided on (confirmed, rejected or undone) who are not among `candidates` now.
    public let decided: [PersonMatch]
    /// How many stored persons were compared.
    public let compared: Int
    /// Whether the model was estimated from the store (false: the starting model).
    public let trainedModel: Bool
}

/// Finds likely existing persons across all agencies and records decisions on them. Identity
/// fields leave the store only for viewers with a need to know on the candidate's case; to
/// everyone else a candidate is a pseudonym and the agencies to contact.
public struct PersonMatchRepository: Sendable {
    let db: any SQLDatabase
    let cipher: FieldCipher
    /// Where every change made here is recorded, in the same transaction.
    let audit: AuditLog
    var index: PersonMatchIndex { PersonMatchIndex(db: db, cipher: cipher, audit: audit) }
    var cases: CaseRepository { CaseRepository(db: db, cipher: cipher, audit: audit) }

    /// Candidates ranked at least this likely are shown.
    public static let shownProbability = 0.2
    /// At most this many stored persons are opened per lookup.
    static let maxCompared = 400

    struct Opened {
        let person: CasePerson
        let identity: PersonIdentity
    }

    /// The person and identity, for a viewer with a need to know on its case.
    func openSubject(_ personID: String, viewer: Viewer) async throws -> (Opened, involved: Set<String>) {
        guard let row = try await db.query("SELECT * FROM case_persons WHERE id = ?", [.text(personID)]).first else {
            throw StoreError.notFound("person \(personID)")
        }
        let person = try CaseRepository.person(row)
        let involved = Set(try await cases.involvedAgencies(caseID: person.caseID).map(\.id))
        guard AccessPolicy.maySeeCase(viewer, involvedAgencies: involved) else { throw StoreError.notFound("person \(personID)") }
        guard AccessPolicy.maySeeIdentity(viewer, of: person.role, involvedAgencies: involved),
              let sealed = row.blob("identity") else { throw AccessDenied() }
        let identity = try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(personID)")
        return (Opened(person: person, identity: identity), involved)
    }

    /// The ids of stored persons sharing a blocking key with `record`, skipping keys shared by
    /// more persons than their cap. One statement: a limited read per key, joined.
    func candidateIDs(_ record: PersonRecord, matcher: PersonMatcher, digest: KeyedDigest) async throws -> [String] {
        let blocking = matcher.blockingKeys(record)
        var keys: [Int64: Int] = [:]
        for (d, k) in zip(digest.int64s(blocking.map(\.text)), blocking) { keys[d] = k.cap }
        guard !keys.isEmpty else { return [] }
        let ordered = keys.sorted { $0.key < $1.key }
        let sql = ordered.indices.map { i in
            "SELECT * FROM (SELECT match_key, person_id FROM person_match_keys WHERE match_key = ? LIMIT ?) AS k\(i)"
        }.joined(separator: " UNION ALL ")
        let rows = try await db.query(sql, ordered.flatMap { [SQLValue.int($0.key), .int($0.value + 1)] })
        var perKey: [Int64: [String]] = [:]
        for r in rows { perKey[r["match_key"].int64 ?? 0, default: []].append(try r.text("person_id")) }
        var seen = Set<String>([record.recordID])
        var out: [String] = []
        // Narrow keys first, so that the cap on opened persons keeps the most telling ones.
        for (key, ids) in perKey.sorted(by: { ($0.value.count, $0.key) < ($1.value.count, $1.key) }) where ids.count <= keys[key] ?? 0 {
            for id in ids where seen.insert(id).inserted { out.append(id) }
        }
        return Array(out.prefix(Self.maxCompared))
    }

    /// How many stored persons hold each of these terms.
    func termCounts(_ terms: [String], digest: KeyedDigest) async throws -> [String: Int] {
        guard !terms.isEmpty else { return [:] }
        let digests = digest.int64s(terms)
        let byDigest = Dictionary(zip(digests, terms), uniquingKeysWith: { a, _ in a })
        var out: [String: Int] = [:]
        let ids = Array(byDigest.keys)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let part = ids[start..<min(start + 500, ids.count)]
            let marks = Array(repeating: "?", count: part.count).joined(separator: ", ")
            for r in try await db.query("SELECT term, n FROM person_match_terms WHERE term IN (\(marks))", part.map { .int($0) }) {
                if let d = r["term"].int64, let t = byDigest[d] { out[t] = r.optionalInt("n") ?? 1 }
            }
        }
        return out
    }

    /// Ranks stored persons as the same person as `record` (the record's own id is skipped).
    /// Answers the ranked candidates, the opened persons and how many were compared.
    func rank(_ record: PersonRecord) async throws -> (ranked: [PersonIndex.Candidate], opened: [String: Opened], compared: Int, trained: Bool) {
        let index = self.index
        let digest = index.digest
        let population = try await index.population()
        let (model, trained) = try await index.model(population: population)
        let matcher = PersonMatcher(model: model)
        let ids = try await candidateIDs(record, matcher: matcher, digest: digest)
        guard !ids.isEmpty else { return ([], [:], 0, trained) }
        let opened = try await open(ids)
        let records = opened.values.map { PersonMatchIndex.record(id: $0.person.id, identity: $0.identity, sex: $0.person.sex) }
        let prepared = matcher.prepare(record, candidates: records.sorted { $0.recordID < $1.recordID })
        let counts = try await termCounts(prepared.terms, digest: digest)
        let ranked = matcher.rank(prepared, population: population, counts: counts, limit: 10, minimumProbability: Self.shownProbability)
        return (ranked, opened, ids.count, trained)
    }

    /// The stored persons most likely the same as `record`, as ids with their explanations and
    /// no identity: for a caller that has already decided it may look (the lookup benchmark).
    public func candidates(for record: PersonRecord) async throws -> (ranked: [PersonIndex.Candidate], compared: Int) {
        let r = try await rank(record)
        return (r.ranked, r.compared)
    }

    /// Persons with their identities, by id (for comparison inside the server).
    func open(_ ids: [String]) async throws -> [String: Opened] {
        var out: [String: Opened] = [:]
        for start in stride(from: 0, to: ids.count, by: 500) {
            let part = Array(ids[start..<min(start + 500, ids.count)])
            let marks = Array(repeating: "?", count: part.count).joined(separator: ", ")
            for r in try await db.query("SELECT * FROM case_persons WHERE id IN (\(marks))", part.map { .text($0) }) {
                let p = try CaseRepository.person(r)
                guard let sealed = r.blob("identity") else { continue }
                out[p.id] = Opened(person: p, identity: try cipher.open(json: PersonIdentity.self, sealed, context: "person:\(p.id)"))
            }
        }
        return out
    }

    /// The likely existing persons for a registered person, for a viewer with a need to know on
    /// its case. Every identity shown is audited, and so is the lookup itself.
    public func matches(forPerson personID: String, by viewer: Viewer, now: Date = Date()) async throws -> PersonMatches {
        let (subject, _) = try await openSubject(personID, viewer: viewer)
        let record = PersonMatchIndex.record(id: personID, identity: subject.identity, sex: subject.person.sex)
        let (ranked, opened, compared, trained) = try await rank(record)
        let links = try await self.links(of: personID)
        let linkByOther = Dictionary(links.map { ($0.other(than: personID), $0) }, uniquingKeysWith: { a, _ in a })
        let rankedIDs = Set(ranked.map(\.recordID))
        let decidedIDs = links.map { $0.other(than: personID) }.filter { !rankedIDs.contains($0) }
        var allOpened = opened
        for (id, o) in try await open(decidedIDs.filter { opened[$0] == nil }) { allOpened[id] = o }

        let caseInfo = try await cases.numbersAndAgencies(caseIDs: Array(Set((ranked.map(\.recordID) + decidedIDs).compactMap {
            allOpened[$0]?.person.caseID
        })))
        var reads: [AuditEvent] = [AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "identity.read",
                                              caseID: subject.person.caseID, personID: personID, detail: "person matching page"),
                                   AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "person.match",
                                              caseID: subject.person.caseID, personID: personID,
                                              detail: "compared \(compared), candidates \(ranked.count)")]
        func match(_ id: String, probability: Double, explanation: MatchExplanation?) -> PersonMatch? {
            guard let o = allOpened[id], let info = caseInfo[o.person.caseID] else { return nil }
            let involved = Set(info.agencies.map(\.id))
            let seesCase = AccessPolicy.maySeeCase(viewer, involvedAgencies: involved)
            let seesIdentity = AccessPolicy.maySeeIdentity(viewer, of: o.person.role, involvedAgencies: involved)
            if seesIdentity {
                reads.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "identity.read",
                                        caseID: o.person.caseID, personID: id, detail: "match candidate for \(subject.person.code)"))
            }
            return PersonMatch(person: o.person, caseNumber: seesCase ? info.number : nil, agencies: info.agencies,
                               identity: seesIdentity ? o.identity : nil, band: MatchBand(probability: probability),
                               probability: seesIdentity ? probability : nil,
                               explanation: seesIdentity ? explanation : nil, link: linkByOther[id])
        }
        let candidates = ranked.compactMap { match($0.recordID, probability: $0.probability, explanation: $0.explanation) }
        let decided = decidedIDs.compactMap { id in match(id, probability: linkByOther[id]?.probability ?? 0, explanation: nil) }
        let events = reads
        try await db.transaction { tx in
            try await audit.appendBatch(events, in: tx, at: now)
            try await alertOnUnusualVolume(of: viewer, in: tx, now: now)
        }
        return PersonMatches(person: subject.person, identity: subject.identity, candidates: candidates, decided: decided,
                             compared: compared, trainedModel: trained)
    }

    /// The probability for a pair decided on earlier that no longer ranks among the candidates.
    func score(subject a: PersonRecord, other: Opened) async throws -> Double {
        let population = try await index.population()
        let matcher = PersonMatcher(model: try await index.model(population: population).model)
        let b = PersonMatchIndex.record(id: other.person.id, identity: other.identity, sex: other.person.sex)
        let prepared = matcher.prepare(a, candidates: [b])
        let counts = try await termCounts(prepared.terms, digest: index.digest)
        return matcher.rank(prepared, population: population, counts: counts, minimumProbability: 0).first?.probability ?? 0
    }

    /// Lookups by one user in an hour beyond which the task force is alerted: far more than a
    /// working day's registrations, and the pattern of someone probing the records.
    public static let unusualLookupsPerHour = 60

    /// Alerts the task-force agency (a notice and an audit entry) once an hour at most when a
    /// user's matching lookups pass `unusualLookupsPerHour`.
    func alertOnUnusualVolume(of viewer: Viewer, in tx: any SQLExecutor, now: Date) async throws {
        try await UnusualVolume(audit: audit, action: "person.match", alertAction: "security.match_volume", perHour: Self.unusualLookupsPerHour,
                                what: ("pencarian kecocokan orang", "person-matching lookups")).check(viewer, in: tx, now: now)
    }

    /// A decision's note is free text about two persons: sealed to its link and version.
    var sealed: SealedText { SealedText(cipher: cipher) }
    static func noteContext(_ linkID: String, _ version: Int) -> String { "person-link-note:\(linkID):\(version)" }

    /// The decisions taken on pairs that include this person, with their history.
    public func links(of personID: String) async throws -> [PersonLink] {
        let rows = try await db.query("SELECT * FROM person_links WHERE person_a = ? OR person_b = ? ORDER BY updated_at",
                                      [.text(personID), .text(personID)])
        return try await withLinkHistory(rows)
    }

    func withLinkHistory(_ rows: [SQLRow]) async throws -> [PersonLink] {
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.text("id") }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var history: [String: [PersonLinkStep]] = [:]
        for r in try await db.query("SELECT * FROM person_link_history WHERE link_id IN (\(marks)) ORDER BY version", ids.map { .text($0) }) {
            let linkID = try r.text("link_id"), version = r.optionalInt("version") ?? 0
            let note = try r.optionalText("note").map { try sealed.open($0, context: Self.noteContext(linkID, version)) }
            history[linkID, default: []].append(PersonLinkStep(
                version: version, action: PersonLinkAction(rawValue: try r.text("action")) ?? .undo,
                userID: r.optionalText("user_id"), agencyID: r.optionalText("agency_id"), note: note, at: try r.text("at")))
        }
        return try rows.map { r in
            let id = try r.text("id")
            return PersonLink(id: id, personA: try r.text("person_a"), personB: try r.text("person_b"),
                              status: PersonLinkStatus(rawValue: try r.text("status")) ?? .undone,
                              probability: r["probability"].double ?? 0, version: r.optionalInt("version") ?? 0, history: history[id] ?? [])
        }
    }

    /// Confirms, rejects or undoes the link between a person and a candidate, if the link is
    /// still at `expectedVersion` (0: no decision yet). The match probability is computed
    /// here, not taken from the form. The other case's agencies are told of a confirmation.
    public func decide(personID: String, candidateID: String, action: PersonLinkAction, expectedVersion: Int,
                       note: String?, by viewer: Viewer, now: Date = Date()) async throws -> PersonLink {
        guard personID != candidateID else {
            throw ValidationFailure([FieldError(field: "candidate", id: "Orang tidak dapat ditautkan dengan dirinya sendiri.",
                                                en: "A person cannot be linked with themselves.")])
        }
        let (subject, _) = try await openSubject(personID, viewer: viewer)
        let notOffered = ValidationFailure([FieldError(field: "candidate", id: "Orang ini bukan kandidat kecocokan untuk orang ini.",
                                                       en: "This person is not a match candidate for this person.")])
        let (first, second) = PersonLink.pair(personID, candidateID)
        let decidedBefore = try await db.query("SELECT 1 AS one FROM person_links WHERE person_a = ? AND person_b = ?",
                                               [.text(first), .text(second)]).first != nil
        // Only a person the page offered (ranked among the candidates the lookup opens), or one
        // already decided on, can be decided on: a decision is not a way to score any person id.
        let record = PersonMatchIndex.record(id: personID, identity: subject.identity, sex: subject.person.sex)
        let (ranked, opened, _, _) = try await rank(record)
        let offered = ranked.first { $0.recordID == candidateID }
        guard offered != nil || decidedBefore else { throw notOffered }
        var found = opened[candidateID]
        if found == nil { found = try await open([candidateID])[candidateID] }
        guard let other = found else { throw notOffered }
        let probability: Double
        if let offered { probability = offered.probability } else { probability = try await score(subject: record, other: other) }
        let stamp = Timestamp.string(now)
        let trimmedNote = note.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1_000)) }.flatMap { $0.isEmpty ? nil : $0 }
        let otherAgencies = try await cases.involvedAgencies(caseID: other.person.caseID).map(\.id).filter { $0 != viewer.agencyID }
        let linkID: String = try await db.transaction { tx in
            let row = try await tx.query("SELECT id, status, version FROM person_links WHERE person_a = ? AND person_b = ?", [.text(first), .text(second)]).first
            let current = try row.map { PersonLinkStatus(rawValue: try $0.text("status")) ?? .undone }
            let version = row?.optionalInt("version") ?? 0
            guard version == expectedVersion else {
                throw StoreError.conflict("link of \(subject.person.code) is at version \(version), the form was made at \(expectedVersion)")
            }
            let next = try action.apply(to: current)
            let id = try row?.text("id") ?? UUID().uuidString.lowercased()
            if row == nil {
                try await tx.execute("""
                    INSERT INTO person_links (id, person_a, person_b, status, probability, version, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)
                    """, [.text(id), .text(first), .text(second), .text(next.rawValue), .double(probability), .text(stamp)])
            } else {
                try await tx.execute("UPDATE person_links SET status = ?, probability = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?",
                                     [.text(next.rawValue), .double(probability), .int(version + 1), .text(stamp), .text(id), .int(version)])
            }
            try await tx.execute("""
                INSERT INTO person_link_history (link_id, version, action, user_id, agency_id, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [.text(id), .int(version + 1), .text(action.rawValue), .text(viewer.userID), .text(viewer.agencyID),
                      .optional(try trimmedNote.map { try sealed.seal($0, context: Self.noteContext(id, version + 1)) }), .text(stamp)])
            try await audit.append(AuditEvent(actorUserID: viewer.userID, actorAgencyID: viewer.agencyID, action: "person.link.\(action.rawValue)",
                                              caseID: subject.person.caseID, personID: personID,
                                              detail: "with \(other.person.code), probability \(String(format: "%.3f", probability))"), in: tx, at: now)
            if action == .confirm {
                for agency in otherAgencies {
                    try await CoordinationRepository.insertNotice(Notice(
                        agencyID: agency, caseID: other.person.caseID, recordID: nil,
                        text: (id: "\(other.person.pseudonym(.indonesian)) di kasus Anda dikonfirmasi sebagai orang yang sama dengan \(subject.person.pseudonym(.indonesian)) yang dicatat instansi lain.",
                               en: "\(other.person.pseudonym(.english)) in your case was confirmed as the same person as \(subject.person.pseudonym(.english)) recorded by another agency.")), in: tx)
                }
            }
            return id
        }
        guard let link = try await withLinkHistory(try await db.query("SELECT * FROM person_links WHERE id = ?", [.text(linkID)])).first else {
            throw StoreError.notFound("link \(linkID)")
        }
        return link
    }
}
