/// Countries a case can name as its place of exploitation or a person's citizenship, by ISO
/// 3166-1 alpha-2 code, with their Indonesian and English names: chosen from a list, never typed
/// as a code. The list holds Indonesia, its neighbours and the destinations and origins in
/// Indonesia's trafficking cases (ASEAN, East Asia, the Gulf, the scam-compound countries);
/// adding a country is adding a line.
public struct Country: Sendable, Hashable {
    public let code: String
    public let name: (id: String, en: String)

    public static func == (a: Country, b: Country) -> Bool { a.code == b.code }
    public func hash(into h: inout Hasher) { h.combine(code) }

    public static let indonesia = "ID"

    public static func named(code: String) -> Country? { byCode[code.uppercased()] }

    private static let byCode = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    public static let all: [Country] = [
        ("ID", "Indonesia", "Indonesia"),
        ("MY", "Malaysia", "Malaysia"), ("SG", "Singapura", "Singapore"), ("BN", "Brunei Darussalam", "Brunei"),
        ("TH", "Thailand", "Thailand"), ("KH", "Kamboja", "Cambodia"), ("MM", "Myanmar", "Myanmar"), ("LA", "Laos", "Laos"),
        ("VN", "Vietnam", "Viet Nam"), ("PH", "Filipina", "Philippines"), ("TL", "Timor-Leste", "Timor-Leste"),
        ("PG", "Papua Nugini", "Papua New Guinea"), ("AU", "Australia", "Australia"), ("NZ", "Selandia Baru", "New Zealand"),
        ("CN", "Tiongkok", "China"), ("HK", "Hong Kong", "Hong Kong"), ("MO", "Makau", "Macao"), ("TW", "Taiwan", "Taiwan"),
        ("JP", "Jepang", "Japan"), ("KR", "Korea Selatan", "South Korea"),
        ("SA", "Arab Saudi", "Saudi Arabia"), ("AE", "Uni Emirat Arab", "United Arab Emirates"), ("QA", "Qatar", "Qatar"),
        ("KW", "Kuwait", "Kuwait"), ("OM", "Oman", "Oman"), ("BH", "Bahrain", "Bahrain"), ("JO", "Yordania", "Jordan"),
        ("IQ", "Irak", "Iraq"), ("SY", "Suriah", "Syria"), ("TR", "Turki", "Türkiye"), ("EG", "Mesir", "Egypt"),
        ("IN", "India", "India"), ("BD", "Bangladesh", "Bangladesh"), ("PK", "Pakistan", "Pakistan"), ("LK", "Sri Lanka", "Sri Lanka"),
        ("NP", "Nepal", "Nepal"), ("MV", "Maladewa", "Maldives"), ("FJ", "Fiji", "Fiji"),
        ("US", "Amerika Serikat", "United States"), ("GB", "Inggris", "United Kingdom"), ("DE", "Jerman", "Germany"),
        ("NL", "Belanda", "Netherlands"), ("PL", "Polandia", "Poland"), ("IT", "Italia", "Italy"), ("ES", "Spanyol", "Spain"),
        ("RU", "Rusia", "Russia"), ("ZA", "Afrika Selatan", "South Africa"), ("NG", "Nigeria", "Nigeria"),
    ].map { Country(code: $0.0, name: ($0.1, $0.2)) }
}
