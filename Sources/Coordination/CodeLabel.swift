/// A stable code with its two labels, as errors and pages show it (Indonesian first).
public struct CodeLabel: Sendable, Hashable, Codable {
    /// The stable string code stored in the database and sent in API JSON.
    public let code: String
    public let id: String
    public let en: String

    public init(code: String, id: String, en: String) {
        self.code = code
        self.id = id
        self.en = en
    }
}

/// An enum of the coordination domain: a stable string code plus an Indonesian and an English label.
public protocol CoordinationCode: RawRepresentable, CaseIterable, Sendable, Codable, Hashable
where RawValue == String {
    var label: (id: String, en: String) { get }
}

extension CoordinationCode {
    /// The code with its labels, for error messages and views.
    public var codeLabel: CodeLabel { CodeLabel(code: rawValue, id: label.id, en: label.en) }
}
