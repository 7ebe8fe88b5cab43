import Testing
@testable import Linkage

/// How written Indonesian names are taken apart and spelled into keys.
@Suite("Name normalisation")
struct NameNormalisationTests {
    @Test("old spelling folds into the new", arguments: [
        ("SOEHARTO", "SUHARTO"), ("DJOKO", "JOKO"), ("TJAHJONO", "CAHYONO"), ("SJAMSUL", "SYAMSUL"),
        ("NJOMAN", "NYOMAN"), ("ACHMAD", "AKHMAD"), ("JULIANA", "YULIANA"), ("MOELJONO", "MULYONO"),
    ])
    func oldSpelling(old: String, new: String) {
        #expect(SpellingKey.key(old) == SpellingKey.key(new))
    }

    @Test("free spellings of Arabic-derived and Dutch-derived names fold", arguments: [
        ("FAIZAL", "FAISAL"), ("RIZKY", "RIZKI"), ("FATIMAH", "FATIMA"), ("KHAIRUL", "HAIRUL"),
        ("ZAENAB", "ZAINAB"), ("MUHAMMAD", "MUHAMAD"), ("YUSUF", "YUSUP"), ("SYAHPUTRA", "SAHPUTRA"),
        ("MATTHEUS", "MATEUS"), ("KOMARIAH", "KOMARIYAH"),
    ])
    func freeSpellings(a: String, b: String) {
        #expect(SpellingKey.key(a) == SpellingKey.key(b))
    }

    @Test("different names keep different keys", arguments: [("BUDI", "BUDIMAN"), ("AGUS", "AGUNG"), ("SITI", "SRI")])
    func distinct(a: String, b: String) {
        #expect(SpellingKey.key(a) != SpellingKey.key(b))
    }

    @Test("Muhammad in any spelling or short form is a marker, not a name token", arguments: [
        "MUHAMMAD RIZKI", "Mochammad Rizki", "MOCH. RIZKI", "Moh. Rizki", "M. RIZKI", "MUHAMMED RIZKI",
        "MHD. RIZKI", "MOEHAMMAD RIZKI", "RIZKI MUHAMAD", "H. M. RIZKI", "Haji M Rizki",
    ])
    func muhammad(written: String) {
        let name = IndonesianName.parse(written)
        #expect(name.hasMuhammad)
        #expect(name.tokens == [SpellingKey.key("RIZKI")])
        #expect(name.sexHint == .male)
    }

    @Test("Mahmud is not Muhammad")
    func mahmud() {
        #expect(!IndonesianName.parse("MAHMUD YUNUS").hasMuhammad)
    }

    @Test("bin and binti carry the father's name, apart from the person's own")
    func binBinti() {
        let son = IndonesianName.parse("AGUS SANTOSO BIN SLAMET")
        #expect(son.tokens == ["AGUS", "SANTOSO"])
        #expect(son.father == ["SLAMET"])
        #expect(son.sexHint == .male)
        let daughter = IndonesianName.parse("Siti Aminah bt. H. Abdullah")
        #expect(daughter.tokens == ["SITI", SpellingKey.key("AMINAH")])
        #expect(daughter.father == [SpellingKey.key("ABDULLAH")])
        #expect(daughter.sexHint == .female)
        #expect(IndonesianName.parse("SRI WAHYUNI BINTI AGUS").father == ["AGUS"])
        #expect(IndonesianName.parse("BUDI B. HARTONO").father == ["HARTONO"])
    }

    @Test("titles are dropped and tell the sex where they can")
    func titles() {
        #expect(IndonesianName.parse("H. AHMAD DAHLAN").tokens == ["AMAD", "DALAN"])
        #expect(IndonesianName.parse("H. AHMAD DAHLAN").sexHint == .male)
        let hajah = IndonesianName.parse("HJ. SITI AMINAH")
        #expect(hajah.tokens == ["SITI", "AMINA"])
        #expect(hajah.sexHint == .female)
        #expect(IndonesianName.parse("Dr. Ir. Budi Santoso, S.H.").tokens == ["BUDI", "SANTOSO"])
        #expect(IndonesianName.parse("DRS. BAMBANG S.PD.I").tokens == ["BAMBANG"])
        #expect(IndonesianName.parse("ST. NURHALIZA").tokens == ["SITI", SpellingKey.key("NURHALIZA")])
    }

    @Test("a single name stays a single token")
    func singleName() {
        #expect(IndonesianName.parse("Sukarno").tokens == ["SUKARNO"])
        #expect(IndonesianName.parse("  PAINEM ").tokens == ["PAINEM"])
    }

    @Test("Batak clan names are kept and boru is dropped as a female marker")
    func batak() {
        let name = IndonesianName.parse("ROSMAWATI BR. SIREGAR")
        #expect(name.tokens == ["ROSMAWATI", "SIREGAR"])
        #expect(name.sexHint == .female)
        #expect(IndonesianName.parse("SIREGAR, ROSMAWATI").tokens == ["SIREGAR", "ROSMAWATI"])
    }

    @Test("Balinese I/Ni and birth-order names become markers", arguments: [
        ("I WAYAN SUDARSANA", 1, IndonesianName.Sex.male), ("I PUTU SUDARSANA", 1, .male),
        ("NI MADE SUDARSANA", 2, .female), ("I NYOMAN SUDARSANA", 3, .male), ("NI KETUT SUDARSANA", 4, .female),
        ("NI LUH KADEK SUDARSANA", 2, .female), ("KOMANG SUDARSANA", 3, nil), ("I KMG. SUDARSANA", 3, .male),
    ])
    func balinese(written: String, order: Int, sex: IndonesianName.Sex?) {
        let name = IndonesianName.parse(written)
        #expect(name.tokens == ["SUDARSANA"])
        #expect(name.birthOrder == order)
        #expect(name.sexHint == sex)
    }

    @Test("a name of only a birth-order word keeps it as the name")
    func onlyBirthOrder() {
        #expect(IndonesianName.parse("I MADE").tokens == ["MADE"])
    }

    @Test("aliases are kept apart", arguments: ["ADI NURCAHYO ALS. ITEM", "ADI NURCAHYO ALIAS ITEM", "ADI NURCAHYO @ ITEM"])
    func alias(written: String) {
        let name = IndonesianName.parse(written)
        #expect(name.tokens == ["ADI", SpellingKey.key("NURCAHYO")])
        #expect(name.alias == ["ITEM"])
    }

    @Test("initials stay as one-letter tokens; accents and case do not matter")
    func initialsAndCase() {
        #expect(IndonesianName.parse("A. Rahman").tokens == ["A", "RAMAN"])
        #expect(IndonesianName.parse("Réné").tokens == IndonesianName.parse("RENE").tokens)
    }
}
