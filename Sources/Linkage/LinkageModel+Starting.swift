/// The model a store ranks candidates with before it holds enough persons to estimate its own.
///
/// Set by reasoning, not fitted to any data set: among true pairs, fields mostly agree and
/// disagree only by clerks' errors (a NIK typed wrong or missing; a birth date with day and
/// month swapped); among strangers, a shared NIK or phone is almost impossible, a shared full
/// name rare, a shared birth year common, a shared sex half the time. The prior assumes each
/// person is held, on average, in 1.3 records. Weights still get the store's term-frequency
/// adjustment, so a shared common name counts for less.
extension LinkageModel {
    public static func starting(population: Int) -> LinkageModel {
        func levels(_ field: LinkageField, m: [Double], u: [Double]) -> (m: [Double], u: [Double]) {
            precondition(m.count == field.levelCount && u.count == field.levelCount)
            return (normalized(m), normalized(u))
        }
        let table: [(m: [Double], u: [Double])] = [
            levels(.name, m: [0.02, 0.08, 0.10, 0.20, 0.60], u: [0.92, 0.07, 0.008, 0.0015, 0.0005]),
            levels(.nik, m: [0.03, 0.01, 0.01, 0.10, 0.85], u: [0.9998, 0.0002, 1e-6, 1e-7, 1e-8]),
            levels(.birthDate, m: [0.02, 0.04, 0.06, 0.10, 0.08, 0.05, 0.65],
                   u: [0.80, 0.16, 0.01, 0.02, 0.0025, 0.0005, 0.001]),
            levels(.sex, m: [0.02, 0.98], u: [0.5, 0.5]),
            levels(.phone, m: [0.40, 0.05, 0.55], u: [0.99998, 0.00001, 0.00001]),
            levels(.birthPlace, m: [0.08, 0.12, 0.80], u: [0.92, 0.02, 0.06]),
            levels(.father, m: [0.10, 0.90], u: [0.95, 0.05]),
            levels(.birthOrder, m: [0.05, 0.95], u: [0.70, 0.30]),
            levels(.region, m: [0.20, 0.80], u: [0.85, 0.15]),
            // Whether an agency holds one person twice depends on how it keeps records: no
            // weight until the store's own model has learnt it.
            levels(.source, m: [0.75, 0.25], u: [0.75, 0.25]),
        ]
        let n = Double(max(population, 2))
        return LinkageModel(m: table.map(\.m), u: table.map(\.u), matchShare: 0.3 * n / (n * (n - 1) / 2))
    }

    /// The same model for a larger or smaller population: the chance that two records drawn
    /// at random are the same person falls as the number of records grows.
    public func scaled(from trainedPopulation: Int, to population: Int) -> LinkageModel {
        guard trainedPopulation > 1, population > 1 else { return self }
        var copy = self
        copy.matchShare = min(matchShare * Double(trainedPopulation - 1) / Double(population - 1), 0.5)
        return copy
    }
}
