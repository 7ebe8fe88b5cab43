import Foundation
import Law

/// The encoded court decisions, read and checked: every entry decodes (its facts through the
/// law engine's strict facts reader), ids are unique, and each field keeps the format's rules.
public struct DecisionSet: Sendable {
    public static let formatVersion = 1
    public let decisions: [CourtDecision]

    public init(_ decisions: [CourtDecision]) { self.decisions = decisions }

    /// The decisions bundled with Simpul (`Resources/court-decisions.json`).
    public static func bundled(provinceCodes: Set<String>? = nil) throws(DecisionSetError) -> DecisionSet {
        guard let url = Bundle.module.url(forResource: "court-decisions", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            throw DecisionSetError(problems: [.init(entry: "(file)", field: "court-decisions.json", message: "missing from the bundle")])
        }
        return try decode(data, provinceCodes: provinceCodes)
    }

    /// Reads a decisions file; `provinceCodes`, when given, is the list a `provinceCode` must be in.
    public static func decode(_ data: Data, provinceCodes: Set<String>? = nil) throws(DecisionSetError) -> DecisionSet {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw DecisionSetError(problems: [.init(entry: "(file)", field: DecodingPath.field(of: error), message: DecodingPath.message(of: error))])
        }
        var problems: [DecisionSetError.Problem] = []
        if file.formatVersion != formatVersion {
            problems.append(.init(entry: "(file)", field: "formatVersion", message: "expected \(formatVersion), found \(file.formatVersion)"))
        }
        var decisions: [CourtDecision] = []
        var seen: Set<String> = []
        for (i, entry) in file.decisions.enumerated() {
            switch entry.result {
            case .failure(let error):
                problems.append(.init(entry: entry.id ?? "decisions[\(i)]", field: DecodingPath.field(of: error), message: DecodingPath.message(of: error)))
            case .success(let d):
                if !seen.insert(d.id).inserted { problems.append(.init(entry: d.id, field: "id", message: "used by an earlier entry")) }
                problems += DecisionRules.problems(d, provinceCodes: provinceCodes)
                decisions.append(d)
            }
        }
        guard problems.isEmpty else { throw DecisionSetError(problems: problems) }
        return DecisionSet(decisions)
    }

    private struct File: Decodable {
        let formatVersion: Int
        let decisions: [Entry]
    }

    /// One entry, decoded on its own so that a bad entry is reported by its id and the rest still read.
    private struct Entry: Decodable {
        let id: String?
        let result: Result<CourtDecision, Error>

        private struct IDOnly: Decodable { let id: String? }

        init(from decoder: Decoder) throws {
            id = (try? IDOnly(from: decoder))?.id
            do { result = .success(try CourtDecision(from: decoder)) } catch { result = .failure(error) }
        }
    }
}
