/// How likely a candidate is the same person, in three words rather than a number. Viewers who
/// may not see a candidate's identity are told only this: an exact probability and the
/// evidence behind it would let them learn, by registering made-up persons, whether someone
/// with a given NIK, birth date or phone is in another agency's records.
public enum MatchBand: String, Sendable, Codable, CaseIterable {
    case veryLikely = "very_likely"
    case possible
    case worthChecking = "worth_checking"

    public init(probability p: Double) {
        self = p >= 0.9 ? .veryLikely : p >= 0.5 ? .possible : .worthChecking
    }
}
