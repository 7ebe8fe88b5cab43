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

    public subscript(_ name: String) -> String? { fields[name]?.first }

    public func all(_ name: String) -> [String] { fields[name] ?? [] }

    /// A trimmed value, nil when empty.
    public func value(_ name: String) -> String? {
        let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return v.isEmpty ? nil : v
    }

    private static func decode(_ s: Substring) -> String {
        String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
    }
}
