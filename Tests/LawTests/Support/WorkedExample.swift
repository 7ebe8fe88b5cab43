import Testing
@testable import Law

/// A worked example: a case, and the answers the law gives it. Unset expectations are not checked;
/// every set one is a specific output that could be wrong.
struct WorkedExample: Sendable, CustomTestStringConvertible {
    let name: String
    let facts: FactsJSON
    let expect: Expectation

    var testDescription: String { name }
}

struct Expectation: Sendable {
    var palermo: PalermoVerdict?
    var missing: [PalermoElement]?
    var national: NationalVerdict?
    var articles: [String] = []
    var notArticles: [String] = []
    /// Citations with their ayat, from `national.provisions`.
    var provisions: [String] = []
    var prisonMin: Double??
    var prisonMax: Double??
    var life: Bool?
    var fineMin: Int??
    var fineMax: Int??
    var cumulative: Bool?
    var noPenalty = false
    var rights: [String] = []
    var notRights: [String] = []
    var instruments: [String] = []
    var notInstruments: [String] = []
    var divergences: [String] = []
    var unsettled: [String] = []
    var nextFacts: [String] = []
    var notes: [String] = []
    var lawVersion: String?
    var lawApplied: [String] = []
    var corporateFineMax: Int?
}

/// Checks one screening against its expectations, naming the example in each failure.
func check(_ r: ScreeningResult, _ e: Expectation, _ name: String) {
    let n = r.national
    let c = Comment(rawValue: name)
    if let v = e.palermo { #expect(r.palermo.verdict == v, c) }
    if let m = e.missing { #expect(r.palermo.missing == m, c) }
    if let v = e.national { #expect(n.verdict == v, c) }
    for a in e.articles { #expect(n.articles.contains(a), "\(name): articles \(n.articles) lack \(a)") }
    for a in e.notArticles { #expect(!n.articles.contains(a), "\(name): articles \(n.articles) should not have \(a)") }
    for p in e.provisions {
        #expect(n.provisions.contains { $0.citation == p }, "\(name): provisions lack \(p)")
    }
    if e.noPenalty { #expect(n.penalty == nil, c) }
    if let v = e.prisonMin { #expect(n.penalty?.prisonYearsMin == v, c) }
    if let v = e.prisonMax { #expect(n.penalty?.prisonYearsMax == v, c) }
    if let v = e.life { #expect(n.penalty?.life == v, c) }
    if let v = e.fineMin { #expect(n.penalty?.fineMinRp == v, c) }
    if let v = e.fineMax { #expect(n.penalty?.fineMaxRp == v, c) }
    if let v = e.cumulative { #expect(n.penalty?.cumulative == v, c) }
    for x in e.rights { #expect(r.victimRights.contains(x), "\(name): rights \(r.victimRights) lack \(x)") }
    for x in e.notRights { #expect(!r.victimRights.contains(x), "\(name): rights should not have \(x)") }
    for x in e.instruments { #expect(r.instruments.contains(x), "\(name): instruments \(r.instruments) lack \(x)") }
    for x in e.notInstruments { #expect(!r.instruments.contains(x), "\(name): instruments should not have \(x)") }
    for x in e.divergences {
        #expect(r.divergences.contains { $0.code == x }, "\(name): divergences \(r.divergences.map(\.code)) lack \(x)")
    }
    for x in e.unsettled {
        #expect(r.unsettled.contains { $0.code == x }, "\(name): unsettled \(r.unsettled.map(\.code)) lack \(x)")
    }
    for x in e.nextFacts {
        #expect(r.nextFacts.contains { $0.field == x }, "\(name): nextFacts \(r.nextFacts.map(\.field)) lack \(x)")
    }
    for x in e.notes { #expect(r.notes.contains { $0.code == x }, "\(name): notes \(r.notes.map(\.code)) lack \(x)") }
    if let v = e.lawVersion { #expect(n.lawVersion == v, c) }
    for x in e.lawApplied { #expect(n.lawApplied.contains(x), "\(name): lawApplied lacks \"\(x)\"") }
    if let v = e.corporateFineMax { #expect(n.corporatePenalty?.fineMaxRp == v, c) }
}
