import Foundation

/// The red flags, their legal basis, the dated lists and the words of the checker, as data
/// (`Resources/offer-rules.json`). A new flag is an entry there plus its condition in
/// ``OfferConditions``; a changed ban or list is an edit to the file alone.
public struct OfferRules: Sendable, Hashable, Codable {
    public var version: Int
    public var updated: CalendarDay
    public var about: OfferText
    public var instruments: [Instrument]
    public var helpLines: [HelpLine]
    public var actions: [OfferAction]
    public var questions: [QuestionText]
    public var choices: [ChoiceSet]
    public var lists: [RuleList]
    public var rules: [OfferRule]
    public var verdicts: [VerdictText]
    public var unansweredNote: OfferText

    enum CodingKeys: String, CodingKey {
        case version, updated, about, instruments, actions, questions, choices, lists, rules, verdicts
        case helpLines = "help_lines"
        case unansweredNote = "unanswered_note"
    }

    /// The rules shipped with Simpul.
    public static let shipped: OfferRules = {
        // The file ships inside the module; failing to read it is a build defect, not input.
        let url = Bundle.module.url(forResource: "offer-rules", withExtension: "json", subdirectory: "Resources")!
        do { return try OfferRules.decode(json: Data(contentsOf: url)) } catch { fatalError("offer-rules.json: \(error)") }
    }()

    /// Reads a rules document and fills each basis's day in force from its instrument. A
    /// document whose parts do not fit together (an action, list or instrument named but not
    /// defined, a range that ends before it starts) is refused, naming every problem.
    public static func decode(json: Data) throws(OfferRulesError) -> OfferRules {
        var rules: OfferRules
        do { rules = try JSONDecoder().decode(OfferRules.self, from: json) } catch {
            throw OfferRulesError(problems: ["\(error)"])
        }
        rules.resolveInstruments()
        let problems = rules.consistencyProblems()
        if !problems.isEmpty { throw OfferRulesError(problems: problems) }
        return rules
    }

    /// Lookups by code; nil for a code the document does not define.
    public func rule(_ code: String) -> OfferRule? { rules.first { $0.code == code } }
    public func list(_ code: String) -> RuleList? { lists.first { $0.code == code } }
    public func action(_ code: String) -> OfferAction? { actions.first { $0.code == code } }
    public func question(_ q: OfferQuestion) -> OfferText? { questions.first { $0.code == q }?.text }
    public func verdict(_ code: OfferVerdict.Code) -> VerdictText? { verdicts.first { $0.code == code } }

    /// The label of an answer code, e.g. `label("job", "fishing_crew")`.
    public func label(_ set: String, _ code: String) -> OfferText? {
        choices.first { $0.set == set }?.label(code)
    }

    /// The rules in force on `day`, in the file's order.
    public func rules(on day: CalendarDay) -> [OfferRule] { rules.filter { $0.valid.contains(day) } }

    mutating func resolveInstruments() {
        let byName = Dictionary(instruments.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        func resolve(_ b: inout LegalBasis) {
            guard let i = byName[b.instrument] else { return }
            if b.inForceFrom == nil { b.inForceFrom = i.inForceFrom }
            if b.inForceNote == nil { b.inForceNote = i.dateNote }
        }
        for r in rules.indices { for b in rules[r].basis.indices { resolve(&rules[r].basis[b]) } }
        for l in lists.indices {
            for b in lists[l].basis.indices { resolve(&lists[l].basis[b]) }
            for e in lists[l].entries.indices {
                for n in (lists[l].entries[e].notes ?? []).indices {
                    for b in (lists[l].entries[e].notes![n].basis ?? []).indices { resolve(&lists[l].entries[e].notes![n].basis![b]) }
                }
            }
        }
    }
}

/// A rules document that cannot be used, with every problem found.
public struct OfferRulesError: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}
