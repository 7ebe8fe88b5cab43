/// One element of a national offence tested against the facts, with its explanation.
struct ElementResult {
    let value: Tri
    let line: ExplanationLine

    /// The result without its words, for a screening no one reads (``FactView/explains``).
    static func unexplained(_ t: Tri, _ provision: ProvisionID, _ element: String, _ facts: [String],
                            status: ElementStatus? = nil) -> ElementResult {
        ElementResult(value: t, line: ExplanationLine(provisionID: provision, provision: "", element: element,
                                                      status: status ?? t.status, facts: facts, id: "", en: ""))
    }
}

extension FactView {
    /// Tests one element of `provision`.
    func check(_ element: OffenceElement, provision: ProvisionID) -> ElementResult {
        // The words are written only when someone will read them (see `explains`).
        func result(_ t: Tri, _ name: String, _ facts: [String], _ id: @autoclosure () -> String, _ en: @autoclosure () -> String,
                    status: ElementStatus? = nil) -> ElementResult {
            guard explains else { return ElementResult.unexplained(t, provision, name, facts, status: status) }
            return ElementResult(value: t, line: Explain.line(provision, name, status ?? t.status, facts: facts, id: id(), en: en()))
        }
        // UU 35/2014 reads "perdagangan anak" with UU 21/2007's definitions and has its own of a child.
        var uu35: Bool { ProvisionCatalogue.provision(provision).statute == .uu35 }
        var definitions: String { uu35 ? "UU 21/2007 Pasal 1" : "Pasal 1" }
        let m = facts.movement
        var route: String { m.map { "\($0.from) → \($0.to)" } ?? "" }
        switch element {
        case .anyAct:
            if acts == nil, let staged = inchoate(provision, "act") { return staged }
            guard let acts else { return result(.unknown, "act", ["acts"], "Perbuatan belum diketahui.", "The act is not known.") }
            if acts.isEmpty { return result(.no, "act", ["acts"], "Tidak ada perbuatan.", "No act.") }
            return result(.yes, "act", ["acts"], "Perbuatan: \(Explain.terms(acts).id) (\(definitions) angka 1).",
                          "Act: \(Explain.terms(acts).en) (\(definitions) angka 1).")
        case .nationalMeans:
            return checkNationalMeans(provision: provision)
        case .nationalPurpose:
            let t = purpose(in: ElementLists.nationalPurposes)
            var names: Bilingual { Explain.terms(types ?? []) }
            switch t {
            case .yes:
                let how = exploitationOccurred == .yes ? ("sudah terjadi", "it happened") : ("sebagai tujuan", "as the purpose")
                return result(.yes, "purpose", ["exploitation"], "Eksploitasi (\(definitions) angka 7): \(names.id), \(how.0).",
                              "Exploitation (\(definitions) angka 7): \(names.en), \(how.1).")
            case .no:
                return result(.no, "purpose", ["exploitation.status"], "Tidak ada tujuan eksploitasi.", "No exploitative purpose.")
            case .unknown:
                return result(.unknown, "purpose", ["exploitation.types", "exploitation.status"],
                              "Tujuan atau jenis eksploitasi belum diketahui.", "The purpose or kind of exploitation is not known.")
            }
        case .exploitationInIndonesia:
            switch destinationIndonesia {
            case .yes: return result(.yes, "place", ["movement"], "Eksploitasi di wilayah Indonesia (\(route)).",
                                     "Exploitation in Indonesia (\(route)).")
            case .no: return result(.no, "place", ["movement"], "Eksploitasi di luar Indonesia (\(route)); pasal ini hanya untuk eksploitasi di Indonesia.",
                                    "Exploitation outside Indonesia (\(route)); this article covers exploitation in Indonesia only.")
            case .unknown: return result(.unknown, "place", ["movement"], "Tempat eksploitasi belum diketahui.",
                                         "Where the exploitation takes place is not known.")
            }
        case .broughtIntoIndonesia:
            return result(broughtIntoIndonesia, "movement", ["movement"],
                          m == nil ? "Perjalanan belum diketahui." : broughtIntoIndonesia == .yes
                            ? "Orang itu dibawa masuk ke Indonesia (\(route))." : "Orang itu tidak dibawa masuk ke Indonesia (\(route)).",
                          m == nil ? "The journey is not known." : broughtIntoIndonesia == .yes
                            ? "The person was brought into Indonesia (\(route))." : "The person was not brought into Indonesia (\(route)).")
        case .takenOutOfIndonesia:
            return result(takenOutOfIndonesia, "movement", ["movement"],
                          m == nil ? "Perjalanan belum diketahui." : takenOutOfIndonesia == .yes
                            ? "Orang itu dibawa ke luar Indonesia (\(route))." : "Orang itu tidak dibawa ke luar Indonesia (\(route)).",
                          m == nil ? "The journey is not known." : takenOutOfIndonesia == .yes
                            ? "The person was taken out of Indonesia (\(route))." : "The person was not taken out of Indonesia (\(route)).")
        case .victimIsCitizen:
            let c = facts.victim.citizenship ?? ""
            return result(citizen, "citizenship", ["victim.citizenship"],
                          citizen == .unknown ? "Kewarganegaraan korban belum diketahui."
                            : citizen == .yes ? "Korban WNI." : "Korban bukan WNI (\(c)); pasal ini hanya untuk WNI.",
                          citizen == .unknown ? "The victim's citizenship is not known."
                            : citizen == .yes ? "The victim is an Indonesian citizen (WNI)." : "The victim is not Indonesian (\(c)); this article covers WNI only.")
        case .victimIsChild:
            let age = facts.victim.age.map(String.init) ?? ""
            return result(child, "age", ["victim.age"],
                          child == .unknown ? "Umur korban belum diketahui."
                            : child == .yes ? "Korban anak (\(age) tahun; \(uu35 ? "di bawah 18 tahun, UU 35/2014" : "Pasal 1 angka 5"))."
                            : "Korban dewasa (\(age) tahun).",
                          child == .unknown ? "The victim's age is not known."
                            : child == .yes ? "The victim is a child (\(age); \(uu35 ? "under 18, UU 35/2014" : "Pasal 1 angka 5"))."
                            : "The victim is an adult (\(age)).")
        case .adoptionWithPromiseOrPayment:
            let t = Tri(facts.adoption.promiseOrPayment)
            return result(t, "adoption", ["adoption.promiseOrPayment"],
                          t == .unknown ? "Belum diketahui apakah ada pengangkatan anak dengan janji atau pemberian."
                            : t == .yes ? "Pengangkatan anak dengan janji atau pemberian." : "Tidak ada pengangkatan anak dengan janji atau pemberian.",
                          t == .unknown ? "Whether the child was adopted with a promise or payment is not known."
                            : t == .yes ? "Adoption of the child with a promise or payment." : "No adoption with a promise or payment.")
        case .childSent:
            return checkChildSent(provision: provision)
        case .childExploitedEconomicallyOrSexually:
            return checkChildExploited(provision: provision)
        case .sentIntoOutOfOrWithinIndonesia:
            if m == nil { return result(.unknown, "movement", ["movement"], "Perjalanan belum diketahui.", "The journey is not known.") }
            if touchesIndonesia == .no {
                return result(.no, "movement", ["movement"], "Perjalanan tidak masuk, keluar, atau di dalam Indonesia (\(route)).",
                              "The journey is not into, out of or within Indonesia (\(route)).")
            }
            return domestic
                ? result(.yes, "movement", ["movement"],
                         "Dikirim antardaerah di Indonesia (\(route)): pengadilan menerapkan Pasal 6 pada pengiriman di dalam negeri (Putusan MA 2014 K/Pid.Sus/2026).",
                         "Sent between regions within Indonesia (\(route)): courts apply Pasal 6 to sending within the country (Putusan MA 2014 K/Pid.Sus/2026).")
                : result(.yes, "movement", ["movement"], "Dikirim ke dalam atau ke luar negeri (\(route)).",
                         "Sent into or out of the country (\(route)).")
        case .exploitationResulted:
            if stage == .attempted || stage == .conspiracy || stage == .incitedNotCommitted, exploitationOccurred != .yes {
                return result(.yes, "result", ["stage"], "Belum tereksploitasi, tetapi tahapnya \(stage?.term.id ?? ""): akibat tidak disyaratkan.",
                              "Not yet exploited, but the stage is \(stage?.term.en ?? ""): the result is not required.", status: .notRequired)
            }
            return result(exploitationOccurred, "result", ["exploitation.status"],
                          exploitationOccurred == .unknown ? "Belum diketahui apakah anak sudah tereksploitasi."
                            : exploitationOccurred == .yes ? "Anak sudah tereksploitasi." : "Anak belum tereksploitasi; pasal ini memerlukan akibat itu.",
                          exploitationOccurred == .unknown ? "Whether the child was actually exploited is not known."
                            : exploitationOccurred == .yes ? "The child was exploited." : "The child was not yet exploited; this article needs that result.")
        }
    }
}
