import Testing
@testable import Networks

/// What is read from the public's free text as identifiers to match against case files: only
/// what reads unambiguously, in the one normal form case files use.
@Suite struct IdentifiersInTextTests {
    @Test func phonesWrittenAnyWayGiveTheCaseFilesKey() {
        let caseFile = Identifier.normalise(kind: .phone, raw: "+62 812 3301 7745").key
        for story in ["WA 0812-3301-7745 ya", "nomornya 62.812.3301.7745.", "hubungi (0812) 3301 7745", "+6281233017745"] {
            #expect(IdentifiersInText.find(story) == [caseFile!], "\(story)")
        }
    }

    @Test func amountsDatesAndShortNumbersAreNotPhones() {
        #expect(IdentifiersInText.find("Bayar Rp 7.500.000 pada 2026-12-01, kamar 12, KTP 5303015508950123").isEmpty)
    }

    @Test func anAccountAfterItsBanksNameAndTheCheckersLabelledLines() {
        let story = """
            Transfer ke rekening BRI 0123-01-004567-50-3.
            Perusahaan: PT. Cahaya Mandiri Sejahtera
            Nomor SIP3MI: b.411/kep/2019
            """
        #expect(IdentifiersInText.find(story).map(\.description)
            == ["company:CAHAYA MANDIRI SEJAHTERA", "sip3mi:B.411/KEP/2019", "bank:002:012301004567503"])
    }

    @Test func aCompanysLegalFormAndPunctuationDoNotMatter() {
        #expect(CompanyNameKey.key("cahaya mandiri sejahtera, pt") == CompanyNameKey.key("P.T. Cahaya Mandiri Sejahtera"))
        #expect(CompanyNameKey.key("Cahaya Mandiri") != CompanyNameKey.key("PT Cahaya Mandiri Sejahtera"))
        #expect(CompanyNameKey.key("PT.") == nil)
    }
}
