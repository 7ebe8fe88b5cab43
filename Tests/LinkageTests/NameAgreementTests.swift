import Linkage
import Testing

/// Two names compared as the person matcher compares them, through the small public API the
/// network pages use.
@Suite struct NameAgreementTests {
    @Test func misspeltAndTransposedNamesAgreeAndAnUnrelatedCommonNameDoesNot() {
        #expect(NameAgreement("Ferdinandus Lelang", "LELANG, FERDINANDUS") == .same)
        #expect(NameAgreement("Ferdinandus Lelang", "Ferdinandus Leleng") == .variant)
        #expect(NameAgreement("Yohanes Bria", "Yohanis Bria Seran") >= .shorterWithin)
        #expect(NameAgreement("Maria Goreti Seran", "Maria Ulfa") == .partial)
        #expect(NameAgreement("Agus Santoso", "Yuliana Oematan") == .none)
        #expect(NameAgreement("", "Agus") == .none)
    }
}
