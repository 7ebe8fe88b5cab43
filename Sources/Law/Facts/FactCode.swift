/// A code of the case-facts vocabulary: an English identifier, with the Indonesian statutory
/// term beside it because users and the UI speak in those terms.
public protocol FactCode: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: Sendable {
    /// The words for this code, in Indonesian (the statute's term) and English.
    var term: Bilingual { get }
}

extension FactCode {
    /// All codes, for error messages that list the allowed values.
    static var allowedCodes: [String] { allCases.map(\.rawValue) }
}
