/// Names of JSON value kinds for error messages, in both languages.
enum JSONKind {
    static let object = Bilingual(id: "objek JSON {…}", en: "a JSON object {…}")
    static let boolean = Bilingual(id: "true atau false", en: "true or false")
    static let isoDate = Bilingual(id: "tanggal ISO TTTT-BB-HH, mis. 2025-08-14", en: "an ISO date YYYY-MM-DD, e.g. 2025-08-14")
    static let age = Bilingual(id: "bilangan bulat 0–130 (tahun) atau null", en: "a whole number 0–130 (years) or null")
    static let country = Bilingual(
        id: "kode negara ISO 3166-1 alpha-2 huruf besar (mis. ID, MY) atau null",
        en: "an ISO 3166-1 alpha-2 country code in capitals (e.g. ID, MY) or null")

    static func codeOf(_ codes: [String]) -> Bilingual {
        let list = codes.joined(separator: ", ")
        return Bilingual(id: "salah satu kode: \(list)", en: "one of the codes: \(list)")
    }

    static func listOf(_ codes: [String]) -> Bilingual {
        let list = codes.joined(separator: ", ")
        return Bilingual(id: "daftar [...] berisi kode: \(list)", en: "a list [...] of the codes: \(list)")
    }

    private static let null = Bilingual(id: "null", en: "null")
    private static let bool = Bilingual(id: "nilai benar/salah", en: "a boolean")
    private static let number = Bilingual(id: "angka", en: "a number")
    private static let text = Bilingual(id: "teks", en: "a string")
    private static let list = Bilingual(id: "daftar", en: "a list")
    static let other = Bilingual(id: "nilai lain", en: "another value")

    /// What kind of value sits at `key` (only called on the error path).
    static func of(_ object: FactsObject, _ key: AnyKey) -> Bilingual {
        if (try? object.decodeNil(forKey: key)) == true { return null }
        if (try? object.decode(Bool.self, forKey: key)) != nil { return bool }
        if (try? object.decode(Double.self, forKey: key)) != nil { return number }
        if (try? object.decode(String.self, forKey: key)) != nil { return text }
        if (try? object.nestedUnkeyedContainer(forKey: key)) != nil { return list }
        if (try? object.nestedContainer(keyedBy: AnyKey.self, forKey: key)) != nil { return Bilingual(id: "objek", en: "an object") }
        return other
    }

    /// What kind the next list element is; consumes it. `nil` if it could not be read at all.
    static func ofNext(_ list: inout UnkeyedDecodingContainer) -> Bilingual? {
        if (try? list.decodeNil()) == true { return null }
        if (try? list.decode(Bool.self)) != nil { return bool }
        if (try? list.decode(Double.self)) != nil { return number }
        if (try? list.nestedUnkeyedContainer()) != nil { return self.list }
        if (try? list.nestedContainer(keyedBy: AnyKey.self)) != nil { return Bilingual(id: "objek", en: "an object") }
        return nil
    }
}
