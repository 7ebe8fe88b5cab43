import Foundation

/// The one JSON form of a screening, shared by the CLI, the API and the store, so that the same
/// facts give the same bytes everywhere.
public enum ScreeningJSON {
    /// A screening, or a screening with something added beside its fields (court practice).
    public static func encode<Value: Encodable>(_ result: Value, pretty: Bool = true) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }
}
