/// Screens facts completed by ``Completion`` again under the national law, for the fork and the
/// ranking of next questions. The two often try the same completions, so each distinct set of
/// facts is screened once. (A class: one screening shares it; it never crosses threads.)
final class Rescreening {
    struct Answer {
        let view: FactView
        let national: NationalTest
        /// Only for an offence.
        let sentencing: Sentencing?
    }

    let version: LawVersion
    private var answers: [CaseFacts: Answer] = [:]

    init(_ version: LawVersion) { self.version = version }

    func answer(_ facts: CaseFacts) -> Answer {
        if let known = answers[facts] { return known }
        let view = FactView(facts, explains: false)
        let n = NationalTest(view, version: version)
        let answer = Answer(view: view, national: n, sentencing: n.verdict == .offence ? Sentencing(view, n, version) : nil)
        answers[facts] = answer
        return answer
    }
}
