import Cases
import Testing
@testable import Web

@Suite("Sources as readers see them")
struct SourceTextTests {
    @Test("the reference notes' file name becomes their name and section, in the reader's language")
    func notesAreNamed() {
        let id = Lang(.indonesian), en = Lang(.english)
        #expect(SourceText.readable("legal-facts.md §3.1 (Perpres 19/2023)", id) == "catatan rujukan hukum Simpul §3.1 (Perpres 19/2023)")
        #expect(SourceText.readable("legal-facts.md §1.1–1.2", en) == "Simpul's legal reference notes §1.1–1.2")
        #expect(SourceText.readable("MA 253 K (legal-facts 2.10)", en) == "MA 253 K (Simpul's legal reference notes §2.10)")
        #expect(SourceText.readable("UNODC custodian (legal-facts.md §7 item 9)", id) == "UNODC custodian (catatan rujukan hukum Simpul §7 item 9)")
        #expect(SourceText.readable("UU 21/2007 Pasal 48", id) == "UU 21/2007 Pasal 48", "other sources are left as they are")
    }
}
