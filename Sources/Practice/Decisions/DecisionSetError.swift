/// Why a decisions file was refused: every problem found, each naming the entry and the field,
/// so whoever encodes decisions can fix them all in one pass.
public struct DecisionSetError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The entry's `id`, or `decisions[N]` when the entry has no readable id; `(file)` for the file itself.
        public let entry: String
        /// The field, e.g. `level`, `facts.means[1]`, `source.url`.
        public let field: String
        public let message: String

        public var description: String { "\(entry): \(field): \(message)" }
    }

    public let problems: [Problem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
