import Foundation

/// Matches one record against stored persons for a store that keeps no plaintext index.
///
/// The batch linker and `PersonIndex` hold every record in memory. A server that holds victims'
/// identities only sealed cannot: it keeps, per person, keyed hashes of the texts below
/// (`blockingKeys`, `terms`), finds the persons that share a key with a new record, opens just
/// those, and asks `rank` which of them may be the same person. The keys follow the batch
/// blocking (parts of the NIK, the phone, name tokens with the birth date or year, pairs of
/// name tokens), written as text so that they do not depend on any vocabulary.
public struct PersonMatcher: Sendable {
    public var model: LinkageModel
    public var referenceYear: Int

    public init(model: LinkageModel, referenceYear: Int = LinkageConfiguration().referenceYear) {
        self.model = model
        self.referenceYear = referenceYear
    }

    /// A blocking key and the largest number of stored persons that may share it for it still
    /// to be worth following (a common name with a birth year says little).
    public struct BlockingKey: Sendable, Hashable {
        public var text: String
        public var cap: Int
    }

    public func blockingKeys(_ record: PersonRecord) -> [BlockingKey] {
        blockingKeys(ParsedPerson(record, referenceYear: referenceYear))
    }

    /// What a store keeps for one record: its distinct blocking keys and its terms, from one
    /// parse of the record.
    public func indexTexts(_ record: PersonRecord) -> (keys: [String], terms: [String]) {
        let p = ParsedPerson(record, referenceYear: referenceYear)
        return (Array(Set(blockingKeys(p).map(\.text))), Self.terms(p))
    }

    func blockingKeys(_ p: ParsedPerson) -> [BlockingKey] {
        let b = Blocking()
        var out: [BlockingKey] = []
        func add(_ kind: Blocking.Kind, _ text: String) {
            // Online, a block twice the batch cap is still followed, as in `PersonIndex`.
            out.append(BlockingKey(text: "\(kind.rawValue):\(text)", cap: b.cap(kind) * 2))
        }
        let nik = p.nik.digits.map(String.init).joined()
        if nik.count >= 15 { add(.nik, nik) }
        if nik.count == 16 {
            let d = Array(nik)
            add(.nikHead, String(d[0..<12]))
            add(.nikTail, String(d[6..<16]))
            add(.nikEnds, String(d[0..<6]) + "|" + String(d[12..<16]))
        }
        if let phone = p.phone { add(.phone, phone) }
        let tokens = Array(Set(p.name.tokens + p.name.alias)).filter { $0.utf8.count > 1 }.sorted()
        let dob = p.dob ?? BirthDate(year: 0)
        // Both readings of the birth date when the written one and the NIK's disagree.
        for d in [p.dob, p.altDob].compactMap({ $0 }) where d.isFull {
            for t in tokens { add(.tokenDate, "\(t)|\(d.swapInvariantKey)") }
            if let place = p.place { add(.datePlace, "\(d.swapInvariantKey)|\(place)") }
        }
        for sex in p.sex == 0 ? [1, 2] : [Int(p.sex)] {
            for t in tokens {
                if dob.year > 0 { add(.tokensYear, "\(t)|\(sex)|\(dob.year)") }
                if let place = p.place { add(.tokenPlace, "\(t)|\(sex)|\(place)") }
            }
            if tokens.count == 1 { add(.tokensOnly, "\(tokens[0])|\(sex)") }
            for i in tokens.indices {
                for j in tokens.indices where j > i {
                    if dob.year > 0 { add(.tokensYear, "\(tokens[i])|\(sex)|\(tokens[j])|\(dob.year)") }
                    add(.tokensOnly, "\(tokens[i])|\(sex)|\(tokens[j])")
                }
            }
        }
        return out
    }

    /// The values whose frequency among all stored persons adjusts a match's weight: each name
    /// token, the whole name, the birth date, the phone and the place of birth.
    public func terms(_ record: PersonRecord) -> [String] {
        Self.terms(ParsedPerson(record, referenceYear: referenceYear))
    }

    static func terms(_ p: ParsedPerson) -> [String] {
        var out = Set((p.name.tokens + p.name.alias).map { "t:" + $0 })
        if !p.name.tokens.isEmpty { out.insert("n:" + p.name.tokens.sorted().joined(separator: " ")) }
        for d in [p.dob, p.altDob].compactMap({ $0 }) where d.isFull { out.insert("d:\(d.packed)") }
        if let phone = p.phone { out.insert("p:" + phone) }
        if let place = p.place { out.insert("b:" + place) }
        return out.sorted()
    }

    /// Ranks `candidates` as the same person as `query`, most likely first. `population` is
    /// the number of stored persons and `counts` how many of them hold each term (a term
    /// missing from it counts once), so that a shared common name weighs what it would in a
    /// batch run over the whole store.
    public func rank(_ query: PersonRecord, candidates: [PersonRecord], population: Int, counts: [String: Int],
                     limit: Int = 10, minimumProbability: Double = 0.05) -> [PersonIndex.Candidate] {
        rank(prepare(query, candidates: candidates), population: population, counts: counts, limit: limit,
             minimumProbability: minimumProbability)
    }

    /// A query and its candidates parsed once: a store first asks for the counts of their
    /// `terms`, then ranks.
    public struct Prepared: Sendable {
        let records: [PersonRecord]
        let parsed: [ParsedPerson]
        /// Every term of the query and the candidates.
        public var terms: [String] { Array(Set(parsed.flatMap { PersonMatcher.terms($0) })) }
    }

    public func prepare(_ query: PersonRecord, candidates: [PersonRecord]) -> Prepared {
        let records = [query] + candidates
        return Prepared(records: records, parsed: records.map { ParsedPerson($0, referenceYear: referenceYear) })
    }

    public func rank(_ prepared: Prepared, population: Int, counts: [String: Int],
                     limit: Int = 10, minimumProbability: Double = 0.05) -> [PersonIndex.Candidate] {
        guard prepared.records.count > 1 else { return [] }
        let parsed = prepared.parsed, candidates = prepared.records.dropFirst()
        var vocabulary = LinkageVocabulary()
        let persons = parsed.map { vocabulary.add($0) }
        func set(_ tf: WritableKeyPath<LinkageVocabulary, TermFrequency>, _ id: Int32, _ term: String) {
            guard id >= 0 else { return }
            vocabulary[keyPath: tf].vocabulary.setCount(id, Int32(clamping: max(counts[term] ?? 1, 1)))
        }
        for (p, prepared) in zip(parsed, persons) {
            for (t, id) in zip(p.name.tokens + p.name.alias, prepared.tokens + prepared.alias) { set(\.tokens, id, "t:" + t) }
            if !p.name.tokens.isEmpty { set(\.names, prepared.fullName, "n:" + p.name.tokens.sorted().joined(separator: " ")) }
            if let d = p.dob, d.isFull { set(\.dates, prepared.dobID, "d:\(d.packed)") }
            if let d = p.altDob, d.isFull { set(\.dates, prepared.altDobID, "d:\(d.packed)") }
            if let phone = p.phone { set(\.phones, prepared.phone, "p:" + phone) }
            if let place = p.place { set(\.places, prepared.place, "b:" + place) }
        }
        for tf in [\LinkageVocabulary.tokens, \.names, \.phones, \.places, \.dates] {
            vocabulary[keyPath: tf].records = max(population, 1)
        }
        let context = ComparisonContext(vocabulary: vocabulary)
        var out: [PersonIndex.Candidate] = []
        persons.withUnsafeBufferPointer { p in
            for (i, candidate) in zip(1..<p.count, candidates) {
                let explanation = MatchExplanation(context.compare(p.baseAddress!, p.baseAddress! + i), model: model)
                if explanation.probability >= minimumProbability {
                    out.append(PersonIndex.Candidate(recordID: candidate.recordID, explanation: explanation))
                }
            }
        }
        out.sort { ($0.weight, $1.recordID) > ($1.weight, $0.recordID) }
        return Array(out.prefix(limit))
    }

    /// A model estimated from `records` (EM over their blocked pairs, as the batch linker
    /// does); what a store keeps to rank online candidates with.
    public static func estimateModel(_ records: [PersonRecord],
                                     configuration: LinkageConfiguration = LinkageConfiguration()) -> LinkageModel {
        let (persons, context) = LinkageEngine.prepare(records, referenceYear: configuration.referenceYear)
        let blocking = Blocking()
        return LinkageEngine.train(persons: persons, context: context, pairs: blocking.candidatePairs(persons, context),
                                   configuration: configuration)
    }
}
