/// Name parts by the naming traditions of the provinces where trafficking cases concentrate.
/// Enough variety for a believable demo; not a census.
enum DemoNames {
    static let javaneseMale = ["Budi", "Agus", "Joko", "Sutrisno", "Wahyu", "Slamet", "Bambang", "Heru", "Eko", "Sugeng", "Purnomo", "Teguh"]
    static let javaneseFemale = ["Sri", "Siti", "Suwarni", "Sumarni", "Endang", "Tri", "Wulan", "Rini", "Lestari", "Yuliani", "Sulastri", "Ratna"]
    static let javaneseFamily = ["Santoso", "Wibowo", "Susanto", "Prasetyo", "Hartono", "Setiawan", "Rahayu", "Handayani", "Wahyuni", "Utami"]
    static let sundaMale = ["Asep", "Ujang", "Dede", "Cecep", "Dadang", "Yayan", "Aep", "Iwan"]
    static let sundaFemale = ["Euis", "Neneng", "Cucu", "Imas", "Nining", "Yati", "Popon", "Entin"]
    static let sundaFamily = ["Suryana", "Hidayat", "Kurniawan", "Sopian", "Ruhiyat", "Permana", "Nurhayati", "Rohmah"]
    static let nttMale = ["Yohanes", "Fransiskus", "Petrus", "Yosef", "Agustinus", "Marselinus", "Kornelis", "Dominggus"]
    static let nttFemale = ["Maria", "Yosefina", "Agustina", "Margaretha", "Florentina", "Veronika", "Adriana", "Theresia"]
    static let nttFamily = ["Seran", "Bria", "Tefa", "Nahak", "Manek", "Lake", "Kase", "Nenobais", "Taneo", "Ndun", "Bere", "Tallo"]
    static let muslimMale = ["Muhammad", "Ahmad", "Abdul", "Rahmat", "Hasan", "Lalu", "Zainal", "Syamsul", "Mochammad", "Irfan"]
    static let muslimFemale = ["Nur", "Fatimah", "Aisyah", "Baiq", "Khadijah", "Zainab", "Rukmini", "Halimah", "Nurul", "Aminah"]
    static let muslimGiven = ["Hidayat", "Fauzi", "Rahman", "Sholeh", "Hakim", "Ilham", "Jannah", "Aini", "Azizah", "Munawaroh"]
    static let batakGiven = ["Rudolf", "Tiurma", "Sahat", "Rosmawati", "Hotman", "Lamhot", "Dormaida", "Benget", "Tiolina", "Parulian"]
    static let batakClans = ["Simanjuntak", "Siregar", "Nainggolan", "Sitompul", "Hutapea", "Pardede", "Situmorang", "Manurung", "Sinaga", "Pasaribu"]
    static let balineseOrder = ["Wayan", "Putu", "Gede", "Made", "Kadek", "Nyoman", "Komang", "Ketut"]
    static let balineseGiven = ["Sudarsana", "Artini", "Suardana", "Sukerti", "Wirawan", "Astuti", "Mahendra", "Sariani"]
    static let villages = ["Desa Oesao", "Desa Sukamaju", "Desa Karangrejo", "Desa Tanjung", "Desa Mekarsari", "Kampung Baru",
                           "Desa Sidomulyo", "Desa Oelamasi", "Desa Labuhan", "Desa Pringgabaya", "Desa Cikarang", "Desa Wonosari"]

    /// A full name and its sex, in the tradition of the province.
    static func name(province: String, rng: inout SeededRandom) -> (String, female: Bool) {
        let female = rng.chance(0.6) // most identified victims are women and girls
        switch province {
        case "53", "81", "91", "71":
            return ("\(rng.pick(female ? nttFemale : nttMale)) \(rng.pick(nttFamily))", female)
        case "12":
            return ("\(rng.pick(batakGiven)) \(rng.pick(batakClans))", female)
        case "51":
            return ("\(female ? "Ni" : "I") \(rng.pick(balineseOrder)) \(rng.pick(balineseGiven))", female)
        case "32", "36":
            return ("\(rng.pick(female ? sundaFemale : sundaMale)) \(rng.pick(sundaFamily))", female)
        case "52", "11", "61", "63", "73":
            let given = rng.pick(female ? muslimFemale : muslimMale)
            if rng.chance(0.3) {
                return ("\(given) \(female ? "binti" : "bin") \(rng.pick(muslimMale))", female)
            }
            return ("\(given) \(rng.pick(muslimGiven))", female)
        default:
            if rng.chance(0.25) { return (rng.pick(female ? javaneseFemale : javaneseMale), female) } // single names
            return ("\(rng.pick(female ? javaneseFemale : javaneseMale)) \(rng.pick(javaneseFamily))", female)
        }
    }
}
