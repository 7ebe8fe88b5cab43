import Cases

/// A JSON value as a partner's file wrote it. An import reads each line of a JSON Lines file
/// into one: `JSONSerialization` boxed every value into a Foundation object and was a third of
/// the time it took to read a file (a million cases), and a line must be read before its rows
/// are checked.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number as written (`-1.5e3`): only a field that holds a number reads its value.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; a name given twice is kept twice (`member` answers the last).
    case object([Member])

    struct Member: Sendable, Equatable {
        var name: String
        var value: JSONValue
    }

    /// The value of the last member called `name`, if this is an object that has one.
    func member(_ name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.name == name }?.value
    }

    /// The number's value when it is a whole number that fits an `Int` (`16`, `16.0`, `1.6e1`).
    var wholeNumber: Int? {
        guard case .number(let text) = self, let value = Double(text) else { return nil }
        return Int(exactly: value)
    }

    /// The JSON text `bytes` hold, or nil when it is not JSON (RFC 8259: one value, with
    /// whitespace around it, in valid UTF-8; see `JSONReader`), or nests deeper than `maxDepth`.
    static func parse(_ bytes: some Collection<UInt8>) -> JSONValue? {
        if let parsed = bytes.withContiguousStorageIfAvailable({ buffer in
            var reader = JSONReader(bytes: buffer)
            return reader.document()
        }) { return parsed }
        return Array(bytes).withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            return reader.document()
        }
    }

    /// Arrays and objects inside one another at most this deep: a line of ten thousand `[` must not exhaust the stack.
    static let maxDepth = 64
}

extension JSONValue: CustomStringConvertible {
    /// A string as itself, anything else as JSON: how a reject names the value it refused.
    var description: String {
        if case .string(let s) = self { return s }
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let text): out += text.utf8
        case .string(let s): JSONStringBytes.write(s, into: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (i, v) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONStringBytes.write(m.name, into: &out)
                out.append(UInt8(ascii: ":"))
                m.value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }
}

/// Reads JSON text byte by byte (RFC 8259: no leading zeros, no raw control characters in
/// strings, no unpaired surrogate escapes, valid UTF-8). One leniency, Foundation's on Linux: a
/// comma may end an object or an array (`{"a":1,}`), so a file that loaded before still loads.
private struct JSONReader {
    struct Invalid: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func document() -> JSONValue? {
        do {
            skipWhitespace()
            let value = try value(depth: 0)
            skipWhitespace()
            return at == bytes.count ? value : nil
        } catch {
            return nil
        }
    }

    private mutating func skipWhitespace() {
        while at < bytes.count {
            switch bytes[at] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): at += 1
            default: return
            }
        }
    }

    private func peek() throws(Invalid) -> UInt8 {
        guard at < bytes.count else { throw Invalid() }
        return bytes[at]
    }

    private mutating func expect(_ byte: UInt8) throws(Invalid) {
        guard try peek() == byte else { throw Invalid() }
        at += 1
    }

    private mutating func value(depth: Int) throws(Invalid) -> JSONValue {
        switch try peek() {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: StaticString) throws(Invalid) {
        let count = word.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw Invalid() }
        for i in 0..<count where bytes[at + i] != word.utf8Start[i] { throw Invalid() }
        at += count
    }

    private mutating func object(depth: Int) throws(Invalid) -> JSONValue {
        guard depth <= JSONValue.maxDepth else { throw Invalid() }
        at += 1
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "}") { at += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard try peek() == UInt8(ascii: "\"") else { throw Invalid() }
            let name = try string()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            members.append(.init(name: name, value: try value(depth: depth)))
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                at += 1
                skipWhitespace()
                if try peek() == UInt8(ascii: "}") { at += 1; return .object(members) }
            case UInt8(ascii: "}"): at += 1; return .object(members)
            default: throw Invalid()
            }
        }
    }

    private mutating func array(depth: Int) throws(Invalid) -> JSONValue {
        guard depth <= JSONValue.maxDepth else { throw Invalid() }
        at += 1
        var values: [JSONValue] = []
        skipWhitespace()
        if try peek() == UInt8(ascii: "]") { at += 1; return .array(values) }
        while true {
            skipWhitespace()
            values.append(try value(depth: depth))
            skipWhitespace()
            switch try peek() {
            case UInt8(ascii: ","):
                at += 1
                skipWhitespace()
                if try peek() == UInt8(ascii: "]") { at += 1; return .array(values) }
            case UInt8(ascii: "]"): at += 1; return .array(values)
            default: throw Invalid()
            }
        }
    }

    private mutating func number() throws(Invalid) -> String {
        let start = at
        if try peek() == UInt8(ascii: "-") { at += 1 }
        // An integer part: 0, or a digit 1–9 and any digits.
        if try peek() == UInt8(ascii: "0") { at += 1 } else { try digits() }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            try digits()
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            try digits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    }

    /// One or more decimal digits.
    private mutating func digits() throws(Invalid) {
        guard at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) else { throw Invalid() }
        while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
    }

    private mutating func string() throws(Invalid) -> String {
        at += 1
        let start = at
        // Most strings hold no escape: made from their bytes at once.
        while at < bytes.count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                defer { at += 1 }
                return try Self.text(UnsafeBufferPointer(rebasing: bytes[start..<at]))
            }
            if b == UInt8(ascii: "\\") { break }
            guard b >= 0x20 else { throw Invalid() }
            at += 1
        }
        var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<at]))
        while true {
            let b = try peek()
            at += 1
            switch b {
            case UInt8(ascii: "\""): return try out.withUnsafeBufferPointer { buffer throws(Invalid) in try Self.text(buffer) }
            case UInt8(ascii: "\\"): try escape(into: &out)
            case 0..<0x20: throw Invalid()
            default: out.append(b)
            }
        }
    }

    /// The escape after a backslash, written into `out` as UTF-8.
    private mutating func escape(into out: inout [UInt8]) throws(Invalid) {
        let b = try peek()
        at += 1
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(b)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                // A high surrogate must be followed by an escaped low one: together one scalar.
                try expect(UInt8(ascii: "\\"))
                try expect(UInt8(ascii: "u"))
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw Invalid() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw Invalid()
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw Invalid() }
            out.append(contentsOf: String(Character(unicode)).utf8)
        default: throw Invalid()
        }
    }

    private mutating func hex4() throws(Invalid) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = try peek()
            at += 1
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw Invalid()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The bytes as a string; invalid UTF-8 is refused, not replaced.
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(Invalid) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else { throw Invalid() }
        return s
    }
}
