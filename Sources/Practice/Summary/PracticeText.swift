import Law

/// The practice comparison in plain sentences, Indonesian and English.
public enum PracticeText {
    /// "4 tahun 6 bulan" / "4 years 6 months".
    public static func term(months: Int) -> Bilingual {
        let y = months / 12, m = months % 12
        let id = [y > 0 ? "\(y) tahun" : nil, m > 0 || y == 0 ? "\(m) bulan" : nil].compactMap { $0 }.joined(separator: " ")
        let en = [y > 0 ? "\(y) year\(y == 1 ? "" : "s")" : nil, m > 0 || y == 0 ? "\(m) month\(m == 1 ? "" : "s")" : nil]
            .compactMap { $0 }.joined(separator: " ")
        return Bilingual(id: id, en: en)
    }


    static func counted(_ list: [ArticleCount]) -> String {
        list.map { "\($0.citation) (\($0.decisions))" }.joined(separator: ", ")
    }

    static func summary(similar: Int, convictedUnder: [ArticleCount], acquitted: Int,
                        sentences: PracticeSummary.SentenceRange?) -> Bilingual {
        guard similar > 0 else {
            return Bilingual(id: "Tidak ada putusan serupa dalam kumpulan putusan Simpul.",
                             en: "No similar decision is in Simpul's set of decisions.")
        }
        var id = "Pengadilan memutus \(similar) perkara serupa"
        var en = "Courts decided \(similar) similar case\(similar == 1 ? "" : "s")"
        if !convictedUnder.isEmpty {
            id += "; memidana berdasarkan \(counted(convictedUnder))"
            en += "; they convicted under \(counted(convictedUnder))"
        }
        id += "; \(acquitted) bebas"
        en += "; \(acquitted) acquitted"
        if let s = sentences {
            id += "; pidana penjara median \(term(months: s.median).id), terendah \(term(months: s.min).id), tertinggi \(term(months: s.max).id) (\(s.count) putusan)"
            en += "; prison terms median \(term(months: s.median).en), shortest \(term(months: s.min).en), longest \(term(months: s.max).en) (\(s.count) decisions)"
        }
        return Bilingual(id: id + ".", en: en + ".")
    }

    static func difference(verdict: NationalVerdict, statute: [String], convicted: Int, same: Int, otherArticle: Int,
                           otherLaws: [ArticleCount], otherLawCount: Int, below: [StatutoryDifference.BelowMinimum], unknown: Int) -> [Bilingual] {
        var out: [Bilingual] = []
        let reading = statute.joined(separator: "; ")
        if statute.isEmpty {
            if convicted > 0 {
                out.append(Bilingual(
                    id: "Pembacaan Simpul atas fakta ini belum menemukan tindak pidana, tetapi pengadilan memidana dalam \(convicted) perkara serupa.",
                    en: "Simpul's reading of these facts finds no offence established, yet courts convicted in \(convicted) similar cases."))
            }
        } else {
            if same > 0 {
                out.append(Bilingual(id: "Dalam \(same) dari \(convicted) pemidanaan serupa, pengadilan memakai pasal yang diberikan undang-undang (\(reading)).",
                                     en: "In \(same) of \(convicted) similar convictions, courts used the article the statute gives (\(reading))."))
            }
            if otherArticle > 0 {
                out.append(Bilingual(id: "Dalam \(otherArticle) pemidanaan, pengadilan memakai pasal lain dari undang-undang TPPO, bukan \(reading).",
                                     en: "In \(otherArticle) convictions, courts used another article of the trafficking law instead of \(reading)."))
            }
            if otherLawCount > 0 {
                out.append(Bilingual(id: "Dalam \(otherLawCount) pemidanaan, pengadilan memakai undang-undang lain (\(counted(otherLaws))), padahal menurut undang-undang fakta ini memenuhi \(reading).",
                                     en: "In \(otherLawCount) convictions, courts chose another law (\(counted(otherLaws))) where the statute gives \(reading) for these facts."))
            }
        }
        for b in below {
            out.append(Bilingual(
                id: "Putusan \(b.number): pidana \(term(months: b.sentenceMonths).id), di bawah minimum \(term(months: b.minimumMonths).id) menurut \(b.provision).",
                en: "Decision \(b.number): \(term(months: b.sentenceMonths).en), below the minimum of \(term(months: b.minimumMonths).en) under \(b.provision)."))
        }
        if unknown > 0 {
            out.append(Bilingual(id: "Untuk \(unknown) pemidanaan, minimum pidana pasal yang dipakai tidak diketahui Simpul.",
                                 en: "For \(unknown) convictions, the minimum of the article used is not known to Simpul."))
        }
        return out
    }
}
