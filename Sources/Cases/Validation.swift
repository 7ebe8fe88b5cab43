/// A problem with one input field, said in both of Simpul's languages.
public struct FieldError: Error, Sendable, Hashable, Codable {
    /// The field's name as the form or the JSON body calls it (`persons[0].nik`).
    public let field: String
    public let id: String
    public let en: String

    public init(field: String, id: String, en: String) {
        self.field = field
        self.id = id
        self.en = en
    }

    public func message(_ language: MessageLanguage) -> String { language == .indonesian ? id : en }
}

/// Everything wrong with one submission, so a form can show all of it at once.
public struct ValidationFailure: Error, Sendable, Hashable {
    public let errors: [FieldError]
    public init(_ errors: [FieldError]) { self.errors = errors }

    public func first(for field: String) -> FieldError? { errors.first { $0.field == field } }
}

/// A fact about an accepted input that a person should double-check (a doubtful NIK, say):
/// the value is kept and the doubt is shown, never silently dropped.
public struct FieldWarning: Sendable, Hashable, Codable {
    public let field: String
    public let id: String
    public let en: String

    public init(field: String, id: String, en: String) {
        self.field = field
        self.id = id
        self.en = en
    }
}

/// Collects field errors while a validator walks an input.
public struct Validator {
    public private(set) var errors: [FieldError] = []
    public init() {}

    public mutating func fail(_ field: String, id: String, en: String) {
        errors.append(FieldError(field: field, id: id, en: en))
    }

    public mutating func required(_ value: String?, _ field: String, label: (id: String, en: String)) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty {
            fail(field, id: "\(label.id) wajib diisi", en: "\(label.en) is required")
            return nil
        }
        return trimmed
    }

    public mutating func maxLength(_ value: String?, _ max: Int, _ field: String, label: (id: String, en: String)) {
        if let value, value.count > max {
            fail(field, id: "\(label.id) paling banyak \(max) karakter", en: "\(label.en) must be at most \(max) characters")
        }
    }

    public func finish() throws {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}

import Foundation
