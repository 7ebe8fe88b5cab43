import Foundation

/// The fields of an `application/x-www-form-urlencoded` body. Repeated names (checkboxes) keep
/// every value.
public struct FormData: Sendable {
    public private(set) var fields: [String: [String]] = [:]

    public init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields[name, default: []].append(value)
        }
    }

    /// Fields already read (from a multipart body).
    public init(fields: [String: [String]]) {
        self.fields = fields
    }

    public subscript(_ name: String) -> String? { fields[name]?.first }

    /// The same form with `name` holding `values`, in order.
    public func setting(_ name: String, to values: [String]) -> FormData {
        var copy = self
        copy.fields[name] = values
        return copy
    }

    /// The same form with `name` holding `value` alone.
    public func setting(_ name: String, to value: String) -> FormData {
        var copy = self
        copy.fields[name] = [value]
        return copy
    }

    public func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// A trimmed value, nil when empty.
    public func value(_ name: String) -> String? {
        let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return v.isEmpty ? nil : v
    }

    /// `+` is a space and `%XY` a byte; a `%` not followed by two hex digits is kept as it is.
    /// Done on bytes: Foundation's replacing and percent-decoding were a tenth of a submission.
    static func decode(_ s: Substring) -> String {
        let utf8 = Array(s.utf8)
        guard utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return String(s) }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if b == UInt8(ascii: "%"), i + 2 < utf8.count, let hi = hex(utf8[i + 1]), let lo = hex(utf8[i + 2]) {
                out.append(hi << 4 | lo)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hex(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
