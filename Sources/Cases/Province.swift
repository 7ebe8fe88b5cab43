/// Indonesia's provinces with their BPS/Dukcapil two-digit codes, which also open every NIK.
/// The four Papuan provinces formed in 2022 (codes 93–96) issue NIKs under 91/92 for people
/// registered before the split, so a NIK's code names where the person was first registered.
public struct Province: Sendable, Hashable, Codable {
    public let code: String
    public let name: String

    public static let all: [Province] = [
        .init(code: "11", name: "Aceh"), .init(code: "12", name: "Sumatera Utara"),
        .init(code: "13", name: "Sumatera Barat"), .init(code: "14", name: "Riau"),
        .init(code: "15", name: "Jambi"), .init(code: "16", name: "Sumatera Selatan"),
        .init(code: "17", name: "Bengkulu"), .init(code: "18", name: "Lampung"),
        .init(code: "19", name: "Kepulauan Bangka Belitung"), .init(code: "21", name: "Kepulauan Riau"),
        .init(code: "31", name: "DKI Jakarta"), .init(code: "32", name: "Jawa Barat"),
        .init(code: "33", name: "Jawa Tengah"), .init(code: "34", name: "DI Yogyakarta"),
        .init(code: "35", name: "Jawa Timur"), .init(code: "36", name: "Banten"),
        .init(code: "51", name: "Bali"), .init(code: "52", name: "Nusa Tenggara Barat"),
        .init(code: "53", name: "Nusa Tenggara Timur"), .init(code: "61", name: "Kalimantan Barat"),
        .init(code: "62", name: "Kalimantan Tengah"), .init(code: "63", name: "Kalimantan Selatan"),
        .init(code: "64", name: "Kalimantan Timur"), .init(code: "65", name: "Kalimantan Utara"),
        .init(code: "71", name: "Sulawesi Utara"), .init(code: "72", name: "Sulawesi Tengah"),
        .init(code: "73", name: "Sulawesi Selatan"), .init(code: "74", name: "Sulawesi Tenggara"),
        .init(code: "75", name: "Gorontalo"), .init(code: "76", name: "Sulawesi Barat"),
        .init(code: "81", name: "Maluku"), .init(code: "82", name: "Maluku Utara"),
        .init(code: "91", name: "Papua"), .init(code: "92", name: "Papua Barat"),
        .init(code: "93", name: "Papua Selatan"), .init(code: "94", name: "Papua Tengah"),
        .init(code: "95", name: "Papua Pegunungan"), .init(code: "96", name: "Papua Barat Daya"),
    ]

    private static let byCode: [String: Province] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static func named(code: String) -> Province? { byCode[code] }
}
