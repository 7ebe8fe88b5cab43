import Networks

/// The words of the network pages for the domain's codes, in Indonesian and English.
enum NetworkWords {
    static func kind(_ k: NodeKind) -> (id: String, en: String) {
        switch k {
        case .case: ("Kasus", "Case")
        case .person: ("Orang", "Person")
        case .agency: ("P3MI", "P3MI agency")
        case .company: ("Perusahaan", "Company")
        case .phone: ("Telepon", "Phone")
        case .bankAccount: ("Rekening", "Bank account")
        case .eWallet: ("Dompet elektronik", "E-wallet")
        case .socialAccount: ("Akun", "Account")
        case .address: ("Alamat", "Address")
        case .vehicle: ("Kendaraan", "Vehicle")
        case .vessel: ("Kapal", "Vessel")
        case .identityDocument: ("Dokumen identitas", "Identity document")
        case .unknown: ("Lainnya", "Other")
        }
    }

    static func link(_ k: LinkKind) -> (id: String, en: String) {
        switch k {
        case .role(let r): r.label
        case .uses: ("memakai", "uses")
        case .owns: ("memiliki", "holds")
        case .contacted: ("menghubungi", "contacted")
        case .transferred: ("mentransfer", "transferred")
        case .placed: ("menempatkan/mempekerjakan", "placed or employed")
        case .related: ("terkait", "related")
        }
    }

    /// Why an identifier is flagged, in Indonesian (the domain says it in English).
    static func problem(_ p: IdentifierProblem) -> (id: String, en: String) {
        let id: String = switch p {
        case .empty: "kosong"
        case .unexpectedCharacter(let c): "memuat karakter '\(c)' yang tidak semestinya"
        case .wrongLength(let n, let r): "memuat \(n) karakter, seharusnya \(r.lowerBound)–\(r.upperBound)"
        case .notAnIndonesianNumber(let n): "+62 \(n) bukan nomor seluler (8…, 9–12 angka) maupun telepon rumah (kode wilayah 2–9, 7–11 angka)"
        case .countryUnknown: "negaranya tidak dapat diketahui: tulis nomor luar negeri dengan + dan kode negara"
        case .notAnIndonesianMobile: "dompet elektronik terdaftar pada nomor seluler Indonesia (08…)"
        case .unknownBank(let b): b.isEmpty ? "tidak menyebut bank: awali dengan nama bank atau kode 3 angkanya" : "bank '\(b)' tidak dikenal: tulis kode 3 angkanya"
        case .missingAccountNumber: "tidak memuat nomor rekening"
        case .impossibleDate: "memuat tanggal lahir yang tidak mungkin ada"
        }
        return (id, "\(p)")
    }
}
