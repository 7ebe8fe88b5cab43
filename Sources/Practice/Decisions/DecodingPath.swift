import Foundation
import Law

/// Turns a decoding error into the field it is about and a plain message. Facts problems come from
/// the law engine's reader and carry their own paths (`means[1]`), prefixed here with `facts.`.
enum DecodingPath {
    static func field(of error: Error) -> String {
        if let facts = error as? FactsError {
            return facts.issues.map { "facts." + $0.path }.joined(separator: ", ")
        }
        guard let error = error as? DecodingError else { return "(entry)" }
        let path: [CodingKey]
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        @unknown default: path = []
        }
        // An entry is decoded at `decisions[N]`; its fields are named from there.
        let relative = path.first?.stringValue == "decisions" ? path.dropFirst(2) : path[...]
        let names = relative.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
        return names.isEmpty ? "(entry)" : names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    static func message(of error: Error) -> String {
        if let facts = error as? FactsError { return facts.issues.map { $0.message.en }.joined(separator: "; ") }
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound: return "missing"
        case .valueNotFound: return "null where a value is required"
        case .typeMismatch(let type, _): return "not a \(type)"
        case .dataCorrupted(let c): return c.debugDescription
        @unknown default: return "unreadable"
        }
    }
}
