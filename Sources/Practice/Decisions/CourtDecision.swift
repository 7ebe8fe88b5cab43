import Law

/// One encoded court decision (putusan) on trafficking facts, in the format of
/// `Resources/FORMAT.md`: the facts as the source states them, what was charged, what the court
/// convicted under, the sentence, and where it was read.
public struct CourtDecision: Sendable, Hashable, Codable {
    /// PN (Pengadilan Negeri), PT (Pengadilan Tinggi) or MA (Mahkamah Agung).
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable { case pn = "PN", pt = "PT", ma = "MA" }
    public enum Outcome: String, Sendable, Hashable, Codable { case convicted, acquitted }

    public struct Source: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case courtDirectory = "court_directory", journal, thesis, news, report
        }
        /// The page actually read.
        public let url: String
        public let title: String
        public let kind: Kind
        public let accessed: String
        public init(url: String, title: String, kind: Kind, accessed: String) {
            self.url = url; self.title = title; self.kind = kind; self.accessed = accessed
        }
    }

    public let id: String
    /// As the source writes it: `346/Pid.Sus/2017/PN Amb`.
    public let number: String
    public let court: String
    public let level: Level
    /// The BPS code of the court's province (for MA, of the first-instance court).
    public let provinceCode: String
    public let year: Int
    public let decidedOn: String?
    /// Only what the source states; an omitted fact is unknown.
    public let facts: CaseFacts
    public let charged: [String]
    public let outcome: Outcome
    /// Each starting with its law: `UU 21/2007 Pasal 2 ayat (1)`, `KUHP Pasal 296`. Empty for an acquittal.
    public let convictedUnder: [String]
    public let sentenceMonths: Int?
    public let fineRupiah: Int64?
    public let restitutionRupiah: Int64?
    public let summary: Bilingual
    public let source: Source
    /// The fields the source did not give.
    public let unstated: [String]

    public init(id: String, number: String, court: String, level: Level, provinceCode: String, year: Int, decidedOn: String? = nil,
                facts: CaseFacts, charged: [String] = [], outcome: Outcome, convictedUnder: [String], sentenceMonths: Int?,
                fineRupiah: Int64? = nil, restitutionRupiah: Int64? = nil, summary: Bilingual, source: Source, unstated: [String] = []) {
        self.id = id; self.number = number; self.court = court; self.level = level; self.provinceCode = provinceCode
        self.year = year; self.decidedOn = decidedOn; self.facts = facts; self.charged = charged; self.outcome = outcome
        self.convictedUnder = convictedUnder; self.sentenceMonths = sentenceMonths; self.fineRupiah = fineRupiah
        self.restitutionRupiah = restitutionRupiah; self.summary = summary; self.source = source; self.unstated = unstated
    }

    // Explicit nulls for the optional fields, as the format writes them.
    enum CodingKeys: String, CodingKey {
        case id, number, court, level, provinceCode, year, decidedOn, facts, charged, outcome, convictedUnder
        case sentenceMonths, fineRupiah, restitutionRupiah, summary, source, unstated
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(number, forKey: .number); try c.encode(court, forKey: .court)
        try c.encode(level, forKey: .level); try c.encode(provinceCode, forKey: .provinceCode); try c.encode(year, forKey: .year)
        try c.encode(decidedOn, forKey: .decidedOn); try c.encode(facts, forKey: .facts); try c.encode(charged, forKey: .charged)
        try c.encode(outcome, forKey: .outcome); try c.encode(convictedUnder, forKey: .convictedUnder)
        try c.encode(sentenceMonths, forKey: .sentenceMonths); try c.encode(fineRupiah, forKey: .fineRupiah)
        try c.encode(restitutionRupiah, forKey: .restitutionRupiah); try c.encode(summary, forKey: .summary)
        try c.encode(source, forKey: .source); try c.encode(unstated, forKey: .unstated)
    }
}
