/// Related law and court practice (legal-facts §2.10 and §3) that a user of these facts should know.
enum Notes {
    static func find(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest, applied: [String]) -> [Note] {
        var notes: [Note] = []
        func add(_ code: String, _ id: String, _ en: String, _ source: String) {
            notes.append(Note(code: code, id: id, en: en, source: source))
        }
        let types = v.types ?? []
        let noTrafficking = palermo.verdict == .notTrafficking && national.verdict == .noOffence
        if v.crossBorder, noTrafficking, v.status == CaseFacts.ExploitationStatus.none {
            add("smuggling", "Tanpa tujuan eksploitasi, penyeberangan batas yang tidak resmi dan diatur demi imbalan bisa merupakan penyelundupan "
                    + "manusia, tindak pidana lain (Protokol Penyelundupan Migran; sejak 2 Januari 2026 KUHP Pasal 457), bukan perdagangan orang.",
                "Without an exploitative purpose, an irregular border crossing arranged for a benefit may be people smuggling, a "
                    + "different offence (Smuggling of Migrants Protocol; from 2 January 2026 KUHP Pasal 457), not trafficking.",
                "legal-facts 1.3 and 2.9 (cekhukum.com)")
        }
        let noPurpose = v.status == CaseFacts.ExploitationStatus.none
        // Work done without the elements of trafficking; a border crossing without purpose gets the smuggling note instead.
        if noTrafficking, types.contains(where: Instruments.labourTypes.contains) || noPurpose, !(v.crossBorder && noPurpose) {
            add("labour_violation", "Upah atau kondisi kerja yang buruk tanpa unsur perdagangan orang bisa menjadi pelanggaran hukum "
                    + "ketenagakerjaan, di luar penilaian mesin ini.",
                "Poor pay or working conditions without the elements of trafficking may be a labour-law violation, outside this engine.",
                "legal-facts 3.4")
        }
        if v.child == .yes, types.contains(where: Instruments.labourTypes.contains) {
            add("child_labour", "UU 13/2003 Pasal 74 melarang bentuk pekerjaan terburuk untuk anak; pelanggarannya 2–5 tahun dan/atau Rp200–500 juta (Pasal 183).",
                "UU 13/2003 Pasal 74 bans the worst forms of child labour; breach carries 2–5 years and/or Rp200–500 million (Pasal 183).",
                "pid.kepri.polri.go.id (legal-facts 3.4) [high]")
        }
        if v.child == .yes, national.verdict != .noOffence || palermo.verdict != .notTrafficking {
            let applied = applied.contains { $0.hasPrefix(Statute.uu35.rawValue) }
            add("child_protection_law", "UU 35/2014 Pasal 76F jo. Pasal 83 (perdagangan anak: 3–15 tahun, denda minimal Rp60 juta) sering didakwakan bersama"
                    + (applied ? " UU 21/2007; unsurnya terpenuhi di sini (di atas)." : "."),
                "UU 35/2014 Pasal 76F jo. Pasal 83 (trafficking of children: 3–15 years, fine from Rp60 million) is often charged alongside"
                    + (applied ? " UU 21/2007; its elements are met here (above)." : "."),
                "indometro.org 2025; bpsdm.kemenkumham.go.id (legal-facts 3.5) [high]")
        }
        if types.contains(where: Instruments.sexualTypes.contains), national.verdict != .noOffence {
            add("tpks", "UU 12/2022 Pasal 4 ayat (2): TPPO untuk eksploitasi seksual juga kekerasan seksual; hak korban TPKS "
                    + "(Pasal 67–70) dan restitusi (Pasal 30–31) berlaku.",
                "UU 12/2022 Pasal 4(2): trafficking for sexual exploitation is also sexual violence; TPKS victims' rights "
                    + "(Pasal 67–70) and restitution (Pasal 30–31) apply.", "genpi.co; tempo; peraturan.info (legal-facts 3.6) [high]")
        }
        if v.takenOutOfIndonesia == .yes, v.citizen == .yes, types.contains(where: Instruments.labourTypes.contains) {
            add("migrant_worker_law", "Kasus pekerja migran sering diputus dengan UU 18/2017 Pasal 81 (penempatan oleh perseorangan; "
                    + "setelah UU 1/2026: paling lama 10 tahun dan/atau denda Rp2 miliar) sebagai ganti atau bersama UU 21/2007.",
                "Migrant-worker cases are often decided under UU 18/2017 Pasal 81 (placement by an individual; after UU 1/2026: "
                    + "at most 10 years and/or a Rp2 billion fine) instead of, or with, UU 21/2007.",
                "MA 572 K/Pid.Sus/2026; MA 12069 K/Pid.Sus/2025 (legal-facts 2.9–2.10) [high]")
        }
        if v.child == .no, v.facts.victim.consented == true, types.contains(.prostitution), v.means?.isEmpty == true {
            add("pimping_practice", "Untuk perempuan dewasa yang setuju, pengadilan berbeda: UU 21/2007 Pasal 2, KUHP lama Pasal 296 atau 506, atau Pasal 12.",
                "For consenting adult women, courts differ: UU 21/2007 Pasal 2, old KUHP Pasal 296 or 506, or Pasal 12.",
                "MA 11809 K, 389 K, 381 K, 1092 K (legal-facts 2.10) [high]")
        }
        if applied.contains("UU 21/2007 Pasal 17") {
            add("pasal17_practice", "Pengadilan kadang tidak menerapkan Pasal 17 walaupun korbannya anak.",
                "Courts sometimes leave out Pasal 17 even when the victim is a child.", "MA 253 K, 1752 K/Pid.Sus/2026 (legal-facts 2.10)")
        }
        if applied.contains("UU 21/2007 Pasal 8") {
            add("pasal8_practice", "Petugas imigrasi yang tidak tahu tujuan eksploitasi dipidana karena membantu (Pasal 10), bukan Pasal 8.",
                "An immigration officer who did not know the exploitative purpose was convicted of assisting (Pasal 10), not Pasal 8.",
                "MA 55 PK/Pid.Sus/2026 (legal-facts 2.10)")
        }
        if national.verdict != .noOffence, national.role != .failedInciter {
            add("identity_and_restitution", "Membuka identitas saksi atau korban yang wajib dirahasiakan dipidana 3–7 tahun (Pasal 24). "
                    + "Restitusi Pasal 48 sering dinilai LPSK (UU 31/2014).",
                "Revealing a witness's or victim's protected identity carries 3–7 years (Pasal 24). Pasal 48 restitution is often "
                    + "assessed by LPSK (UU 31/2014).", "123dok 6zk1j6r4q; MA 1206 PK/Pid.Sus/2026 (legal-facts 2.5, 2.10, 3.8)")
        }
        return notes
    }
}
