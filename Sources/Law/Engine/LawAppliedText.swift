/// Writes `national.lawApplied`: which version of the law was applied and why.
extension LawVersion {
    func explanation(uu21PenaltyApplied: Bool) -> Bilingual {
        let d = date?.description ?? ""
        var id: String
        var en: String
        switch regime {
        case .beforeUU21:
            id = "Perbuatan (\(d)) terjadi sebelum UU 21/2007 berlaku pada 19 April 2007 [keyakinan sedang]. "
                + "Hukum sebelumnya (KUHP lama Pasal 297 dan 324) tidak dinilai oleh mesin ini."
            en = "The acts (\(d)) took place before UU 21/2007 took effect on 19 April 2007 [medium confidence]. "
                + "The earlier law (old KUHP Pasal 297 and 324) is not assessed by this engine."
        case .actsAfterAssessment:
            id = "Tanggal perbuatan (\(d)) sesudah tanggal penilaian (\(asOf)); periksa kedua tanggal."
            en = "The date of the acts (\(d)) is after the assessment date (\(asOf)); check both dates."
        case .uu21:
            id = date == nil
                ? "Tanggal perbuatan tidak diketahui, tetapi penilaian (\(asOf)) sebelum 2 Januari 2026, jadi perbuatan tunduk pada UU 21/2007 "
                    + "(berlaku sejak 19 April 2007; perbuatan sebelum itu tunduk pada hukum lama, tidak dinilai di sini)."
                : "UU 21/2007 sebagaimana berlaku pada tanggal perbuatan (\(d)). KUHP baru (UU 1/2023) baru berlaku 2 Januari 2026, "
                    + "sesudah tanggal penilaian (\(asOf)), jadi tidak ada peraturan yang lebih baru untuk diterapkan."
            en = date == nil
                ? "The date of the acts is not known, but the assessment (\(asOf)) is before 2 January 2026, so the acts fall under "
                    + "UU 21/2007 (in force from 19 April 2007; earlier acts fall under earlier law, not assessed here)."
                : "UU 21/2007 as in force on the date of the acts (\(d)). The new KUHP (UU 1/2023) takes effect only on "
                    + "2 January 2026, after the assessment date (\(asOf)), so there is no later law to apply."
        case .lighterLaterLaw:
            id = "Perbuatan (\(d)) terjadi di bawah UU 21/2007 Pasal 2. Pada 2 Januari 2026 KUHP baru mencabut Pasal 2 "
                + "(KUHP Pasal 622 ayat (1) huruf q) dan memindahkan substansinya ke KUHP Pasal 455, yang pidananya ditetapkan "
                + "UU 1/2026 Pasal VII angka 40: penjara paling lama 15 tahun atau denda paling banyak Rp5 miliar (alternatif). "
                + "Pengadilan menilainya lebih ringan daripada pidana lama (3–15 tahun dan Rp120–600 juta bersama-sama), "
                + "sehingga menurut KUHP Pasal 3 (peraturan yang lebih ringan) pidana itu diterapkan pada perbuatan ini "
                + "(Putusan MA 11 PK/Pid.Sus/2026)."
            en = "The acts (\(d)) took place under UU 21/2007 Pasal 2. On 2 January 2026 the new KUHP revoked Pasal 2 "
                + "(KUHP Pasal 622 ayat (1) huruf q) and moved its substance to KUHP Pasal 455, whose penalty UU 1/2026 "
                + "Pasal VII angka 40 sets at at most 15 years or a fine of at most Rp5 billion (alternatives). Courts hold "
                + "this lighter than the old penalty (3–15 years and Rp120–600 million together), so under KUHP Pasal 3 "
                + "(the lighter later law) it applies to these earlier acts (Putusan MA 11 PK/Pid.Sus/2026)."
        case .kuhp:
            id = "Perbuatan (\(d)) terjadi pada atau sesudah 2 Januari 2026, saat KUHP baru (UU 1/2023) berlaku. KUHP mencabut "
                + "UU 21/2007 Pasal 2 (KUHP Pasal 622 ayat (1) huruf q) dan memindahkan substansinya ke KUHP Pasal 455, dengan "
                + "pidana menurut UU 1/2026 Pasal VII angka 40."
            en = "The acts (\(d)) took place on or after 2 January 2026, when the new KUHP (UU 1/2023) took effect. It revoked "
                + "UU 21/2007 Pasal 2 (KUHP Pasal 622 ayat (1) huruf q) and moved its substance to KUHP Pasal 455, with the "
                + "penalty set by UU 1/2026 Pasal VII angka 40."
        case .kuhpEitherWay:
            id = "Tanggal perbuatan tidak diketahui. Dinilai pada \(asOf) (sesudah 2 Januari 2026), perbuatan bekas UU 21/2007 "
                + "Pasal 2 diadili menurut KUHP Pasal 455 dalam kedua kemungkinan: langsung untuk perbuatan sejak 2 Januari 2026, "
                + "atau sebagai peraturan yang lebih ringan (KUHP Pasal 3) untuk perbuatan sebelumnya."
            en = "The date of the acts is not known. Assessed on \(asOf) (after 2 January 2026), conduct under former UU 21/2007 "
                + "Pasal 2 is judged under KUHP Pasal 455 either way: directly for acts since 2 January 2026, or as the lighter "
                + "later law (KUHP Pasal 3) for earlier acts."
        }
        if assessable, regime != .uu21 {
            id += " Bagian lain UU 21/2007 tetap berlaku."
            en += " The rest of UU 21/2007 stays in force."
            if uu21PenaltyApplied {
                id += " UU 1/2026 juga menyesuaikan pidana pasal-pasal itu, tetapi rentang barunya tidak ditemukan; "
                    + "rentang asli ditampilkan (lihat bagian belum pasti)."
                en += " UU 1/2026 also adjusted those articles' penalties, but the new ranges were not found; "
                    + "the original ranges are shown (see unsettled)."
            }
        }
        return Bilingual(id: id, en: en)
    }
}
