import Foundation

/// A person's name as written on an Indonesian record, taken apart into what identifies the
/// person (the name tokens, in spelling-key form) and what only decorates or qualifies it
/// (titles, Muhammad and its short forms, bin/binti and the father's name, aliases, Balinese
/// birth-order names, Batak "boru"). Word order is kept but never relied on: clerks swap it.
public struct IndonesianName: Sendable, Hashable {
    /// Spelling keys of the person's own name tokens (see `SpellingKey`); single letters are
    /// initials.
    public var tokens: [String] = []
    /// Spelling keys of names given after "alias", "als." or "@".
    public var alias: [String] = []
    /// Spelling keys of the father's name carried after bin/binti.
    public var father: [String] = []
    /// Balinese birth order (1 Wayan/Putu/Gede … 4 Ketut), when the name carries one.
    public var birthOrder: Int?
    /// Whether the name carries Muhammad in any spelling or short form (not kept in `tokens`,
    /// because clerks write, abbreviate or drop it at will).
    public var hasMuhammad = false
    /// The sex that the name's markers imply (binti, Ni, Hj., boru → female; bin, I, H. → male).
    public var sexHint: Sex?

    public enum Sex: Sendable, Hashable { case female, male }

    public init(tokens: [String] = [], alias: [String] = [], father: [String] = []) {
        self.tokens = tokens; self.alias = alias; self.father = father
    }

    /// Parses a name as written ("H. MOCH. DJOKO SOESILO BIN SLAMET", "Ni Luh Putu Sari",
    /// "SIREGAR, ROSMAWATI BR.").
    public static func parse(_ raw: String) -> IndonesianName {
        NameParser(words: NameLexer.words(raw)).parse()
    }
}

/// One written word of a name: its uppercase ASCII letters and whether a dot followed it.
struct NameWord: Equatable {
    var letters: [UInt8]
    var dotted: Bool
    var text: String { String(decoding: letters, as: UTF8.self) }
}

/// Splits a written name into words: letters only, uppercase, diacritics removed; dots mark
/// abbreviations; commas, hyphens and other marks separate words; "@" is a word of its own.
/// A dotted run of short parts that spells a title ("S.H.", "S.Pd.I") stays one word.
enum NameLexer {
    static func words(_ raw: String) -> [NameWord] {
        var out: [NameWord] = []
        var chunk: [NameWord] = []
        var cur: [UInt8] = []
        func endPart(dotted: Bool) {
            if !cur.isEmpty { chunk.append(NameWord(letters: cur, dotted: dotted)) }
            cur = []
        }
        func endChunk() {
            endPart(dotted: false)
            let joined = chunk.flatMap(\.letters)
            if chunk.count > 1, chunk.allSatisfy({ $0.letters.count <= 3 }),
               NameVocabulary.titles.contains(String(decoding: joined, as: UTF8.self)) {
                out.append(NameWord(letters: joined, dotted: true))
            } else {
                out += chunk
            }
            chunk = []
        }
        let text = raw.utf8.allSatisfy { $0 < 128 } ? raw : raw.decomposedStringWithCanonicalMapping
        for u in text.unicodeScalars {
            let v = u.value
            switch v {
            case 65...90: cur.append(UInt8(v))
            case 97...122: cur.append(UInt8(v - 32))
            case 46: endPart(dotted: true)
            case 39, 96, 0x2019, 0x300...0x36F: continue // apostrophes join (Ma'ruf); accents go
            case 64: endChunk(); out.append(NameWord(letters: [64], dotted: false))
            default: endChunk()
            }
        }
        endChunk()
        return out
    }
}
