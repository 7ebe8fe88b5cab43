/// How alike two names are, judged as the person matcher judges them: word by word in any
/// order, after spelling keys, with near spellings (Jaro–Winkler, one edit, the same
/// consonants), initials and nicknames. For a caller that holds just two names and no
/// population to weigh them against: the perpetrator-network pages, which suggest that a person
/// or company named in one case may be one named in another.
public enum NameAgreement: Int, Sendable, Comparable, CaseIterable {
    /// No word of one is like a word of the other.
    case none
    /// Some words are alike, not every word of the shorter name.
    case partial
    /// Every word of the shorter name is alike a word of the longer.
    case shorterWithin
    /// Every word of each is alike a word of the other, some only by a near spelling.
    case variant
    /// The same words, spelling keys aside, in any order.
    case same

    public static func < (a: NameAgreement, b: NameAgreement) -> Bool { a.rawValue < b.rawValue }

    public init(_ a: String, _ b: String) {
        var vocabulary = LinkageVocabulary()
        let ta = IndonesianName.parse(a).tokens.map { vocabulary.tokens.vocabulary.intern($0) }
        let tb = IndonesianName.parse(b).tokens.map { vocabulary.tokens.vocabulary.intern($0) }
        let level = NameComparison.compare(ta, tb, ComparisonContext(vocabulary: vocabulary))?.level ?? 0
        self = NameAgreement(rawValue: level) ?? .none
    }
}
