/// Prepared records with their vocabulary and a model: what both the batch linker and the
/// online index compare and score with.
struct LinkageEngine: Sendable {
    var persons: [PreparedPerson]
    var context: ComparisonContext
    var model: LinkageModel

    /// Parses (in parallel) and interns records.
    static func prepare(_ records: [PersonRecord], referenceYear: Int) -> (persons: [PreparedPerson], context: ComparisonContext) {
        let parsed = parallelMap(records.count, chunk: 2048) { ParsedPerson(records[$0], referenceYear: referenceYear) }
        var vocabulary = LinkageVocabulary()
        var persons: [PreparedPerson] = []
        persons.reserveCapacity(parsed.count)
        for p in parsed { persons.append(vocabulary.add(p)) }
        vocabulary.findPlaceholderDays(persons)
        for i in persons.indices where persons[i].dob.isFull {
            persons[i].dobPlaceholder = vocabulary.placeholderDays.contains(persons[i].dob.month * 100 + persons[i].dob.day)
        }
        for i in persons.indices where persons[i].altDob.isFull {
            persons[i].altDobPlaceholder = vocabulary.placeholderDays.contains(persons[i].altDob.month * 100 + persons[i].altDob.day)
        }
        return (persons, ComparisonContext(vocabulary: vocabulary))
    }

    /// Compares records i and j in place.
    func compare(_ i: Int, _ j: Int) -> PairComparison {
        persons.withUnsafeBufferPointer { p in context.compare(p.baseAddress! + i, p.baseAddress! + j) }
    }
    func weight(_ i: Int, _ j: Int) -> Double { model.score(compare(i, j)) }
    func explain(_ i: Int, _ j: Int) -> MatchExplanation { MatchExplanation(compare(i, j), model: model) }

    /// Estimates the model: u from pairs drawn at random (almost all non-matches), m by EM in
    /// training sessions over a sample of the blocked pairs, and the prior from the expected
    /// number of true pairs.
    static func train(persons: [PreparedPerson], context: ComparisonContext, pairs: [UInt64],
                      configuration c: LinkageConfiguration) -> LinkageModel {
        var rng = SplitMix64(state: c.seed)
        let n = persons.count
        guard n >= 2 else { return .initial }
        // A few dozen random pairs per record measure chance agreement well enough.
        let random = (0..<min(c.randomPairs, max(20_000, n * 40))).map { _ in
            (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))
        }.filter { $0.0 != $0.1 }
        let engine = LinkageEngine(persons: persons, context: context, model: .initial)
        let randomPatterns = countPatterns(random.count) { engine.compare(random[$0].0, random[$0].1).vector }
        var model = LinkageModel.initial
        model.u = ExpectationMaximisation.randomPairU(randomPatterns)
        let step = max(1, pairs.count / max(1, c.trainingPairs))
        let sample = stride(from: 0, to: pairs.count, by: step).map { pairs[$0] }
        let patterns = countPatterns(sample.count) { k in
            engine.compare(Int(sample[k] >> 32), Int(sample[k] & 0xFFFF_FFFF)).vector
        }
        // Training sessions, as with blocking rules: the pairs that agree on one field teach
        // m for the others. A field a session selected on is left out of it, since there it
        // agrees by construction, and so is a field the selection biases: records that share a
        // NIK had their birth dates completed from it, so birth dates learn from shared phones.
        let all = LinkageField.allCases
        let byNIK = patterns.filter { $0.key[.nik] == 4 }
        model = ExpectationMaximisation.fit(byNIK, start: model, fields: all.filter { $0 != .nik }, iterations: c.emIterations)
        let byNameDate = patterns.filter { ($0.key[.name] ?? 0) >= 3 && $0.key[.birthDate] == ComparisonContext.identicalDate }
        let rest: [LinkageField] = [.nik, .phone, .sex, .birthPlace, .father, .birthOrder]
        let second = ExpectationMaximisation.fit(byNameDate, start: model, fields: rest, iterations: c.emIterations)
        for f in rest { model.m[f.rawValue] = second.m[f.rawValue] }
        let byPhone = dateTeachers(patterns)
        let third = ExpectationMaximisation.fit(byPhone, start: model, fields: all.filter { $0 != .phone && $0 != .name },
                                                iterations: c.emIterations)
        model.m[LinkageField.birthDate.rawValue] = third.m[LinkageField.birthDate.rawValue]
        model = ExpectationMaximisation.monotone(model)

        // Finally the share of matches among all blocked pairs, with m and u held.
        model = ExpectationMaximisation.fit(patterns, start: model, fields: all, iterations: c.emIterations, fitM: false)
        // u describes random pairs, so the prior must too: the expected number of true pairs
        // over all pairs of records. EM's own count over blocked pairs runs high (fields are
        // not independent: siblings share surname, place and phone), so it is bounded by a
        // count that rests on the most reliable field: pairs with the same NIK, divided by the
        // chance that both records of a true pair carry the same NIK.
        let emMatches = model.matchShare * Double(pairs.count)
        let scale = Double(pairs.count) / Double(max(sample.count, 1))
        let sameNIK = Double(patterns.filter { $0.key[.nik] == 4 }.values.reduce(0, +)) * scale
        let withNIK = Double(persons.reduce(0) { $0 + ($1.nik.count == 16 ? 1 : 0) }) / Double(n)
        let nikMatches = sameNIK / max(withNIK * withNIK * 0.9, 0.01)
        let expectedMatches = sameNIK > 100 ? min(emMatches, nikMatches) : emMatches
        model.matchShare = max(expectedMatches, 1) / (Double(n) * Double(n - 1) / 2)
        return model
    }

    /// The pairs that teach how often one person's records disagree on the birth date: those
    /// that share a phone. A shared phone is often a household's, though: siblings share it
    /// and were born on other days, and would teach that one person's dates often disagree.
    /// Pairs whose names agree as well are nearly all one person.
    static func dateTeachers(_ patterns: [ComparisonVector: Int]) -> [ComparisonVector: Int] {
        patterns.filter { $0.key[.phone] == 2 && ($0.key[.name] ?? 0) >= 2 }
    }

    /// Counts comparison vectors of `count` pairs, in parallel.
    static func countPatterns(_ count: Int, _ vector: (Int) -> ComparisonVector) -> [ComparisonVector: Int] {
        let parts = parallelChunks(count, chunks: 8) { range in
            var d: [ComparisonVector: Int] = [:]
            for k in range { d[vector(k), default: 0] += 1 }
            return d
        }
        return parts.reduce(into: [:]) { acc, d in acc.merge(d, uniquingKeysWith: +) }
    }
}
