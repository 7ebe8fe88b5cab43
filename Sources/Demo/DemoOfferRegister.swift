/// A small register of licensed placement agencies (P3MI) and a few of the task force's
/// published warnings, so that the job-offer checker has something to find on a fresh install.
/// Every name, number and address is made up.
public enum DemoOfferRegister {
    /// The register as the migrant-worker ministry's export would give it, Indonesian headers.
    public static let csv = """
        Nama Perusahaan,NIB,Nomor SIP3MI,Tanggal Terbit,Berlaku Sampai,Status,Alamat Kantor Pusat,Kantor Cabang
        PT Bina Tenaga Nusantara,9120001234561,B.101/KEP/2020,2020-02-03,2030-02-02,aktif,"Jl. Raya Bogor 12, Jakarta Timur",Cianjur; Sukabumi
        PT Karya Insan Mandiri,9120001234562,B.117/KEP/2021,2021-05-10,2031-05-09,aktif,"Jl. Ahmad Yani 45, Surabaya",Malang; Blitar; Tulungagung
        PT Mitra Kerja Samudra,9120001234563,B.205/KEP/2019,2019-08-19,2029-08-18,aktif,"Jl. Gatot Subroto 8, Medan",Batam; Tanjung Pinang
        PT Sejahtera Abadi Jaya,9120001234564,B.233/KEP/2022,2022-01-17,2032-01-16,aktif,"Jl. Pemuda 3, Semarang",Cilacap; Kendal
        PT Duta Flores Mandiri,9120001234565,B.248/KEP/2018,2018-11-05,2028-11-04,aktif,"Jl. El Tari 20, Kupang",Ende; Maumere
        PT Lombok Insan Karya,9120001234566,B.262/KEP/2020,2020-06-22,2030-06-21,aktif,"Jl. Pejanggik 7, Mataram",Lombok Timur
        PT Cahaya Mandiri Sejahtera,9120001234567,B.411/KEP/2019,2019-03-11,2029-03-10,dicabut,"Jl. Kalimalang 9, Bekasi",Indramayu; Karawang
        PT Anugerah Pelita Jaya,9120001234568,B.377/KEP/2021,2021-09-01,2031-08-31,dibekukan,"Jl. Diponegoro 88, Bandung",Subang
        PT Harapan Bangsa Migran,9120001234569,B.150/KEP/2016,2016-04-04,2021-04-03,aktif,"Jl. Merdeka 2, Malang",
        PT Samudra Biru Penempatan,9120001234570,B.298/KEP/2023,2023-07-14,2033-07-13,aktif,"Jl. Sudirman 55, Pekanbaru",Dumai
        """

    /// A published warning: what the public is warned of, and on what basis.
    public struct Warning: Sendable {
        public let name: String?
        public let licenceNumber: String?
        public let phone: String?
        public let account: String?
        public let legalBasis: String
        /// Published this many days before the demo's day.
        public let daysAgo: Int
    }

    public static let warnings: [Warning] = [
        Warning(name: "PT Cahaya Mandiri Sejahtera", licenceNumber: "B.411/KEP/2019", phone: nil, account: nil,
                legalBasis: "SIP3MI perusahaan ini dicabut: hanya P3MI yang memegang SIP3MI yang berlaku boleh menempatkan pekerja migran (UU 18/2017 Pasal 49 dan Pasal 51 ayat 1).",
                daysAgo: 40),
        Warning(name: nil, licenceNumber: nil, phone: "0857-2210-4438", account: "BRI 0123-01-004567-50-3",
                legalBasis: "Perekrut perorangan yang menawarkan kerja kantor daring di Kamboja dengan visa kunjungan; orang perseorangan "
                    + "dilarang menempatkan pekerja migran (UU 18/2017 Pasal 69 dan Pasal 81).",
                daysAgo: 12),
        Warning(name: "Global Talent Recruitment Asia", licenceNumber: nil, phone: "+855 12 345 678", account: nil,
                legalBasis: "Lowongan palsu sebagai operator daring di Myanmar; perekrutan untuk eksploitasi (UU 21/2007 Pasal 2 dan Pasal 4).",
                daysAgo: 5),
    ]
}
