/// Where Palermo Art. 3 and UU 21/2007 answer these facts differently, in plain words.
enum Divergences {
    /// `verdict` is the national answer as given, a forked answer being an offence.
    static func find(_ v: FactView, _ palermo: PalermoTest, _ national: NationalTest, verdict: NationalVerdict) -> [Divergence] {
        var list: [Divergence] = []
        func add(_ code: String, _ id: String, _ en: String) { list.append(Divergence(code: code, id: id, en: en)) }
        let nationalMeans = v.means(in: ElementLists.nationalMeans)
        let nationalPurpose = v.purpose(in: ElementLists.nationalPurposes)
        func offence(_ k: OffenceKind) -> Tri { national.offences.first { $0.kind == k }?.value ?? .unknown }

        if v.has(.sending), palermo.act == .no, !v.actsOnlyPlanned {
            add("act_list", "UU 21/2007 menyebut pengiriman sebagai perbuatan; Palermo Pasal 3(a) tidak. Di sini satu-satunya perbuatan "
                    + "adalah pengiriman, jadi unsur perbuatan terpenuhi menurut hukum nasional tetapi tidak menurut Palermo.",
                "UU 21/2007 lists sending (pengiriman) as an act; Palermo Art. 3(a) does not. Here the only act is sending, so the act "
                    + "element is met under national law but not under Palermo.")
        }
        if nationalMeans == .yes, palermo.means == .no {
            add("means_list", "Caranya (mis. pemalsuan) ada dalam daftar nasional tetapi tidak dalam Palermo Pasal 3(a).",
                "The means used (e.g. falsification) is on the national list but not in Palermo Art. 3(a).")
        }
        if palermo.means == .yes, nationalMeans == .no {
            add("means_list", "\"Bentuk paksaan lain\" dihitung menurut Palermo, tetapi tidak ada dalam daftar cara UU 21/2007 yang tertutup.",
                "\"Other forms of coercion\" counts under Palermo but is not on UU 21/2007's closed list of means.")
        }
        if palermo.coercionReadingDecides {
            add("means_list", "UU 21/2007 menyebut penyekapan dan penjeratan utang secara tegas; Palermo hanya menjangkaunya lewat \"bentuk paksaan lain\".",
                "UU 21/2007 names confinement and debt bondage; Palermo reaches them only through \"other forms of coercion\".")
        }
        if palermo.childRoute, nationalMeans != .yes {
            add("child_rule", "Palermo Pasal 3(c): untuk anak, cara tidak diperlukan. UU 21/2007 Pasal 2 tetap memerlukan cara; hanya Pasal 3 dan 4 "
                    + "(yang tidak menyebut cara), Pasal 5 (pengangkatan anak) dan Pasal 6 (pengiriman anak \"dengan cara apa pun\") "
                    + "menjangkau anak tanpa cara, dan di luar UU 21/2007, UU 35/2014 Pasal 76F jo. Pasal 83 (perdagangan anak).",
                "Palermo Art. 3(c): for a child no means is needed. UU 21/2007 Pasal 2 still needs a means; only Pasal 3 and 4 "
                    + "(which name no means), Pasal 5 (adoption) and Pasal 6 (sending a child \"by any means\") reach a child without one, "
                    + "and beyond UU 21/2007, UU 35/2014 Pasal 76F jo. Pasal 83 (trafficking of a child).")
        }
        if offence(.pasal3) == .yes || offence(.pasal4) == .yes, palermo.means == .no, v.child == .no {
            add("means_cross_border", "Pasal 3 dan 4 tidak menyebut cara: membawa WNI ke luar negeri (atau orang masuk ke Indonesia) untuk "
                    + "dieksploitasi sudah tindak pidana tanpa penipuan atau kekerasan; Palermo memerlukan cara untuk orang dewasa.",
                "Pasal 3 and 4 name no means: taking a WNI abroad (or bringing a person in) for exploitation is an offence without "
                    + "deception or force; Palermo needs a means for an adult.")
        }
        if palermo.verdict == .trafficking, verdict == .noOffence, v.destinationIndonesia == .no {
            add("place_of_exploitation", "UU 21/2007 membagi tindak pidana menurut tempat eksploitasi: Pasal 2 di Indonesia, Pasal 3 masuk ke "
                    + "Indonesia, Pasal 4 WNI ke luar negeri. Fakta ini tidak masuk salah satunya; definisi Palermo tidak bergantung pada tempat.",
                "UU 21/2007 splits its offences by where the exploitation is: Pasal 2 in Indonesia, Pasal 3 into Indonesia, Pasal 4 a "
                    + "WNI taken abroad. These facts fit none of them; the Palermo definition does not depend on place.")
        }
        if nationalPurpose == .yes, palermo.purpose == .no {
            add("exploitation_scope", "UU 21/2007 Pasal 1 angka 7 menghitung jenis eksploitasi ini; daftar minimum Palermo tidak menyebutnya "
                    + "(daftar itu terbuka, jadi negara boleh lebih luas).",
                "UU 21/2007 Pasal 1 angka 7 counts this kind of exploitation; Palermo's minimum list does not name it "
                    + "(the list is open, so a state may go further).")
        }
        if verdict == .offence, v.stage == .incitedNotCommitted {
            add("failed_incitement", "Indonesia memidana penggerakan yang gagal (Pasal 9); Palermo Pasal 5 mewajibkan pemidanaan percobaan, "
                    + "pembantuan dan pengorganisasian, bukan penggerakan yang gagal, dan Pasal 3 memerlukan perbuatan.",
                "Indonesia punishes failed incitement (Pasal 9); Palermo Art. 5 requires punishing attempt, accomplices and organizing, "
                    + "not failed incitement, and Art. 3 needs an act.")
        }
        if verdict == .offence, v.stage == .conspiracy {
            add("conspiracy", "Pasal 11 memidana permufakatan jahat seperti pelaku; Palermo Pasal 3 memerlukan perbuatan yang dilakukan.",
                "Pasal 11 punishes conspiracy like the offence; Palermo Art. 3 needs an act done.")
        }
        if verdict == .offence, national.role == .user {
            add("user_liability", "Pasal 12 memidana orang yang memanfaatkan korban; definisi Palermo hanya tentang perbuatan pedagang.",
                "Pasal 12 punishes those who use a victim; the Palermo definition covers only the traffickers' conduct.")
        }
        let differ = (palermo.verdict == .trafficking && verdict == .noOffence)
            || (palermo.verdict == .notTrafficking && verdict == .offence)
        if differ, list.isEmpty {
            add("verdicts_differ", "Kedua standar menjawab berbeda untuk fakta ini; lihat penjelasan unsur demi unsur.",
                "The two standards answer these facts differently; see the element-by-element explanation.")
        }
        return list
    }
}
