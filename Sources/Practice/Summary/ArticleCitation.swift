import Foundation
import Law

/// Reads article citations as decisions and the engine write them: `UU 21/2007 Pasal 2 ayat (1)`,
/// `KUHP Pasal 296`, `UU 35/2014 Pasal 76F jo. Pasal 83`. Parts (ayat, huruf) are dropped when
/// practice is compared, since courts and the engine cite parts differently for the same offence.
public enum ArticleCitation {
    /// True when the citation opens with a law and an article: `UU n/yyyy Pasal …`, `KUHP Pasal …`, `Perppu n/yyyy Pasal …`.
    public static func startsWithLaw(_ citation: String) -> Bool { law(of: citation) != nil && !articles(of: citation).isEmpty }

    /// `UU 21/2007`, `KUHP`, … or nil when the citation does not open with a law.
    public static func law(of citation: String) -> String? {
        guard let range = citation.range(of: " Pasal ") else { return nil }
        let law = citation[..<range.lowerBound]
        if law == "KUHP" || law == "KUHAP" { return String(law) }
        let words = law.split(separator: " ")
        guard words.count == 2, ["UU", "Perppu", "PP"].contains(words[0]) else { return nil }
        let number = words[1].split(separator: "/")
        guard number.count == 2, number[0].allSatisfy(\.isNumber), number[1].count == 4, number[1].allSatisfy(\.isNumber) else { return nil }
        return String(law)
    }

    /// Every article the citation names, each with its law: `UU 35/2014 Pasal 76F jo. Pasal 83`
    /// gives `UU 35/2014 Pasal 76F` and `UU 35/2014 Pasal 83`.
    public static func articles(of citation: String) -> [String] {
        guard let law = law(of: citation) else { return [] }
        let pieces = citation.components(separatedBy: "Pasal ").dropFirst()
        return pieces.compactMap { piece in
            let token = piece.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" }
            return token.isEmpty ? nil : "\(law) Pasal \(token)"
        }
    }

    /// The citation without its parts, articles joined by "jo." as indictments write them.
    public static func normalized(_ citation: String) -> String {
        let list = articles(of: citation)
        guard let first = list.first, let law = law(of: citation) else { return citation }
        return ([first] + list.dropFirst().map { String($0.dropFirst(law.count + 1)) }).joined(separator: " jo. ")
    }

    /// The trafficking offences proper: UU 21/2007 and its successor for Pasal 2, KUHP Pasal 455.
    public static func isTraffickingLaw(_ citation: String) -> Bool {
        law(of: citation) == "UU 21/2007" || articles(of: citation).contains("KUHP Pasal 455")
    }

    /// The least prison term the law sets for the article, in years, and the provision that sets it;
    /// nil when the law sets none or the provision is not in Simpul's law table.
    public static func minimumYears(_ citation: String) -> (years: Double, provision: String)? {
        articles(of: citation).compactMap { article in minimums[article].map { (years: $0, provision: article) } }.max { $0.years < $1.years }
    }

    /// Whether Simpul's law table holds every article the citation names, so that no minimum
    /// means the law sets none (KUHP Pasal 455), not that Simpul does not know it.
    public static func minimumKnown(_ citation: String) -> Bool {
        let named = articles(of: citation)
        return !named.isEmpty && named.allSatisfy(tabled.contains)
    }

    /// Every article in the law engine's provision table, with a minimum or without.
    private static let tabled: Set<String> = Set(ProvisionCatalogue.all.flatMap { articles(of: $0.citation) })

    /// From the law engine's provision table: for each article, the greatest minimum any of its parts sets.
    private static let minimums: [String: Double] = {
        var table: [String: Double] = [:]
        for p in ProvisionCatalogue.all {
            guard let years = p.penalty?.prisonYearsMin else { continue }
            for article in articles(of: p.citation) where (table[article] ?? 0) < years { table[article] = years }
        }
        return table
    }()
}
