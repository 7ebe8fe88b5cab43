/// Where demo cases come from, weighted roughly as reported cases are: sending areas in NTT,
/// NTB, East and West Java, and transit and border provinces.
enum DemoRegions {
    static let provinces: [(String, Int)] = [
        ("53", 18), ("52", 12), ("35", 14), ("32", 12), ("33", 8), ("61", 6), ("12", 6), ("21", 6),
        ("36", 3), ("31", 3), ("51", 2), ("73", 2), ("71", 2), ("18", 2), ("64", 1), ("65", 1), ("91", 1), ("11", 1), ("63", 1),
    ]

    static let regencies: [String: [String]] = [
        "53": ["Kabupaten Kupang", "Kota Kupang", "Kabupaten Timor Tengah Selatan", "Kabupaten Belu", "Kabupaten Malaka", "Kabupaten Sumba Barat Daya", "Kabupaten Flores Timur"],
        "52": ["Kabupaten Lombok Timur", "Kabupaten Lombok Tengah", "Kota Mataram", "Kabupaten Sumbawa", "Kabupaten Bima"],
        "35": ["Kota Surabaya", "Kabupaten Malang", "Kabupaten Banyuwangi", "Kabupaten Blitar", "Kabupaten Tulungagung", "Kabupaten Ponorogo", "Kabupaten Jember"],
        "32": ["Kabupaten Indramayu", "Kabupaten Cianjur", "Kabupaten Sukabumi", "Kabupaten Karawang", "Kota Bandung", "Kabupaten Cirebon"],
        "33": ["Kabupaten Cilacap", "Kabupaten Brebes", "Kota Semarang", "Kabupaten Kendal", "Kabupaten Banyumas"],
        "61": ["Kota Pontianak", "Kabupaten Sanggau", "Kota Singkawang", "Kabupaten Sambas"],
        "12": ["Kota Medan", "Kabupaten Deli Serdang", "Kabupaten Asahan", "Kota Tanjungbalai"],
        "21": ["Kota Batam", "Kabupaten Karimun", "Kota Tanjungpinang"],
        "36": ["Kabupaten Tangerang", "Kota Serang"], "31": ["Kota Jakarta Utara", "Kota Jakarta Timur"],
        "51": ["Kabupaten Buleleng", "Kota Denpasar"], "73": ["Kota Makassar", "Kabupaten Bone"],
        "71": ["Kota Manado", "Kota Bitung"], "18": ["Kabupaten Lampung Timur", "Kota Bandar Lampung"],
        "64": ["Kota Samarinda", "Kota Balikpapan"], "65": ["Kabupaten Nunukan", "Kota Tarakan"], "91": ["Kota Jayapura", "Kabupaten Merauke"],
        "11": ["Kota Banda Aceh", "Kabupaten Aceh Utara"], "63": ["Kota Banjarmasin", "Kabupaten Tanah Bumbu"],
    ]

    static let destinations: [(String, Int)] = [
        ("MY", 40), ("ID", 25), ("KH", 8), ("MM", 5), ("SA", 6), ("AE", 3), ("TW", 3), ("HK", 2), ("SG", 3), ("CN", 3), ("TR", 2),
    ]
}
