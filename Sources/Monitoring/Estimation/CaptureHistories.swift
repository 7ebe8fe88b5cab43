import Foundation

/// How the agencies' lists of the same persons overlap: for each combination of lists, how many
/// distinct persons were on exactly those lists (riwayat tangkap, "capture histories").
///
/// A combination is a bit pattern: bit `i` set means "on list `i`". Pattern 0 (on no list) is
/// what the estimate is for, so it is never given. Patterns not given count as zero persons.
public struct CaptureHistories: Sendable, Hashable {
    /// The lists' names in bit order, e.g. the agencies that keep them.
    public let listNames: [String]
    /// Persons seen by exactly the lists of each non-empty pattern (`counts[pattern - 1]`).
    public let counts: [Int]

    public static let listLimit = 2...8

    public var listCount: Int { listNames.count }
    /// The number of possible non-empty patterns, 2^L − 1.
    public var patternCount: Int { counts.count }
    /// Distinct persons on at least one list.
    public var observed: Int { counts.reduce(0, +) }

    /// Persons on exactly the lists of `pattern` (1 ..< 2^L).
    public func count(_ pattern: Int) -> Int { counts[pattern - 1] }

    /// Checks and keeps the table; throws naming the first thing that is wrong.
    public init(listNames: [String], countsByPattern: [Int: Int]) throws(CaptureHistoriesError) {
        guard Self.listLimit.contains(listNames.count) else {
            throw .listCount(listNames.count)
        }
        for (index, name) in listNames.enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw .unnamedList(index: index) }
            if listNames[..<index].contains(where: { $0.trimmingCharacters(in: .whitespaces) == trimmed }) {
                throw .repeatedListName(trimmed)
            }
        }
        let patterns = (1 << listNames.count) - 1
        var counts = [Int](repeating: 0, count: patterns)
        for (pattern, count) in countsByPattern.sorted(by: { $0.key < $1.key }) {
            guard (1...patterns).contains(pattern) else { throw .patternOutOfRange(pattern, lists: listNames.count) }
            guard count >= 0 else { throw .negativeCount(pattern: pattern, count: count) }
            counts[pattern - 1] = count
        }
        self.listNames = listNames
        self.counts = counts
        for list in listNames.indices where personsOn(list: list) == 0 {
            throw .emptyList(listNames[list])
        }
    }

    /// A simulated table: not checked, and a list may be empty (the fit then finds nothing to
    /// fit, as it would for a real table with an empty list).
    init(simulatedFrom lists: [String], counts: [Int]) {
        listNames = lists
        self.counts = counts
    }

    /// Lists named A, B, C, … for tables whose lists have no other names.
    public init(lists: Int, countsByPattern: [Int: Int]) throws(CaptureHistoriesError) {
        guard Self.listLimit.contains(lists) else { throw .listCount(lists) }
        let names = (0..<lists).map { String(UnicodeScalar(UInt8(65 + $0))) }
        try self.init(listNames: names, countsByPattern: countsByPattern)
    }

    /// Persons on list `list`, whatever other lists they are on.
    public func personsOn(list: Int) -> Int {
        counts.indices.reduce(0) { sum, i in (i + 1) & (1 << list) != 0 ? sum + counts[i] : sum }
    }

    /// Persons on both lists, whatever other lists they are on.
    public func personsOnBoth(_ a: Int, _ b: Int) -> Int {
        let both = (1 << a) | (1 << b)
        return counts.indices.reduce(0) { sum, i in (i + 1) & both == both ? sum + counts[i] : sum }
    }

    /// The bit pattern written as the lists' names, "PF+GO".
    public func describe(pattern: Int) -> String {
        listNames.indices.filter { pattern & (1 << $0) != 0 }.map { listNames[$0] }.joined(separator: "+")
    }
}
