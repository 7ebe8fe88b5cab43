import Cases

/// A court's decision on one suspect: the articles, the sentence, and the restitution ordered.
public struct Verdict: Sendable, Hashable, Codable {
    public let outcome: VerdictOutcome
    /// The provisions the defendant was convicted under, e.g. `UU 21/2007 Pasal 4`.
    public let articles: [String]
    public let sentenceMonths: Int
    public let fineRupiah: Int64
    public let restitutionOrderedRupiah: Int64
    /// The court's case number, e.g. `123/Pid.Sus/2026/PN Sby`.
    public let courtReference: String?

    public init(outcome: VerdictOutcome, articles: [String], sentenceMonths: Int, fineRupiah: Int64 = 0,
                restitutionOrderedRupiah: Int64 = 0, courtReference: String? = nil) {
        self.outcome = outcome
        self.articles = articles.compactMap(\.nonBlank)
        self.sentenceMonths = sentenceMonths
        self.fineRupiah = fineRupiah
        self.restitutionOrderedRupiah = restitutionOrderedRupiah
        self.courtReference = courtReference?.nonBlank
    }

    /// A conviction names its articles and a prison term or a fine (KUHP Pasal 455 as adjusted by
    /// UU 1/2026 allows a fine alone); an acquittal carries no sentence.
    func validate() throws(CoordinationError) {
        guard sentenceMonths >= 0, fineRupiah >= 0, restitutionOrderedRupiah >= 0 else {
            throw .input("verdict", id: "Pidana, denda dan restitusi tidak boleh negatif",
                         en: "Sentence, fine and restitution cannot be negative")
        }
        switch outcome {
        case .convicted:
            guard !articles.isEmpty else {
                throw .input("verdict.articles", id: "Sebutkan pasal yang terbukti", en: "Name the articles proven")
            }
            guard sentenceMonths > 0 || fineRupiah > 0 else {
                throw .input("verdict.sentenceMonths", id: "Pemidanaan memerlukan pidana penjara atau denda",
                             en: "A conviction needs a prison term or a fine")
            }
        case .acquitted, .releasedFromCharges:
            guard sentenceMonths == 0, fineRupiah == 0, restitutionOrderedRupiah == 0 else {
                throw .input("verdict.sentenceMonths", id: "Putusan bebas/lepas tidak memuat pidana atau restitusi",
                             en: "An acquittal or release carries no sentence or restitution")
            }
        }
    }
}
