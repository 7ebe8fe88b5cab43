import Law

/// The catalogue with every study's answer key and the options offered, worked out once.
public struct TrainingBook: Sendable {
    public let catalogue: StudyCatalogue
    public let keys: [String: AnswerKey]
    public let options: OptionSets

    /// Fails on the first study the engine cannot answer in full.
    public init(_ catalogue: StudyCatalogue) throws(AnswerKey.Gap) {
        var keys: [String: AnswerKey] = [:]
        for study in catalogue.studies { keys[study.id] = try AnswerKey(study, on: catalogue.assessedOn) }
        self.catalogue = catalogue
        self.keys = keys
        self.options = OptionSets(keys: catalogue.studies.compactMap { keys[$0.id] })
    }

    /// The bundled catalogue's book. A study without a full answer is caught by the tests.
    public static let bundled: TrainingBook = {
        do { return try TrainingBook(.bundled) } catch { preconditionFailure("\(error)") }
    }()

    /// The study with this id and its key.
    public func study(_ id: String) -> (study: CaseStudy, key: AnswerKey)? {
        guard let s = catalogue.study(id), let k = keys[id] else { return nil }
        return (s, k)
    }
}
