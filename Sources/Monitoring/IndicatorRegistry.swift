import Foundation

/// The indicators as data (`Resources/indicators.json`): what each counts, over which dates,
/// broken down how, and which obligation it measures, with its source. A new indicator, or a
/// changed definition (with its version raised), is an edit to that file plus, for a new id,
/// the code that counts it (`IndicatorCalculator`); a test checks that every definition has it.
public struct IndicatorRegistry: Sendable {
    public let version: Int
    public let updated: String
    public let indicators: [IndicatorDefinition]

    public static let shipped: IndicatorRegistry = {
        // The file ships inside the module; failing to read it is a build defect, not input.
        let url = Bundle.module.url(forResource: "indicators", withExtension: "json", subdirectory: "Resources")!
        return try! JSONDecoder().decode(IndicatorRegistry.self, from: Data(contentsOf: url))
    }()

    public func definition(_ id: String) throws(MonitoringError) -> IndicatorDefinition {
        guard let d = indicators.first(where: { $0.id == id }) else {
            throw .unknownIndicator(id, allowed: indicators.map(\.id))
        }
        return d
    }
}

extension IndicatorRegistry: Decodable {}

public struct IndicatorDefinition: Sendable, Decodable, Identifiable {
    public let id: String
    public let version: Int
    public let name: Words
    public let numerator: Words
    public let denominator: Words?
    /// people, count, percent, per_100000, days, rupiah
    public let unit: String
    public let breakdowns: [String]
    public let defaultBreakdown: String
    public let periodTypes: [String]
    public let dateCounted: Words
    public let obligations: [Obligation]
    public let note: Words?

    public struct Words: Sendable, Codable, Hashable {
        public let id: String
        public let en: String

        public init(id: String, en: String) {
            self.id = id
            self.en = en
        }
    }

    public struct Obligation: Sendable, Decodable, Hashable {
        public let instrument: String
        public let provision: String
        public let text: Words
        public let source: String
        /// high or medium: medium where the source is secondary or the text unverified.
        public let confidence: String
    }

    /// The breakdown asked for, or the default; unknown names are refused naming the allowed ones.
    public func breakdown(_ name: String?) throws(MonitoringError) -> String {
        guard let name, !name.isEmpty else { return defaultBreakdown }
        guard breakdowns.contains(name) else { throw .unknownBreakdown(name, allowed: breakdowns) }
        return name
    }
}
