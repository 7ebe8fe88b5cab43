/// The points legal-facts.md marks as open, written for the user with their alternatives.
/// The headline answer uses the reading marked `primary`; the others are shown beside it.
enum Unsettled {
    typealias Alt = UnsettledPoint.Alternative

    static func penaltyReadings(base: Penalty, final: Penalty, thirds: Int, death: Bool, kuhp455: Bool) -> [UnsettledPoint] {
        var points: [UnsettledPoint] = []
        if thirds >= 1, !death {
            points.append(UnsettledPoint(code: "third_computation",
                id: "Cara menambah sepertiga belum pasti: hanya pada maksimum, atau juga pada minimum.",
                en: "How a third is added is unsettled: to the maximum only, or to the minimum as well.",
                alternatives: [
                    Alt(id: "Sepertiga hanya pada maksimum.", en: "A third added to the maximum only.", primary: true,
                        penalty: base.addingThirds(1, toMinimum: false)),
                    Alt(id: "Sepertiga pada minimum dan maksimum (satu penulis: 4–20 tahun).",
                        en: "A third added to minimum and maximum (one author: 4–20 years).", primary: false,
                        penalty: base.addingThirds(1, toMinimum: true)),
                ], sources: "legal-facts 2.4; scribd 634560496 (Res Judicata 2019); no Supreme Court or prosecutor guidance found"))
        }
        if thirds >= 2, !death {
            points.append(UnsettledPoint(code: "aggravation_stacking",
                id: "\(thirds) pemberatan berlaku; belum pasti apakah masing-masing menambah sepertiga.",
                en: "\(thirds) aggravations apply; whether each adds its own third is unsettled.",
                alternatives: [
                    Alt(id: "Tidak bertumpuk: sepertiga satu kali.", en: "No stacking: one third once.", primary: true,
                        penalty: base.addingThirds(1, toMinimum: false)),
                    Alt(id: "Bertumpuk: \(thirds) kali sepertiga dari pidana pokok, pada maksimum.",
                        en: "Stacked: \(thirds) thirds of the base penalty, on the maximum.", primary: false,
                        penalty: base.addingThirds(thirds, toMinimum: false)),
                    Alt(id: "Bertumpuk, pada minimum dan maksimum.", en: "Stacked, on minimum and maximum.", primary: false,
                        penalty: base.addingThirds(thirds, toMinimum: true)),
                ], sources: "legal-facts 2.4 and §7 item 3: NOT FOUND in any source"))
        }
        if death, thirds >= 1 {
            points.append(UnsettledPoint(code: "aggravation_with_death",
                id: "Korban meninggal (Pasal 7 ayat (2)) dan ada pemberatan sepertiga; belum pasti apakah sepertiga ditambahkan pada rentang Pasal 7 ayat (2).",
                en: "The victim died (Pasal 7(2)) and a one-third aggravation also applies; whether the third is added to the Pasal 7(2) range is unsettled.",
                alternatives: [
                    Alt(id: "Rentang Pasal 7 ayat (2) saja.", en: "The Pasal 7(2) range alone.", primary: true, penalty: final),
                    Alt(id: "Sepertiga ditambahkan pada minimum dan denda (maksimum seumur hidup tetap).",
                        en: "A third added to the minimum and the fines (the life maximum stays).", primary: false,
                        penalty: final.addingThirds(thirds, toMinimum: true)),
                ], sources: "legal-facts 2.4 (stacking NOT FOUND)"))
        }
        if kuhp455, !death {
            var kept = final
            kept.prisonYearsMin = 3
            points.append(UnsettledPoint(code: "kuhp455_minimum",
                id: "Majelis Mahkamah Agung berbeda pendapat apakah UU 1/2026 menghapus minimum 3 tahun KUHP Pasal 455.",
                en: "Supreme Court panels disagree on whether UU 1/2026 removed the 3-year minimum of KUHP Pasal 455.",
                alternatives: [
                    Alt(id: "Tanpa minimum khusus (MA 692 PK, 2410 K, 2854 K/Pid.Sus/2026).",
                        en: "No special minimum (MA 692 PK, 2410 K, 2854 K/Pid.Sus/2026).", primary: true, penalty: final),
                    Alt(id: "Minimum 3 tahun tetap (MA 684 K/Pid.Sus/2026).", en: "The 3-year minimum stays (MA 684 K/Pid.Sus/2026).",
                        primary: false, penalty: kept),
                ], sources: "legal-facts 2.10"))
        }
        return points
    }

    static func adjustmentNotFound(_ citation: String, _ shown: Penalty) -> UnsettledPoint {
        UnsettledPoint(code: "uu1_2026_adjustment",
            id: "UU 1/2026 menyesuaikan pidana \(citation), tetapi rentang barunya tidak ditemukan; putusan menerapkan pasal itu "
                + "\"sebagaimana disesuaikan UU 1/2026\" tanpa menyebut rentangnya. Rentang asli ditampilkan.",
            en: "UU 1/2026 adjusted the penalty of \(citation), but the new range was not found; decisions apply the article "
                + "\"as adjusted by UU 1/2026\" without stating the range. The original range is shown.",
            alternatives: [
                Alt(id: "Rentang asli UU 21/2007.", en: "The original UU 21/2007 range.", primary: true, penalty: shown),
                Alt(id: "Rentang setelah penyesuaian UU 1/2026: tidak ditemukan; periksa lampiran UU 1/2026.",
                    en: "The range as adjusted by UU 1/2026: not found; check the annexes of UU 1/2026.", primary: false, penalty: nil),
            ], sources: "legal-facts 2.9 (MA 151 K/Pid.Sus/2026) and §7 item 4")
    }

    static let pasal7Base = UnsettledPoint(code: "pasal7_base",
        id: "Pasal 7 ayat (1) merujuk Pasal 2 ayat (2) menurut ingatan atas teks, satu sumber menulis ayat (1); di sini eksploitasi "
            + "baru tujuan (ayat (1)), jadi pemberatan akibat berat tidak diterapkan pada Pasal 2.",
        en: "Pasal 7(1) refers to Pasal 2 ayat (2) as recalled, one source says ayat (1); here exploitation was only the purpose "
            + "(ayat (1)), so the grave-harm aggravation is not applied to Pasal 2.",
        alternatives: [
            Alt(id: "Merujuk ayat (2): tidak ada pemberatan.", en: "Refers to ayat (2): no aggravation.", primary: true, penalty: nil),
            Alt(id: "Merujuk ayat (1): sepertiga ditambahkan.", en: "Refers to ayat (1): a third is added.", primary: false, penalty: nil),
        ], sources: "legal-facts 2.4 and §7 item 2; scribd 634560496")

    static let pasal6Domestic = UnsettledPoint(code: "pasal6_domestic",
        id: "Pasal 6 berbunyi pengiriman anak \"ke dalam atau ke luar negeri\"; Mahkamah Agung menerapkannya pada pengiriman antardaerah di Indonesia.",
        en: "Pasal 6 speaks of sending a child \"into or out of the country\"; the Supreme Court has applied it to sending between regions of Indonesia.",
        alternatives: [
            Alt(id: "Berlaku untuk pengiriman di dalam negeri (MA 2014 K/Pid.Sus/2026).",
                en: "Applies to sending within the country (MA 2014 K/Pid.Sus/2026).", primary: true, penalty: nil),
            Alt(id: "Hanya pengiriman lintas batas negara (bacaan harfiah).", en: "Cross-border sending only (literal reading).",
                primary: false, penalty: nil),
        ], sources: "legal-facts 2.3 (indometro.org) and 2.10")

    static let corporateAfter2026 = UnsettledPoint(code: "corporate_fine_after_2026",
        id: "Denda korporasi 3 kali (Pasal 15, keyakinan sedang) dihitung dari denda UU 21/2007; KUHP baru mengatur denda korporasi "
            + "sendiri (Pasal 119; minimum kategori IV, Pasal 121 ayat (1)), dan nilai kategori IV tidak tercatat.",
        en: "The threefold corporate fine (Pasal 15, medium confidence) is computed on UU 21/2007's fine; the new KUHP has its own "
            + "corporate fines (Pasal 119; minimum category IV, Pasal 121(1)), and the value of category IV is not recorded.",
        alternatives: [
            Alt(id: "Tiga kali denda pasal pokok.", en: "Three times the offence's fine.", primary: true, penalty: nil),
            Alt(id: "Aturan korporasi KUHP baru (nilai tidak ditemukan).", en: "The new KUHP's corporate rules (values not found).",
                primary: false, penalty: nil),
        ], sources: "legal-facts 2.4 and 2.9 (peraturan.info)")
}
