import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Web

/// The memo of an answer that forks, and of a child's case under UU 35/2014, as an officer sees it.
@Suite("Screening memo: answers that fork and child-protection law")
struct ScreeningForkTests {
    /// A woman recruited by deception for sexual exploitation; where is not known (no movement given).
    static let placeUnknown: [(String, String)] = [
        ("date", "2025-06-01"), ("asOf", "2025-09-01"), ("victim.age", "30"), ("victim.citizenship", "ID"), ("victim.sex", "female"),
        ("acts", "recruitment"), ("acts", "transportation"), ("means", "deception"),
        ("exploitation.types", "sexual_exploitation"), ("exploitation.status", "intended"), ("harms", "none"),
        ("perpetrator.stateOfficialAbusingPower", "tidak"), ("perpetrator.corporation", "tidak"), ("perpetrator.organizedGroup", "tidak"),
        ("stage", "completed"), ("victimCompelledToOffend", "tidak"),
    ]

    @Test func theMemoShowsTheAlternativesTheDecidingFactAndTheQuestion() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/penapisan")
            // Under test: the form posted with the place of exploitation left blank.
            let (status, memo, _) = try await b.post("/penapisan", Self.placeUnknown)
            #expect(status == .ok)
            #expect(memo.contains("TINDAK PIDANA"))
            #expect(memo.contains("ditentukan oleh: movement"))
            #expect(memo.contains("eksploitasi di Indonesia: </strong>UU 21/2007 Pasal 2"))
            #expect(memo.contains("korban dibawa ke luar negeri untuk dieksploitasi: </strong>UU 21/2007 Pasal 4"))
            #expect(memo.contains("Tanyakan berikutnya: Dari mana ke mana korban dibawa"))
        }
    }

    @Test func aVictimMadeToRunScamsIsNotToBePunished() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/penapisan")
            let scam = Self.placeUnknown.filter { !["exploitation.types", "exploitation.status", "victimCompelledToOffend"].contains($0.0) }
                + [("exploitation.types", "forced_criminality"), ("exploitation.status", "occurred"), ("movement.from", "ID"),
                   ("movement.to", "KH"), ("victimCompelledToOffend", "ya")]
            let (status, memo, _) = try await b.post("/penapisan", scam)
            #expect(status == .ok)
            #expect(memo.contains("PERDAGANGAN ORANG") && memo.contains("UU 21/2007 Pasal 4"))
            #expect(memo.contains("<dt>Korban tidak dipidana</dt>"))
            #expect(memo.contains("korban tidak dipidana atas tindak pidana itu (Pasal 18)"))
        }
    }

    @Test func aChildInProstitutionIsAnOffenceWithTheVulnerabilityQuestion() async throws {
        try await WebFixture.with { _, client in
            var b = Browser(client)
            _ = try await b.signIn("penyidik")
            try await b.get("/penapisan")
            let girl = Self.placeUnknown.filter { !["victim.age", "acts", "means", "exploitation.types", "exploitation.status"].contains($0.0) }
                + [("victim.age", "15"), ("acts", "recruitment"), ("acts", "harbouring"), ("exploitation.types", "prostitution"),
                   ("exploitation.status", "occurred"), ("movement.from", "ID"), ("movement.to", "ID")]
            let (status, memo, _) = try await b.post("/penapisan", girl)
            #expect(status == .ok)
            #expect(memo.contains("UU 35/2014 Pasal 76F jo. Pasal 83"))
            #expect(memo.contains("Apakah kerentanan anak itu dimanfaatkan"))
            #expect(!memo.contains("Apakah anak diangkat"))
            #expect(!memo.contains("ditentukan oleh"), "no fork: the article does not depend on an open fact")
        }
    }
}
