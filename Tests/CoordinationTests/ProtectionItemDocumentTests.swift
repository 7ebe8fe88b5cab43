import Foundation
import Testing
import Cases
@testable import Coordination

@Suite("A protection item's stored document, written by hand")
struct ProtectionItemDocumentTests {
    /// Values a document must carry through: quotes, backslashes, control characters, slashes,
    /// non-ASCII letters and an emoji, and the empty string.
    static let awkward = ["", "plain", "say \"no\"", "back\\slash", "line\nbreak\ttab\r", "bell\u{07}\u{1F}", "a/b</script>",
                          "Désa Ciléungsi", "ꦗꦮ", "🙂 ok", "\u{2028}sep"]

    @Test func decodesToTheSameItemAndTheSameJSONAsFoundationsEncoder() throws {
        var random = SystemRandomNumberGenerator()
        func text() -> String { Self.awkward.randomElement(using: &random)! + String(Int.random(in: 0...999, using: &random)) }
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &random) ? make() : nil }
        func day() -> CalendarDate {
            CalendarDate(iso: "\(Int.random(in: 1990...2030, using: &random))-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))")!
        }
        for _ in 0..<300 {
            let history = (0..<Int.random(in: 0...4, using: &random)).map { n -> TransitionRecord in
                let step = TransitionRecord(on: day(), byAgencyID: text(), action: text(), from: text(), to: text(),
                                            note: maybe(text), version: n + Int.random(in: -2...1_000_000, using: &random))
                return Bool.random(using: &random) ? step.recorded(at: text()) : step
            }
            let item = ProtectionItem(restoring: text(), caseID: text(), victimID: text(), service: ProtectionService.allCases.randomElement(using: &random)!,
                                      responsibleAgencyID: text(), requestedByAgencyID: text(), requestedOn: day(), agreedDueOn: maybe(day),
                                      referralID: maybe(text), status: ProtectionStatus.allCases.randomElement(using: &random)!,
                                      startedOn: maybe(day), closedOn: maybe(day), notDeliveredReason: maybe(text),
                                      version: Int.random(in: Int.min...Int.max, using: &random), history: history)
            let document = Data(item.jsonDocument.utf8)
            #expect(try JSONDecoder().decode(ProtectionItem.self, from: document) == item)
            // The same JSON value, member for member, as Foundation's encoder gives: no member
            // more or less (an absent optional is left out, not null).
            let ours = try JSONSerialization.jsonObject(with: document) as? NSDictionary
            let foundations = try JSONSerialization.jsonObject(with: JSONEncoder().encode(item)) as? NSDictionary
            #expect(ours != nil && ours == foundations, "\(item.jsonDocument)")
        }
    }
}
