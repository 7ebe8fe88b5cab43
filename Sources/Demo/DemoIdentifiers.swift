/// Made-up identifiers for the demo's perpetrator networks, in the forms officers type them.
/// None of them belongs to anyone: the phone numbers use the 0812-9xxx block and the accounts
/// and licences follow the shape of real ones with invented digits.
enum DemoIdentifiers {
    /// A mobile number's national digits after the leading 0 ("8129…").
    static func phone(_ rng: inout SeededRandom) -> String {
        rng.pick(["8129", "8139", "8529", "8579"]) + digits(7, &rng)
    }

    /// The same number as one officer or another writes it.
    static func written(phone national: String, _ rng: inout SeededRandom) -> String {
        let a = national.prefix(3), b = national.dropFirst(3).prefix(4), c = national.dropFirst(7)
        switch rng.int(0...3) {
        case 0: return "0\(a)-\(b)-\(c)"
        case 1: return "+62 \(a) \(b) \(c)"
        case 2: return "62\(national)"
        default: return "0\(national)"
        }
    }

    static func account(_ rng: inout SeededRandom) -> String {
        switch rng.int(0...2) {
        case 0: return "BRI \(digits(4, &rng))-01-\(digits(6, &rng))-50-\(digits(1, &rng))"
        case 1: return "BCA \(digits(10, &rng))"
        default: return "Mandiri \(digits(13, &rng))"
        }
    }

    /// A placement agency (P3MI) as "name|NIB|SIP3MI".
    static func placementAgency(_ rng: inout SeededRandom) -> String {
        let name = "PT \(rng.pick(firstWords)) \(rng.pick(secondWords)) \(rng.pick(thirdWords))"
        return "\(name)|912\(digits(10, &rng))|B.\(rng.int(100...499))/KEP/\(rng.int(2015...2024))"
    }

    /// A transit house (penampungan) in a town victims pass through on the way abroad.
    static func transitHouse(_ rng: inout SeededRandom) -> String {
        "Jl. \(rng.pick(streets)) No. \(rng.int(1...120)), \(rng.pick(transitTowns))"
    }

    static func digits(_ n: Int, _ rng: inout SeededRandom) -> String {
        String((0..<n).map { _ in Character(String(rng.int(0...9))) })
    }

    static let firstWords = ["Bintang", "Mitra", "Citra", "Gema", "Surya", "Putra", "Jaya"]
    static let secondWords = ["Timur", "Abadi", "Karya", "Insani", "Perkasa", "Sentosa"]
    static let thirdWords = ["Mandiri", "Utama", "Nusantara", "Sejahtera", "Makmur"]
    static let streets = ["Kenari", "Flamboyan", "Cempaka", "Pelabuhan", "Soekarno-Hatta", "Yos Sudarso", "Merpati"]
    static let transitTowns = ["Oebobo, Kota Kupang", "Batu Ampar, Kota Batam", "Nunukan Barat, Kabupaten Nunukan",
                               "Tanjung Priok, Jakarta Utara", "Pontianak Timur, Kota Pontianak", "Ampenan, Kota Mataram",
                               "Tanjung Perak, Kota Surabaya"]
}
