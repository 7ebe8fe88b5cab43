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


    /// The four most used citations with their counts, then how many others (a list courts could
    /// make long). The count is a word away from the article: "Pasal 2 (3)" would read as ayat (3).
    static func counted(_ list: [ArticleCount], english: Bool) -> String {
        let rest = list.count - 4
        return list.prefix(4).map { "\($0.citation): \($0.decisions) " + (english ? ($0.decisions == 1 ? "decision" : "decisions") : "putusan") }
            .joined(separator: ", ")
            + (rest > 0 ? (english ? " and \(rest) other articles" : " dan \(rest) pasal lain") : "")
    }

    /// "1 conviction", "2 convictions".
    static func convictions(_ n: Int) -> String { n == 1 ? "1 conviction" : "\(n) convictions" }

    static func summary(similar: Int, convictedUnder: [ArticleCount], acquitted: Int,
                        sentences: PracticeSummary.SentenceRange?) -> Bilingual {
        guard similar > 0 else {
            return Bilingual(id: "Tidak ada putusan serupa dalam kumpulan putusan Simpul.",
                             en: "No similar decision is in Simpul's set of decisions.")
        }
        var id = "Pengadilan memutus \(similar) perkara serupa"
        var en = "Courts decided \(similar) similar case\(similar == 1 ? "" : "s")"
        if !convictedUnder.isEmpty {
            id += "; memidana berdasarkan \(counted(convictedUnder, english: false))"
            en += "; they convicted under \(counted(convictedUnder, english: true))"
        }
        id += "; \(acquitted) bebas"
        en += "; \(acquitted) acquitted"
        if let s = sentences {
            id += "; pidana penjara median \(term(months: s.median).id), terendah \(term(months: s.min).id), tertinggi \(term(months: s.max).id) (\(s.count) putusan)"
            en += "; prison terms median \(term(months: s.median).en), shortest \(term(months: s.min).en), longest \(term(months: s.max).en) (\(s.count) decisions)"
        }
        return Bilingual(id: id + ".", en: en + ".")
    }

    static func difference(statute: [String], convicted: Int, same: Int, otherArticle: Int,
                           otherLaws: [ArticleCount], otherLawCount: Int, below: [StatutoryDifference.BelowMinimum], unknown: Int) -> [StatutoryDifference.Statement] {
        var out: [StatutoryDifference.Statement] = []
        let reading = statute.joined(separator: "; ")
        if statute.isEmpty {
            if convicted > 0 {
                out.append(.init(.noOffenceRead, Bilingual(
                    id: "Pembacaan Simpul atas fakta ini belum menemukan tindak pidana, tetapi pengadilan memidana dalam \(convicted) perkara serupa.",
                    en: "Simpul's reading of these facts finds no offence established, yet courts convicted in \(convicted) similar cases.")))
            }
        } else {
            if same > 0 {
                out.append(.init(.sameArticle, Bilingual(id: "Dalam \(same) dari \(convicted) pemidanaan serupa, pengadilan memakai pasal yang diberikan undang-undang (\(reading)).",
                                     en: "In \(same) of \(convicted) similar convictions, courts used the article the statute gives (\(reading)).")))
            }
            if otherArticle > 0 {
                out.append(.init(.otherArticle, Bilingual(id: "Dalam \(otherArticle) pemidanaan, pengadilan memakai pasal lain dari undang-undang TPPO, bukan \(reading).",
                                     en: "In \(convictions(otherArticle)), courts used another article of the trafficking law instead of \(reading).")))
            }
            if otherLawCount > 0 {
                out.append(.init(.otherLaw, Bilingual(id: "Dalam \(otherLawCount) pemidanaan, pengadilan memakai undang-undang lain (\(counted(otherLaws, english: false))), padahal menurut undang-undang fakta ini memenuhi \(reading).",
                                     en: "In \(convictions(otherLawCount)), courts chose another law (\(counted(otherLaws, english: true))) where the statute gives \(reading) for these facts.")))
            }
        }
        if !below.isEmpty {
            // One sentence however many: the decisions are named (the first three), each listed below with its term.
            let named = below.prefix(3).map { "\($0.number) (\(term(months: $0.sentenceMonths).id) < \(term(months: $0.minimumMonths).id), \($0.provision))" }
            let namedEN = below.prefix(3).map { "\($0.number) (\(term(months: $0.sentenceMonths).en) < \(term(months: $0.minimumMonths).en), \($0.provision))" }
            let more = below.count > 3 ? below.count - 3 : 0
            out.append(.init(.belowMinimum, Bilingual(
                id: "\(below.count) pidana penjara di bawah minimum pasal yang dipakai: " + named.joined(separator: "; ") + (more > 0 ? "; dan \(more) lainnya." : "."),
                en: "\(below.count) prison term\(below.count == 1 ? "" : "s") below the minimum of the article used: " + namedEN.joined(separator: "; ")
                    + (more > 0 ? "; and \(more) more." : "."))))
        }
        if unknown > 0 {
            out.append(.init(.minimumUnknown, Bilingual(id: "Untuk \(unknown) pemidanaan, minimum pidana pasal yang dipakai tidak diketahui Simpul.",
                                 en: "For \(convictions(unknown)), the minimum of the article used is not known to Simpul.")))
        }
        return out
    }
}

extension PracticeText {
    /// What a similar decision ended in, as the memo and the command line list it: "bebas", or
    /// the articles convicted under and the prison term.
    public static func outcome(_ d: CourtDecision) -> Bilingual {
        guard d.outcome != .acquitted else { return Bilingual(id: "bebas", en: "acquitted") }
        let articles = d.convictedUnder.joined(separator: "; ")
        guard let months = d.sentenceMonths else { return Bilingual(id: articles, en: articles) }
        let t = term(months: months)
        return Bilingual(id: articles + " — " + t.id, en: articles + " — " + t.en)
    }

    /// How alike a similar decision is: the share, then what it shares and where it differs.
    public static func resemblance(_ m: DecisionMatch) -> Bilingual {
        let percent = Int((m.similarity * 100).rounded())
        func list(_ items: [Bilingual], _ id: String, _ en: String) -> Bilingual {
            items.isEmpty ? Bilingual(id: "", en: "")
                : Bilingual(id: id + items.map(\.id).joined(separator: "; "), en: en + items.map(\.en).joined(separator: "; "))
        }
        let shared = list(m.resemblance.shared, "; serupa dalam ", "; similar in ")
        let differs = list(m.resemblance.differs, "; berbeda dalam ", "; differs in ")
        return Bilingual(id: "Kemiripan \(percent)%" + shared.id + differs.id, en: "Similarity \(percent)%" + shared.en + differs.en)
    }
}
