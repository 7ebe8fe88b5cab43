/// Walks a JSON object for ``OfferAnswers``, recording every problem with its path. A field
/// that is absent or `null` is "not answered"; a field with a bad value is a problem, never
/// silently treated as not answered.
struct AnswersReader {
    private(set) var problems: [OfferAnswersProblem] = []

    mutating func record(_ p: OfferAnswersProblem) { problems.append(p) }

    /// Unknown fields, in alphabetical order so the message is the same every time.
    mutating func rejectUnknown(_ object: [String: JSONValue], allowed: [String], prefix: String = "") {
        for key in object.keys.sorted() where !allowed.contains(key) {
            record(.unknownField(prefix + key, allowed: allowed))
        }
    }

    mutating func code<C: AnswerCode>(_ type: C.Type, _ value: JSONValue?, path: String) -> C? {
        guard let value, value != .null else { return nil }
        guard case .string(let s) = value else {
            record(.wrongType(path, found: value.kind, expected: OfferText(id: "kode teks", en: "a text code")))
            return nil
        }
        guard let c = C(rawValue: s) else {
            record(.unknownValue(path, s, allowed: C.allCases.map(\.rawValue)))
            return nil
        }
        return c
    }

    /// A list of codes; each code at most once.
    mutating func codes<C: AnswerCode>(_ type: C.Type, _ value: JSONValue?, path: String) -> [C]? {
        guard let value, value != .null else { return nil }
        guard case .array(let items) = value else {
            record(.wrongType(path, found: value.kind, expected: OfferText(id: "daftar kode", en: "a list of codes")))
            return nil
        }
        var out: [C] = []
        for (i, item) in items.enumerated() {
            guard let c = code(C.self, item, path: "\(path)[\(i)]") else { continue }
            if out.contains(c) { record(.duplicate("\(path)[\(i)]", c.rawValue)) } else { out.append(c) }
        }
        return out
    }

    mutating func text(_ value: JSONValue?, path: String) -> String? {
        guard let value, value != .null else { return nil }
        guard case .string(let s) = value else {
            record(.wrongType(path, found: value.kind, expected: OfferText(id: "teks", en: "text")))
            return nil
        }
        return s
    }

    mutating func int(_ value: JSONValue?, path: String) -> Int? {
        guard let value, value != .null else { return nil }
        guard case .int(let i) = value else {
            record(.wrongType(path, found: value.shown, expected: OfferText(id: "bilangan bulat", en: "a whole number")))
            return nil
        }
        return i
    }

    mutating func array(_ value: JSONValue?, path: String) -> [JSONValue]? {
        guard let value, value != .null else { return nil }
        guard case .array(let items) = value else {
            record(.wrongType(path, found: value.kind, expected: OfferText(id: "daftar", en: "a list")))
            return nil
        }
        return items
    }

    mutating func object(_ value: JSONValue, path: String) -> [String: JSONValue]? {
        guard case .object(let o) = value else {
            record(.wrongType(path, found: value.kind, expected: OfferText(id: "objek", en: "an object")))
            return nil
        }
        return o
    }
}
