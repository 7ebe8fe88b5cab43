extension Questionnaire {
    /// Case facts suggested by the answers, for an officer to confirm. Only "yes" answers fill a
    /// field: a "no" to our few questions does not rule out other acts or means, so those fields
    /// stay unknown rather than empty.
    public static func prefill(_ a: QuestionnaireAnswers) -> CaseFacts {
        var acts: [CaseFacts.Act] = []
        var means: [CaseFacts.Means] = []
        var types: [CaseFacts.ExploitationType] = []
        var compelled: Bool?
        for q in a.yes {
            for effect in q.prefill {
                switch effect {
                case .act(let x): if !acts.contains(x) { acts.append(x) }
                case .means(let x): if !means.contains(x) { means.append(x) }
                case .exploitation(let x): if !types.contains(x) { types.append(x) }
                case .compelledToOffend: compelled = true
                }
            }
        }
        var facts = CaseFacts()
        facts.victim = CaseFacts.Victim(age: a.age, citizenship: a.citizenship.flatMap(validCountry), sex: a.sex)
        facts.acts = acts.isEmpty ? nil : acts
        facts.means = means.isEmpty ? nil : means
        if !types.isEmpty { facts.exploitation = CaseFacts.Exploitation(types: types, status: .occurred) }
        if let from = a.from.flatMap(validCountry), let to = a.to.flatMap(validCountry) {
            facts.movement = CaseFacts.Movement(from: from, to: to)
        }
        facts.victimCompelledToOffend = compelled
        return facts
    }

    private static func validCountry(_ code: String) -> String? { CountryCodes.isAssigned(code) ? code : nil }
}
