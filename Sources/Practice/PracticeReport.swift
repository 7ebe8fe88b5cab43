import Law

/// Court practice as the command line prints it: a text section, or the `practice` object added
/// to the screening's JSON (`docs/screening-output.md`).
public enum PracticeReport {
    public static func text(_ practice: Result<PracticeComparison, DecisionSetError>, language: ScreeningLanguage) -> String {
        let t = { (b: Bilingual) in b.text(language) }
        let en = language == .english
        var out = [en ? "Court practice" : "Praktik pengadilan"]
        switch practice {
        case .failure(let e):
            out.append("  " + (en ? "The set of decisions could not be read: " : "Kumpulan putusan tidak dapat dibaca: ") + e.description)
        case .success(let c) where c.decisionsKnown == 0:
            out.append("  " + (en ? "Simpul holds no court decisions yet." : "Simpul belum memuat putusan pengadilan."))
        case .success(let c):
            out.append("  " + t(c.summary.text))
            out += c.difference.statements.map { "  - " + t($0.text) }
            for (i, m) in c.matches.enumerated() {
                let d = m.decision
                out.append("  \(i + 1). \(d.number), \(d.court), \(d.year): \(t(PracticeText.outcome(d)))")
                out.append("     " + t(PracticeText.resemblance(m)))
                out.append("     \(d.source.title) <\(d.source.url)>")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The screening's JSON object with `practice` added beside its fixed fields.
    public struct ScreeningWithPractice: Encodable {
        public let result: ScreeningResult
        public let practice: Result<PracticeComparison, DecisionSetError>

        public init(result: ScreeningResult, practice: Result<PracticeComparison, DecisionSetError>) {
            self.result = result
            self.practice = practice
        }

        private enum Keys: String, CodingKey { case practice }
        private struct Refused: Encodable { let error: String }

        public func encode(to encoder: Encoder) throws {
            try result.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            switch practice {
            case .success(let p): try c.encode(p, forKey: .practice)
            case .failure(let e): try c.encode(Refused(error: e.description), forKey: .practice)
            }
        }
    }
}
