/// Just enough of PDF's syntax to find what a PDF says about its author without moving a byte:
/// where each plain-text object starts, and where one value (a dictionary, an array, a string,
/// a name, a number) ends, with its strings and the objects it refers to.
enum PDFSyntax {
    struct Reference: Hashable { let number: Int, generation: Int }

    /// A value's extent, the contents of its strings (between the brackets) and its references.
    struct Value {
        var end: Int
        var strings: [Range<Int>] = []
        var references: [Reference] = []
    }

    private static let spaces: Set<UInt8> = [0, 9, 10, 12, 13, 32]
    private static let delimiters = Set("()<>[]{}/%".utf8)

    static func isSpace(_ c: UInt8) -> Bool { spaces.contains(c) }
    static func isRegular(_ c: UInt8) -> Bool { !spaces.contains(c) && !delimiters.contains(c) }

    /// Skips white space and comments.
    static func skipSpace(_ b: [UInt8], _ i: Int) -> Int {
        var i = i
        while i < b.count {
            if isSpace(b[i]) { i += 1 } else if b[i] == UInt8(ascii: "%") {
                while i < b.count, b[i] != 10, b[i] != 13 { i += 1 }
            } else { break }
        }
        return i
    }

    /// The run of regular characters (a number, a keyword, a name without its slash) at `i`.
    static func token(_ b: [UInt8], _ i: Int) -> Range<Int> {
        var j = i
        while j < b.count, isRegular(b[j]) { j += 1 }
        return i..<j
    }

    /// Where each "N G obj" in plain text begins its body. Objects packed in a compressed
    /// object stream are not here.
    static func objects(_ b: [UInt8]) -> [(reference: Reference, body: Int)] {
        var found: [(Reference, Int)] = []
        var from = 0
        while let o = b.firstIndex(of: "obj", from: from) {
            from = o + 3
            guard o + 3 == b.count || !isRegular(b[o + 3]) else { continue }
            // Read back over "G", then "N", each a run of digits after white space.
            var j = o
            var numbers: [Int] = []
            for _ in 0..<2 {
                let digitsEnd = j
                while j > 0, isSpace(b[j - 1]) { j -= 1 }
                guard j < digitsEnd else { break }
                let end = j
                while j > 0, (48...57).contains(b[j - 1]) { j -= 1 }
                guard j < end, let n = Int(String(decoding: b[j..<end], as: UTF8.self)) else { break }
                numbers.append(n)
            }
            guard numbers.count == 2, j == 0 || !isRegular(b[j - 1]) else { continue }
            found.append((Reference(number: numbers[1], generation: numbers[0]), o + 3))
        }
        return found
    }

    /// The reference "N G R" at `i` (after any white space), if that is what stands there.
    static func reference(_ b: [UInt8], at i: Int) -> Reference? {
        var words: [String] = []
        var j = i
        for _ in 0..<3 {
            let t = token(b, skipSpace(b, j))
            guard !t.isEmpty else { return nil }
            words.append(String(decoding: b[t], as: UTF8.self))
            j = t.upperBound
        }
        guard words[2] == "R", let n = Int(words[0]), let g = Int(words[1]) else { return nil }
        return Reference(number: n, generation: g)
    }

    /// The value at `i` (after any white space); nil when it runs off the file or nests deeper
    /// than any real PDF does.
    static func value(_ b: [UInt8], at i: Int, depth: Int = 0) -> Value? {
        let i = skipSpace(b, i)
        guard i < b.count, depth < 32 else { return nil }
        switch b[i] {
        case UInt8(ascii: "("):
            // A literal string: backslash escapes one character; unescaped brackets must balance.
            var j = i + 1, open = 1
            while j < b.count {
                switch b[j] {
                case UInt8(ascii: "\\"): j += 1
                case UInt8(ascii: "("): open += 1
                case UInt8(ascii: ")"): open -= 1
                default: break
                }
                if open == 0 { return Value(end: j + 1, strings: [(i + 1)..<j]) }
                j += 1
            }
            return nil
        case UInt8(ascii: "<") where b.has("<<", at: i):
            return items(b, from: i + 2, closer: ">>", depth: depth)
        case UInt8(ascii: "<"):
            guard let close = b.firstIndex(of: ">", from: i + 1) else { return nil }
            return Value(end: close + 1, strings: [(i + 1)..<close])
        case UInt8(ascii: "["):
            return items(b, from: i + 1, closer: "]", depth: depth)
        case UInt8(ascii: "/"):
            return Value(end: token(b, i + 1).upperBound)
        default:
            let t = token(b, i)
            return t.isEmpty ? nil : Value(end: t.upperBound)
        }
    }

    /// The values of a dictionary or an array up to its closing bracket, noting "N G R" references.
    private static func items(_ b: [UInt8], from: Int, closer: String, depth: Int) -> Value? {
        var result = Value(end: from)
        // The last two plain words, to recognise "N G R".
        var words: [String] = ["", ""]
        while true {
            let i = skipSpace(b, result.end)
            if b.has(closer, at: i) { result.end = i + closer.utf8.count; return result }
            guard let item = value(b, at: i, depth: depth + 1) else { return nil }
            let word = isRegular(b[i]) ? String(decoding: b[i..<item.end], as: UTF8.self) : ""
            if word == "R", let n = Int(words[0]), let g = Int(words[1]) {
                result.references.append(Reference(number: n, generation: g))
            }
            words = [words[1], word]
            result.end = item.end
            result.strings += item.strings
            result.references += item.references
        }
    }
}
