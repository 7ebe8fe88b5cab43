import Cases
import Foundation
import Networks
import Testing
@testable import Store

/// Names of persons of interest in other cases are suggested by the person matcher's name
/// comparison: a transposed or misspelt name is, a different person sharing a common given
/// name is not.
@Suite struct NetworkNameSuggestionStoreTests {
    @Test(arguments: TestBackend.available)
    func aTransposedOrMisspeltNameIsSuggestedAndAnUnrelatedCommonNameIsNot(_ backend: TestBackend) async throws {
        try await Fixture.with(backend) { f in
            // Set-up: another agency's case names three persons; one of them is the sponsor of ours, written otherwise.
            let person = { (name: String) in try EntityDraft(type: "person", value: name, role: "sponsor").validated(today: Fixture.today) }
            let theirs = try await f.registerCase(by: f.outsider)
            var other: [String: String] = [:]
            for name in ["LELANG, FERDINANDUS", "Ferdinandus Leleng", "Ferdinandus Wijaya"] {
                other[name] = try await f.store.networks.add(try person(name), toCase: theirs.id, by: f.outsider).mentions[0].id
            }
            let ours = try await f.registerCase()

            // Under test: our sponsor is recorded.
            let sponsor = try await f.store.networks.add(try person("Ferdinandus Lelang"), toCase: ours.id, by: f.investigator).mentions[0]
            let suggested = Set(try await f.store.networks.entities(caseID: ours.id, viewer: f.investigator).suggestions
                .filter { $0.mentionID == sponsor.id }.map(\.otherID))

            #expect(suggested.contains(try #require(other["LELANG, FERDINANDUS"])), "transposed")
            #expect(suggested.contains(try #require(other["Ferdinandus Leleng"])), "misspelt")
            #expect(!suggested.contains(try #require(other["Ferdinandus Wijaya"])), "a common given name alone")
            // The misspelt one can be confirmed; the unrelated one cannot be decided on at all.
            let confirmed = try await f.store.networks.decideName(mentionID: sponsor.id, otherID: try #require(other["Ferdinandus Leleng"]),
                                                                  action: .confirm, expectedVersion: 0, note: nil, by: f.investigator)
            #expect(confirmed.status == .confirmed)
            await #expect(throws: ValidationFailure.self) {
                _ = try await f.store.networks.decideName(mentionID: sponsor.id, otherID: try #require(other["Ferdinandus Wijaya"]),
                                                          action: .confirm, expectedVersion: 0, note: nil, by: f.investigator)
            }
        }
    }
}
