/// Any JSON value, read without a schema, so the answers reader can name every wrong field
/// itself instead of stopping at the decoder's first complaint.
enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        // Order matters: a whole number must stay an Int, and only true/false is a Bool.
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    /// The value as a person would recognise it in an error message.
    var shown: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .int(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): "\"\(s)\""
        case .array: "[…]"
        case .object: "{…}"
        }
    }

    /// What kind of value it is, in both languages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "true/false"
        case .int, .double: "angka/number"
        case .string: "teks/text"
        case .array: "daftar/list"
        case .object: "objek/object"
        }
    }
}
