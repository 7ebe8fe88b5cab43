import Foundation

/// A facts document the engine refuses to read. Nothing is guessed from a malformed document:
/// every problem found is listed, each naming the field path (e.g. `means[1]`) and what is allowed,
/// in Indonesian and English, so a form can show each message beside its field.
public struct FactsError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The problems, in document order; never empty.
    public let issues: [FactsIssue]

    public init(_ issues: [FactsIssue]) {
        precondition(!issues.isEmpty, "a FactsError needs at least one issue")
        self.issues = issues
    }

    /// The path of the first problem, e.g. `victim.age`.
    public var path: String { issues[0].path }

    /// All problems in one language, one per line.
    public func message(_ language: ScreeningLanguage) -> String {
        issues.map { $0.message.text(language) }.joined(separator: "\n")
    }

    /// Indonesian, then English.
    public var description: String { message(.indonesian) + "\n" + message(.english) }
    public var errorDescription: String? { description }
}

/// One problem in a facts document.
public struct FactsIssue: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        case malformedJSON = "malformed_json"
        case wrongType = "wrong_type"
        case unknownCode = "unknown_code"
        case unknownField = "unknown_field"
        case missingField = "missing_field"
        case invalidValue = "invalid_value"
        case contradiction
    }

    /// Where: `date`, `victim.age`, `means[1]`, or `(document)` for the whole document.
    public let path: String
    public let kind: Kind
    /// What was found, when it can be shown (a code, a type, a number).
    public let found: String?
    /// What is allowed there: codes, field names, or a description of the expected value.
    public let allowed: [String]
    /// The message for the user, naming the path and the allowed values.
    public let message: Bilingual

    public init(path: String, kind: Kind, found: String?, allowed: [String], message: Bilingual) {
        self.path = path
        self.kind = kind
        self.found = found
        self.allowed = allowed
        self.message = message
    }
}

extension FactsIssue {
    static func wrongType(_ path: String, found: Bilingual, expected: Bilingual) -> FactsIssue {
        FactsIssue(path: path, kind: .wrongType, found: found.en, allowed: [expected.en], message: Bilingual(
            id: "\(path): jenis nilai salah (berisi \(found.id)); yang diizinkan: \(expected.id)",
            en: "\(path): wrong type (found \(found.en)); allowed: \(expected.en)"))
    }

    static func unknownCode(_ path: String, found: String, allowed: [String]) -> FactsIssue {
        let list = allowed.joined(separator: ", ")
        return FactsIssue(path: path, kind: .unknownCode, found: found, allowed: allowed, message: Bilingual(
            id: "\(path): kode \"\(found)\" tidak dikenal; yang diizinkan: \(list)",
            en: "\(path): unknown code \"\(found)\"; allowed: \(list)"))
    }

    static func unknownField(_ path: String, allowed: [String]) -> FactsIssue {
        let list = allowed.joined(separator: ", ")
        return FactsIssue(path: path, kind: .unknownField, found: path, allowed: allowed, message: Bilingual(
            id: "\(path): kolom tidak dikenal; kolom yang diizinkan di sini: \(list)",
            en: "\(path): unknown field; fields allowed here: \(list)"))
    }

    static func missingField(_ path: String, because: Bilingual) -> FactsIssue {
        FactsIssue(path: path, kind: .missingField, found: nil, allowed: [], message: Bilingual(
            id: "\(path): wajib diisi \(because.id)", en: "\(path): required \(because.en)"))
    }

    static func invalidValue(_ path: String, found: String, allowed: Bilingual) -> FactsIssue {
        FactsIssue(path: path, kind: .invalidValue, found: found, allowed: [allowed.en], message: Bilingual(
            id: "\(path): nilai \(found) tidak sah; yang diizinkan: \(allowed.id)",
            en: "\(path): value \(found) is not valid; allowed: \(allowed.en)"))
    }

    static func contradiction(_ path: String, found: String?, allowed: [String], reason: Bilingual) -> FactsIssue {
        FactsIssue(path: path, kind: .contradiction, found: found, allowed: allowed, message: Bilingual(
            id: "\(path): fakta saling bertentangan: \(reason.id)", en: "\(path): contradictory facts: \(reason.en)"))
    }

    static func malformedJSON(_ detail: String) -> FactsIssue {
        FactsIssue(path: "(document)", kind: .malformedJSON, found: nil, allowed: ["a JSON object"], message: Bilingual(
            id: "(dokumen): bukan JSON yang sah (\(detail)); yang diizinkan: satu objek JSON",
            en: "(document): not valid JSON (\(detail)); allowed: one JSON object"))
    }
}
