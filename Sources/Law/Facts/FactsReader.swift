/// A key for reading any JSON object, so that unknown fields can be found and named.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(_ name: String) { stringValue = name; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
}

typealias FactsObject = KeyedDecodingContainer<AnyKey>

/// Reads a facts document field by field, collecting every problem instead of stopping at the
/// first, so that a form can mark all bad fields at once. `nil` from a read means "absent, null,
/// or bad" — a bad value is always recorded as an issue.
struct FactsReader {
    private(set) var issues: [FactsIssue] = []

    mutating func record(_ issue: FactsIssue) { issues.append(issue) }

    /// Records an issue for each field not in `allowed`.
    mutating func rejectUnknownFields(_ object: FactsObject, path: String, allowed: [String]) {
        for key in object.allKeys where !allowed.contains(key.stringValue) {
            record(.unknownField(join(path, key.stringValue), allowed: allowed))
        }
    }

    mutating func object(_ parent: FactsObject, _ key: String, path: String, allowed: [String]) -> FactsObject? {
        let k = AnyKey(key)
        guard present(parent, k) else { return nil }
        guard let child = try? parent.nestedContainer(keyedBy: AnyKey.self, forKey: k) else {
            record(.wrongType(path, found: JSONKind.of(parent, k), expected: JSONKind.object))
            return nil
        }
        rejectUnknownFields(child, path: path, allowed: allowed)
        return child
    }

    mutating func bool(_ object: FactsObject, _ key: String, path: String) -> Bool? {
        value(Bool.self, object, key, path: path, expected: JSONKind.boolean)
    }

    mutating func string(_ object: FactsObject, _ key: String, path: String, expected: Bilingual) -> String? {
        value(String.self, object, key, path: path, expected: expected)
    }

    mutating func int(_ object: FactsObject, _ key: String, path: String, expected: Bilingual) -> Int? {
        value(Int.self, object, key, path: path, expected: expected)
    }

    mutating func code<C: FactCode>(_ type: C.Type, _ object: FactsObject, _ key: String, path: String) -> C? {
        guard let raw = string(object, key, path: path, expected: JSONKind.codeOf(C.allowedCodes)) else { return nil }
        guard let code = C(rawValue: raw) else {
            record(.unknownCode(path, found: raw, allowed: C.allowedCodes))
            return nil
        }
        return code
    }

    /// A list of codes; a bad element is named by its index, e.g. `means[1]`.
    mutating func codes<C: FactCode>(_ type: C.Type, _ object: FactsObject, _ key: String, path: String) -> [C]? {
        let k = AnyKey(key)
        guard present(object, k) else { return nil }
        guard var list = try? object.nestedUnkeyedContainer(forKey: k) else {
            record(.wrongType(path, found: JSONKind.of(object, k), expected: JSONKind.listOf(C.allowedCodes)))
            return nil
        }
        var result: [C] = []
        var bad = false
        while !list.isAtEnd {
            let itemPath = "\(path)[\(list.currentIndex)]"
            if let raw = try? list.decode(String.self) {
                if let code = C(rawValue: raw) {
                    if !result.contains(code) { result.append(code) }
                } else {
                    record(.unknownCode(itemPath, found: raw, allowed: C.allowedCodes))
                    bad = true
                }
            } else {
                let found = JSONKind.ofNext(&list)
                record(.wrongType(itemPath, found: found ?? JSONKind.other, expected: JSONKind.codeOf(C.allowedCodes)))
                bad = true
                if found == nil { break }  // the element could not be skipped; stop rather than loop
            }
        }
        return bad ? nil : result
    }

    private mutating func value<T: Decodable>(
        _ type: T.Type, _ object: FactsObject, _ key: String, path: String, expected: Bilingual
    ) -> T? {
        let k = AnyKey(key)
        guard present(object, k) else { return nil }
        if let v = try? object.decode(T.self, forKey: k) { return v }
        record(.wrongType(path, found: JSONKind.of(object, k), expected: expected))
        return nil
    }

    /// Absent and null both mean "not known".
    private func present(_ object: FactsObject, _ key: AnyKey) -> Bool {
        guard object.contains(key) else { return false }
        return (try? object.decodeNil(forKey: key)) != true
    }

    private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
