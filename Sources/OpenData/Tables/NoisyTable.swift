/// What a release asks for: a count of victims broken down by some dimensions, protected by a
/// mechanism.
public struct TableSpec: Sendable, Hashable, Codable {
    /// A file-name-safe name, e.g. `victims_by_year_sex`.
    public let name: String
    public let dimensions: [TableDimension]
    public let mechanism: NoiseMechanism

    public init(name: String, dimensions: [TableDimension], mechanism: NoiseMechanism) {
        self.name = name
        self.dimensions = dimensions
        self.mechanism = mechanism
    }
}

/// A table of counts with noise added to every cell, the empty ones too (leaving an empty cell
/// at zero would say it is empty).
public struct NoisyTable: Sendable, Hashable {
    public let spec: TableSpec
    /// One row per combination of categories, in a fixed order.
    public let cells: [Cell]
    public let noise: CountNoise

    public struct Cell: Sendable, Hashable {
        public let categories: [String]
        /// The noisy count. Negative counts are published as they fall: clamping them at zero
        /// would bias every small cell upwards.
        public let count: Int
    }

    /// Counts `records` into every combination of the dimensions' categories and adds noise.
    public static func make<R: RandomBitSource>(_ spec: TableSpec, records: [VictimRecord], years: ClosedRange<Int>,
                                                using source: inout R) throws(OpenDataError) -> NoisyTable {
        let noise = try spec.mechanism.noise(sensitivity: 1)
        var combinations: [[String]] = [[]]
        for d in spec.dimensions {
            combinations = combinations.flatMap { prefix in d.categories(years: years).map { prefix + [$0] } }
        }
        var truth: [[String]: Int] = [:]
        for r in records { truth[spec.dimensions.map { $0.category(of: r, years: years) }, default: 0] += 1 }
        let cells = combinations.map { key in Cell(categories: key, count: (truth[key] ?? 0) + noise.sample(using: &source)) }
        return NoisyTable(spec: spec, cells: cells, noise: noise)
    }

    /// The published count of one combination, nil when the table has no such cell.
    public func count(_ categories: [String]) -> Int? {
        cells.first { $0.categories == categories }?.count
    }

    /// The file: a header of the dimensions and `count`, then one line per cell.
    public var csv: String {
        var out = CSVText.line(spec.dimensions.map(\.rawValue) + ["count"])
        for cell in cells { out += CSVText.line(cell.categories + [String(cell.count)]) }
        return out
    }
}
